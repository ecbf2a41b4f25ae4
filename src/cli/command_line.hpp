// Parses the command line with CLI11 into Options.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "commands/environment.hpp"
#include "commands/options.hpp"

namespace reclint {

struct ParsedCommandLine {
    std::optional<Options> options;  // empty when the run is already over (help, version, usage error)
    int exit_code = 0;
};

// `arguments` excludes the program name. Without a command, `check` is meant.
ParsedCommandLine parse_command_line(std::vector<std::string> arguments, Environment& environment);

}  // namespace reclint
