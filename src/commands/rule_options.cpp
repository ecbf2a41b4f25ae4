#include "commands/rule_options.hpp"

namespace reclint {

ConfigChoice config_choice(const Options& options) {
    ConfigChoice choice;
    if (options.no_config) choice.mode = ConfigChoice::Mode::none;
    if (options.config_file) {
        choice.mode = ConfigChoice::Mode::file;
        choice.file = *options.config_file;
    }
    return choice;
}

RuleFilter rule_filter(const Options& options) {
    return {options.select, options.ignore};
}

bool rule_filter_is_valid(const RuleFilter& filter, Environment& environment) {
    const std::vector<std::string> problems = filter_problems(filter);
    for (const std::string& problem : problems)
        environment.print_message("error: " + problem);
    return problems.empty();
}

}  // namespace reclint
