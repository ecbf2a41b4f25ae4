#include <fstream>

#include "commands/commands.hpp"
#include "engine/check_run.hpp"
#include "report/json_reporter.hpp"
#include "report/text_reporter.hpp"

namespace reclint {

namespace {

bool use_color(const Options& options, const Environment& environment) {
    if (options.color == "always") return true;
    if (options.color == "never" || options.output) return false;
    return environment.out_is_terminal && environment.variable("CI") != "true" &&
           !environment.variable("NO_COLOR");
}

CheckRequest make_request(const Options& options, const Environment& environment) {
    CheckRequest request;
    request.cwd = environment.cwd;
    request.paths = options.paths;
    if (options.no_config) request.config.mode = ConfigChoice::Mode::none;
    if (options.config_file) {
        request.config.mode = ConfigChoice::Mode::file;
        request.config.file = *options.config_file;
    }
    request.max_file_size = options.max_file_size;
    request.jobs = options.jobs;
    request.verbose = options.verbose;
    return request;
}

void write_report(std::ostream& out, const Options& options, const Environment& environment,
                  const Report& report) {
    if (options.format == "json") {
        write_json_report(out, report);
    } else {
        write_text_report(out, report, use_color(options, environment));
    }
}

int exit_code(const CheckResult& result, const Options& options) {
    if (result.failed_to_read || result.config_invalid) return kExitUsage;
    const SeverityCounts counts = count_by_severity(result.diagnostics);
    if (counts.errors > 0) return kExitFindings;
    if (options.max_warnings && counts.warnings > *options.max_warnings) return kExitFindings;
    return kExitClean;
}

}  // namespace

int run_check_command(const Options& options, Environment& environment) {
    if (options.format == "github" || options.format == "sarif") {
        environment.err << "reclint: error: --format " << options.format << " is not available yet\n";
        return kExitUsage;
    }
    const CheckResult result = run_check(make_request(options, environment));
    for (const std::string& message : result.messages) environment.err << "reclint: " << message << '\n';
    const Report report{result.diagnostics, result.files_checked};
    if (options.output) {
        std::ofstream file(environment.cwd / *options.output, std::ios::binary | std::ios::trunc);
        if (!file) {
            environment.err << "reclint: error: cannot write " << *options.output << '\n';
            return kExitUsage;
        }
        write_report(file, options, environment, report);
    } else {
        write_report(environment.out, options, environment, report);
    }
    if (result.config_invalid) {
        environment.err << "reclint: error: the config file has problems; nothing was checked\n";
    }
    return exit_code(result, options);
}

}  // namespace reclint
