// `reclint lsp`: the language server on standard input and output.
#include <unistd.h>
#include <csignal>

#include "commands/commands.hpp"
#include "lsp/server.hpp"

namespace reclint {

int run_lsp_command(const Options& /*options*/, Environment& environment) {
    // A client that goes away must end the server through a failed write, not a signal.
    std::signal(SIGPIPE, SIG_IGN);
    environment.out.flush();
    return lsp::Server(STDIN_FILENO, STDOUT_FILENO, environment.cwd).run();
}

}  // namespace reclint
