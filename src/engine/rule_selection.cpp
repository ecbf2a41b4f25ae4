#include "engine/rule_selection.hpp"

#include <algorithm>
#include <set>

#include "engine/registry.hpp"
#include "text/did_you_mean.hpp"
#include "text/glob.hpp"
#include "text/quoted.hpp"

namespace reclint {

bool is_glob(std::string_view selector) {
    return selector.find_first_of("*?[") != std::string_view::npos;
}

namespace {

// How closely a selector names a rule: 2 by its id, 1 by a glob, 0 not at all.
int specificity(std::string_view selector, std::string_view rule_id) {
    if (selector == rule_id) return 2;
    return is_glob(selector) && glob_matches(selector, rule_id) ? 1 : 0;
}

int best_specificity(const std::vector<std::string>& selectors, std::string_view rule_id) {
    int best = 0;
    for (const std::string& selector : selectors)
        best = std::max(best, specificity(selector, rule_id));
    return best;
}

// Every rule id and every `category/*`: what a misspelled selector is compared with.
std::vector<std::string_view> selector_names() {
    static const std::vector<std::string> categories = [] {
        std::set<std::string> found;
        for (const std::string_view id : rule_ids())
            found.insert(std::string(id.substr(0, id.find('/'))) + "/*");
        return std::vector<std::string>(found.begin(), found.end());
    }();
    std::vector<std::string_view> names = rule_ids();
    names.insert(names.end(), categories.begin(), categories.end());
    return names;
}

}  // namespace

bool selector_matches(std::string_view selector, std::string_view rule_id) {
    return specificity(selector, rule_id) > 0;
}

std::string selector_problem(std::string_view selector) {
    if (selector.empty()) return "an empty rule id";
    const std::vector<std::string_view> ids = rule_ids();
    const bool selects =
        std::any_of(ids.begin(), ids.end(), [selector](std::string_view id) { return selector_matches(selector, id); });
    if (selects) return "";
    const std::string name = quoted(selector);
    std::string message = is_glob(selector) ? name + " matches no rule" : "unknown rule " + name;
    // No rule id is this long; comparing one that is would only cost time (a hostile comment).
    constexpr std::size_t kLongestWorthSuggesting = 100;
    if (selector.size() > kLongestWorthSuggesting) return message;
    return with_suggestion(std::move(message), selector, selector_names());
}

std::vector<std::string> filter_problems(const RuleFilter& filter) {
    std::vector<std::string> problems;
    for (const auto& [option, selectors] : {std::pair{"--select", &filter.select}, {"--ignore", &filter.ignore}}) {
        for (const std::string& selector : *selectors) {
            if (std::string problem = selector_problem(selector); !problem.empty()) {
                problems.push_back(std::string(option) + ": " + problem);
            }
        }
    }
    return problems;
}

Severity effective_severity(const Rule& rule, const Config& config, const RuleFilter& filter) {
    const std::string_view id = rule.info().id;
    Severity severity = rule.info().default_severity;
    // In the config, later entries win, and an exact id wins over any glob.
    bool exact = false;
    for (const RuleSetting& setting : config.rules) {
        const int match = specificity(setting.pattern, id);
        if (match == 2 || (match == 1 && !exact)) {
            severity = setting.severity;
            exact = exact || match == 2;
        }
    }
    // On the command line, the more specific of --select and --ignore wins; --ignore wins a tie.
    const int selected = best_specificity(filter.select, id);
    const int ignored = best_specificity(filter.ignore, id);
    if (ignored > 0 && ignored >= selected) return Severity::off;
    if (selected == 0) {
        // Rules that report files which could not be checked at all stay on, so that a run
        // restricted to a few rules still never passes a file it could not read.
        const bool kept = filter.select.empty() || rule.info().always_selected;
        return kept ? severity : Severity::off;
    }
    // Selecting a rule that is off turns it on: at its default severity, or as a warning when it
    // is off by default.
    if (severity != Severity::off) return severity;
    return rule.info().default_severity != Severity::off ? rule.info().default_severity : Severity::warning;
}

RuleSeverities effective_severities(const Config& config, const RuleFilter& filter) {
    RuleSeverities severities;
    for (const Rule* rule : registered_rules())
        severities[rule->info().id] = effective_severity(*rule, config, filter);
    return severities;
}

}  // namespace reclint
