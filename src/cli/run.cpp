#include "cli/run.hpp"

#include "cli/command_line.hpp"
#include "commands/commands.hpp"

namespace reclint {

int run_reclint(const std::vector<std::string>& arguments, Environment& environment) {
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
        }
    } catch (const std::exception& error) {
        environment.print_message("internal error: " + std::string(error.what()));
    } catch (...) {
        environment.print_message("internal error");
    }
    return kExitInternal;
}

}  // namespace reclint
