#include <nlohmann/json.hpp>

#include <algorithm>

#include "commands/commands.hpp"
#include "engine/check_run.hpp"
#include "engine/registry.hpp"
#include "load/config_loader.hpp"

namespace reclint {

int run_rules_command(const Options& options, Environment& environment) {
    const LoadedConfig loaded = load_config({}, environment.cwd);
    const Config& config = *loaded.config;
    const auto& rules = registered_rules();
    if (options.format == "json") {
        nlohmann::ordered_json list = nlohmann::ordered_json::array();
        for (const Rule* rule : rules) {
            list.push_back({{"id", rule->info().id},
                            {"severity", severity_name(effective_severity(*rule, config))},
                            {"default_severity", severity_name(rule->info().default_severity)},
                            {"summary", rule->info().summary}});
        }
        environment.out << list.dump(2) << '\n';
        return kExitClean;
    }
    std::size_t width = 0;
    for (const Rule* rule : rules) width = std::max(width, rule->info().id.size());
    for (const Rule* rule : rules) {
        std::string id(rule->info().id);
        id.resize(width, ' ');
        std::string severity(severity_name(effective_severity(*rule, config)));
        severity.resize(8, ' ');
        environment.out << id << "  " << severity << rule->info().summary << '\n';
    }
    return kExitClean;
}

}  // namespace reclint
