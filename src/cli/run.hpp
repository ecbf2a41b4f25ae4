// The whole program behind main(): parse the command line, run the command, return the exit code.
#pragma once

#include <string>
#include <vector>

#include "commands/environment.hpp"

namespace reclint {

// Never throws: an unexpected failure is reported and gives exit code 3.
int run_reclint(const std::vector<std::string>& arguments, Environment& environment);

}  // namespace reclint
