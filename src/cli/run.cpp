#include "cli/run.hpp"

#include <algorithm>

#include "cli/command_line.hpp"
#include "commands/commands.hpp"

namespace reclint {

namespace {

int run_command(const std::vector<std::string>& arguments, Environment& environment) {
    try {
        const ParsedCommandLine parsed = parse_command_line(arguments, environment);
        if (!parsed.options) return parsed.exit_code;
        const Options& options = *parsed.options;
        switch (options.command) {
            case Command::check:
                return run_check_command(options, environment);
            case Command::rules:
                return run_rules_command(options, environment);
            case Command::explain:
                return run_explain_command(options, environment);
            case Command::graph:
                return run_graph_command(options, environment);
            case Command::schema:
                return run_schema_command(options, environment);
            case Command::catalog_import:
                return run_catalog_import_command(options, environment);
            case Command::lsp:
                return run_lsp_command(options, environment);
        }
    } catch (const std::exception& error) {
        environment.print_message("internal error: " + std::string(error.what()));
    } catch (...) {
        environment.print_message("internal error");
    }
    return kExitInternal;
}

}  // namespace

int run_reclint(const std::vector<std::string>& arguments, Environment& environment) {
    const int code = run_command(arguments, environment);
    // A report that never reached its reader (a full disk, a closed pipe) must not pass for clean.
    if (!environment.out.flush()) {
        environment.out.clear();
        environment.print_message("error: cannot write to standard output");
        return std::max(code, kExitUsage);
    }
    return code;
}

}  // namespace reclint
