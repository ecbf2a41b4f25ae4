#include "commands/commands.hpp"

namespace reclint {

int run_graph_command(const Options& /*options*/, Environment& environment) {
    environment.err << "reclint: error: the graph command is not available yet\n";
    return kExitUsage;
}

}  // namespace reclint
