#include <nlohmann/json.hpp>

#include <algorithm>

#include "commands/commands.hpp"
#include "commands/rule_options.hpp"
#include "engine/registry.hpp"
#include "report/text_reporter.hpp"

namespace reclint {

namespace {

void write_json(std::ostream& out, const Config& config, const RuleFilter& filter) {
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const Rule* rule : registered_rules()) {
        list.push_back({{"id", rule->info().id},
                        {"severity", severity_name(effective_severity(*rule, config, filter))},
                        {"default_severity", severity_name(rule->info().default_severity)},
                        {"summary", rule->info().summary},
                        {"fixable", rule->info().fixable}});
    }
    out << list.dump(2) << '\n';
}

void write_text(std::ostream& out, const Config& config, const RuleFilter& filter) {
    const auto& rules = registered_rules();
    std::size_t width = 0;
    for (const Rule* rule : rules)
        width = std::max(width, rule->info().id.size());
    for (const Rule* rule : rules) {
        std::string id(rule->info().id);
        id.resize(width, ' ');
        std::string severity(severity_name(effective_severity(*rule, config, filter)));
        severity.resize(9, ' ');
        out << id << "  " << severity << rule->info().summary << (rule->info().fixable ? " (--fix)" : "") << '\n';
    }
}

}  // namespace

// Lists every rule at the severity a `check` with the same config and options would run it.
int run_rules_command(const Options& options, Environment& environment) {
    const RuleFilter filter = rule_filter(options);
    if (!rule_filter_is_valid(filter, environment)) return kExitUsage;
    const LoadedConfig loaded = load_config(config_choice(options), environment.cwd);
    if (!loaded.unreadable.empty()) {
        environment.print_message("error: " + loaded.unreadable);
        return kExitUsage;
    }
    if (!loaded.problems.empty()) {
        std::vector<Diagnostic> problems = loaded.problems;
        std::sort(problems.begin(), problems.end(), diagnostic_order);
        write_text_diagnostics(environment.err, problems, false);
        environment.print_message("error: the config file has problems");
        return kExitUsage;
    }
    if (options.format == "json") {
        write_json(environment.out, *loaded.config, filter);
    } else {
        write_text(environment.out, *loaded.config, filter);
    }
    return kExitClean;
}

}  // namespace reclint
