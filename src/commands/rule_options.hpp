// What `check` and `rules` share from the command line: the config to use and --select/--ignore.
#pragma once

#include "commands/environment.hpp"
#include "commands/options.hpp"
#include "engine/rule_selection.hpp"
#include "pipeline/config_loader.hpp"

namespace reclint {

ConfigChoice config_choice(const Options& options);
RuleFilter rule_filter(const Options& options);

// Writes each problem of --select/--ignore to stderr; false when there was one (exit code 2).
bool rule_filter_is_valid(const RuleFilter& filter, Environment& environment);

}  // namespace reclint
