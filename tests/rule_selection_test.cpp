// How a rule's severity is decided: its default, the config's `rules:` (an exact id wins over a
// glob, later entries over earlier ones), then --select and --ignore.
#include <catch2/catch.hpp>

#include "engine/registry.hpp"
#include "engine/rule_selection.hpp"

using namespace reclint;

namespace {

class FakeRule final : public Rule {
  public:
    FakeRule(std::string_view id, Severity severity, bool always_selected = false)
        : Rule({.id = id,
                .default_severity = severity,
                .summary = "a rule for tests",
                .always_selected = always_selected}) {}
};

Config config_with(std::vector<std::pair<std::string, Severity>> settings) {
    Config config;
    for (auto& [pattern, severity] : settings)
        config.rules.push_back({pattern, severity, {}});
    return config;
}

const FakeRule kRedundant("dag/redundant-dependency", Severity::off);
const FakeRule kCycle("dag/cycle", Severity::error);
const FakeRule kNamingJob("naming/job", Severity::warning);
const FakeRule kSyntax("yaml/syntax", Severity::error, true);

}  // namespace

TEST_CASE("the config grades rules by id and by glob") {
    const Config config = config_with({{"naming/job", Severity::info},
                                       {"naming/*", Severity::error},
                                       {"dag/*", Severity::warning},
                                       {"dag/*", Severity::off},
                                       {"dag/redundant-dependency", Severity::warning}});
    CHECK(effective_severity(kNamingJob, config) == Severity::info);  // the id wins over a later glob
    CHECK(effective_severity(kCycle, config) == Severity::off);       // of two globs, the later wins
    CHECK(effective_severity(kRedundant, config) == Severity::warning);
    CHECK(effective_severity(kSyntax, config) == Severity::error);  // untouched: its default
    CHECK(effective_severity(kRedundant, Config{}) == Severity::off);
}

TEST_CASE("select runs only the rules it names, turning on those that are off") {
    const Config config = config_with({{"dag/cycle", Severity::off}, {"naming/job", Severity::info}});
    const RuleFilter filter{{"dag/*", "naming/job"}, {}};
    CHECK(effective_severity(kCycle, config, filter) == Severity::error);        // off in the config: its default
    CHECK(effective_severity(kRedundant, config, filter) == Severity::warning);  // off by default: a warning
    CHECK(effective_severity(kNamingJob, config, filter) == Severity::info);     // keeps the config's grade
    CHECK(effective_severity(kNamingJob, config, {{"dag/*"}, {}}) == Severity::off);
}

TEST_CASE("select never drops the rules that report unreadable files, unless they are ignored") {
    CHECK(effective_severity(FakeRule("yaml/syntax", Severity::error), Config{}, {{"naming/*"}, {}}) == Severity::off);
    CHECK(effective_severity(kSyntax, Config{}, {{"naming/*"}, {}}) == Severity::error);
    CHECK(effective_severity(kSyntax, Config{}, {{"naming/*"}, {"yaml/syntax"}}) == Severity::off);
    CHECK(effective_severity(kSyntax, config_with({{"yaml/syntax", Severity::off}}), {{"naming/*"}, {}}) ==
          Severity::off);
}

TEST_CASE("of select and ignore, the more specific wins and ignore wins a tie") {
    CHECK(effective_severity(kCycle, Config{}, {{}, {"dag/*"}}) == Severity::off);
    CHECK(effective_severity(kCycle, Config{}, {{"dag/cycle"}, {"dag/*"}}) == Severity::error);
    CHECK(effective_severity(kCycle, Config{}, {{"dag/*"}, {"dag/cycle"}}) == Severity::off);
    CHECK(effective_severity(kCycle, Config{}, {{"dag/cycle"}, {"dag/cycle"}}) == Severity::off);
    CHECK(effective_severity(kCycle, Config{}, {{"dag/*"}, {"dag/*"}}) == Severity::off);
}

TEST_CASE("a selector must select a registered rule") {
    CHECK(selector_problem("schema/invalid").empty());
    CHECK(selector_problem("schema/*").empty());
    CHECK(selector_problem("*/*").empty());
    CHECK(selector_problem("schema/invlid") == "unknown rule \"schema/invlid\", did you mean \"schema/invalid\"?");
    CHECK(selector_problem("Schema/Invalid") == "unknown rule \"Schema/Invalid\", did you mean \"schema/invalid\"?");
    CHECK(selector_problem("schemas/*") == "\"schemas/*\" matches no rule, did you mean \"schema/*\"?");
    CHECK(selector_problem("*") == "\"*\" matches no rule");
    CHECK(selector_problem("") == "an empty rule id");
    CHECK(selector_matches("schema/*", "schema/invalid"));
    CHECK_FALSE(selector_matches("schema/*", "yaml/syntax"));
    CHECK_FALSE(selector_matches("schema", "schema/invalid"));
}

TEST_CASE("the rules declare what the engine treats specially") {
    std::vector<std::string_view> always, config, engine;
    for (const Rule* rule : registered_rules()) {
        if (rule->info().always_selected) always.push_back(rule->info().id);
        if (rule->info().checks_config) config.push_back(rule->info().id);
        if (rule->info().engine_finding != EngineFinding::none) engine.push_back(rule->info().id);
    }
    CHECK(always == std::vector<std::string_view>{"yaml/limits", "yaml/syntax"});
    CHECK(config == std::vector<std::string_view>{"schema/invalid", "schema/unknown-key", "yaml/duplicate-key",
                                                  "yaml/limits", "yaml/syntax"});
    CHECK(rule_reporting(EngineFinding::unused_suppression).info().id == "suppression/unused");
    CHECK(rule_reporting(EngineFinding::unknown_suppressed_rule).info().id == "suppression/unknown-rule");
    CHECK(engine.size() == 2);
}
