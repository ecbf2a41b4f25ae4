#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>

#include "commands/commands.hpp"
#include "commands/fix_files.hpp"
#include "commands/job_summary.hpp"
#include "commands/output_formats.hpp"
#include "commands/rule_options.hpp"
#include "commands/summary_diagrams.hpp"
#include "engine/fix_loop.hpp"
#include "engine/registry.hpp"
#include "pipeline/check_run.hpp"
#include "text/iso_time.hpp"

namespace reclint {

namespace {

namespace fs = std::filesystem;

// --color wins; then NO_COLOR (set: no colors), then FORCE_COLOR (set and not empty: colors, also
// under CI, whose logs show them), then whether stdout is a terminal outside CI.
bool use_color(const Options& options, const Environment& environment) {
    if (options.color == "always") return true;
    if (options.color == "never" || options.output) return false;
    if (environment.variable("NO_COLOR")) return false;
    if (const auto force = environment.variable("FORCE_COLOR"); force && !force->empty()) return true;
    return environment.out_is_terminal && environment.variable("CI") != "true";
}

// `--stdin-filename PATH -`: the text on standard input stands in for PATH. False on a usage error.
bool take_stdin(const Options& options, Environment& environment, CheckRequest& request) {
    const bool dash = std::find(options.paths.begin(), options.paths.end(), "-") != options.paths.end();
    if (!options.stdin_filename) {
        if (!dash) return true;
        environment.err
            << "reclint: error: \"-\" (standard input) needs --stdin-filename PATH, the path it stands for\n";
        return false;
    }
    if (options.paths.size() > 1 || (options.paths.size() == 1 && !dash)) {
        environment.err
            << "reclint: error: --stdin-filename checks standard input alone: give \"-\" as the only path\n";
        return false;
    }
    std::string text;
    if (environment.in) text.assign(std::istreambuf_iterator<char>(*environment.in), {});
    request.paths = {*options.stdin_filename};
    request.texts.emplace(*options.stdin_filename, std::move(text));
    return true;
}

CheckRequest make_request(const Options& options, const Environment& environment) {
    CheckRequest request;
    request.cwd = environment.cwd;
    request.paths = options.paths;
    request.config = config_choice(options);
    request.rules = rule_filter(options);
    request.max_file_size = options.max_file_size;
    request.jobs = options.jobs;
    request.verbose = options.verbose;
    if (options.today) request.today = parse_calendar_date(*options.today).interval;
    request.warehouse = options.warehouse;
    request.variables = environment.variables;
    request.base = options.base;
    return request;
}

// On GitHub Actions files are named from the checkout ($GITHUB_WORKSPACE), wherever reclint runs.
std::string folder_in_repository(const Environment& environment) {
    const auto workspace = environment.variable("GITHUB_WORKSPACE");
    if (!workspace || workspace->empty()) return "";
    const fs::path relative =
        environment.cwd.lexically_normal().lexically_relative(fs::path(*workspace).lexically_normal());
    if (relative.empty() || *relative.begin() == ".." || relative == ".") return "";
    return relative.generic_string();
}

std::vector<RuleDescription> rule_descriptions(const CheckResult& result, const RuleFilter& filter) {
    std::vector<RuleDescription> rules;
    for (const Rule* rule : registered_rules()) {
        const RulePage* page = find_rule_page(rule->info().id);
        const Severity severity = result.config.config ? effective_severity(*rule, *result.config.config, filter)
                                                       : rule->info().default_severity;
        const std::string url = result.config.config ? result.config.config->rule_page_url(rule->info().id) : "";
        rules.push_back({rule->info().id, severity, rule->info().summary, page ? page->markdown : "", url});
    }
    return rules;
}

void write_report(std::ostream& out, const Options& options, const Environment& environment, const Report& report,
                  bool summary_written) {
    output_format(options.format).write(out, report, {use_color(options, environment), summary_written});
}

bool write_output(const Options& options, Environment& environment, const std::function<void(std::ostream&)>& write) {
    if (!options.output) {
        write(environment.out);
        return true;
    }
    std::ofstream file(environment.cwd / *options.output, std::ios::binary | std::ios::trunc);
    if (file) write(file);
    if (file && file.flush()) return true;
    environment.print_message("error: cannot write " + *options.output);
    return false;
}

// A file by device and inode, symlinks followed: every path of it (hard links, symlinks, other
// spellings) has the same identity.
std::optional<std::pair<dev_t, ino_t>> file_identity(const fs::path& path) {
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0 || !S_ISREG(info.st_mode)) return std::nullopt;
    return std::pair{info.st_dev, info.st_ino};
}

// The input (a file that was checked or read for context, or the config) that writing to `target`
// would overwrite: `-o dags/feed.yaml` must not replace the DAG file with its own report, nor a
// hard link of it.
std::optional<std::string> input_at(const std::string& target, const CheckResult& result, const fs::path& cwd) {
    const auto identity = file_identity(cwd / target);
    if (!identity) return std::nullopt;
    const auto is_target = [&](const SourceFile& source) { return file_identity(cwd / source.path()) == identity; };
    if (result.config.file && is_target(result.config.file->source)) return result.config.file->source.path();
    if (!result.repository) return std::nullopt;
    for (const auto& file : result.repository->files()) {
        if (is_target(file->source)) return file->source.path();
    }
    return std::nullopt;
}

// Refuses (and says so) when the report or the summary would be written over an input.
bool outputs_spare_inputs(const Options& options, const std::optional<std::string>& summary, const CheckResult& result,
                          Environment& environment) {
    const std::pair<const char*, std::optional<std::string>> targets[] = {{"-o", options.output},
                                                                          {"--summary", summary}};
    for (const auto& [option, target] : targets) {
        if (!target) continue;
        if (const auto input = input_at(*target, result, environment.cwd)) {
            environment.print_message("error: " + std::string(option) + " " + *target + " is " +
                                      (*input == *target ? "" : *input + ", ") +
                                      "one of the files reclint reads: the report would overwrite it");
            return false;
        }
    }
    return true;
}

int exit_code(const CheckResult& result, const Options& options) {
    if (result.failed_to_read || result.config_invalid) return kExitUsage;
    const SeverityCounts counts = count_by_severity(result.diagnostics);
    if (counts.errors > 0) return kExitFindings;
    if (options.max_warnings && counts.warnings > *options.max_warnings) return kExitFindings;
    return kExitClean;
}

// --fix and --diff together, or --fix on standard input: a usage error (said here).
bool fix_options_are_valid(const Options& options, Environment& environment) {
    if (options.fix && options.diff) {
        environment.print_message(
            "error: --fix and --diff cannot be combined: --diff prints the fixes that --fix "
            "applies");
        return false;
    }
    if (options.fix && options.stdin_filename) {
        environment.print_message("error: --fix cannot change standard input: use --diff to see the fixes");
        return false;
    }
    return true;
}

void print_fix_messages(const FixOutcome& outcome, bool would, Environment& environment) {
    for (const std::string& message : outcome.messages)
        environment.print_message(message);
    if (outcome.fixes > 0) {
        environment.print_message(std::string(would ? "would fix " : "fixed ") + std::to_string(outcome.fixes) +
                                  (outcome.fixes == 1 ? " finding in " : " findings in ") +
                                  std::to_string(outcome.files) + (outcome.files == 1 ? " file" : " files"));
    }
    if (outcome.unsettled.empty()) return;
    std::string files;
    for (const std::string& file : outcome.unsettled)
        files += (files.empty() ? "" : ", ") + file;
    environment.print_message("warning: the fixes did not settle in " + std::to_string(kMostFixPasses) +
                              " passes (each left another fix; please report it): " + files);
}

// `--diff`: exit 1 when there are fixes to apply, 0 when there are none (as `ruff check --diff`),
// 2 when an input or the config could not be read.
int run_diff(const CheckRequest& request, CheckResult& result, Environment& environment) {
    const bool unreadable = result.failed_to_read || result.config_invalid;
    const FixOutcome outcome = print_fix_diff(request, result, environment.out);
    print_fix_messages(outcome, true, environment);
    if (unreadable) return kExitUsage;
    return outcome.fixes > 0 ? kExitFindings : kExitClean;
}

}  // namespace

int run_check_command(const Options& options, Environment& environment) {
    CheckRequest request = make_request(options, environment);
    if (!rule_filter_is_valid(request.rules, environment)) return kExitUsage;
    if (!fix_options_are_valid(options, environment)) return kExitUsage;
    if (!take_stdin(options, environment, request)) return kExitUsage;
    CheckResult result = run_check(request);
    for (const std::string& message : result.messages)
        environment.print_message(message);
    if (result.stopped) return kExitUsage;
    if (options.diff) return run_diff(request, result, environment);
    bool unsettled = false;  // fixes that did not settle leave findings to look at, whatever their severity
    if (options.fix && !result.config_invalid) {
        const FixOutcome outcome = fix_files(request, result);
        print_fix_messages(outcome, false, environment);
        unsettled = !outcome.unsettled.empty();
    }
    const Report report{result.diagnostics,
                        result.files_checked,
                        folder_in_repository(environment),
                        rule_descriptions(result, request.rules),
                        result.failed_to_read,
                        result.tables_unreadable};
    const std::optional<std::string> summary = summary_path(options, environment);
    if (!outputs_spare_inputs(options, summary, result, environment)) return kExitUsage;
    const bool written = write_output(options, environment, [&](std::ostream& out) {
        write_report(out, options, environment, report, summary.has_value());
    });
    if (!written) return kExitUsage;
    std::vector<SummaryDiagram> diagrams;
    if (summary && result.repository) diagrams = summary_diagrams(result.diagnostics);
    if (summary && !append_summary(environment.cwd / *summary, report, std::move(diagrams), environment)) {
        environment.print_message("error: cannot write the summary to " + *summary);
        return kExitUsage;
    }
    if (result.config_invalid) {
        environment.print_message("error: the config file has problems; nothing was checked");
    }
    return unsettled ? std::max(exit_code(result, options), kExitFindings) : exit_code(result, options);
}

}  // namespace reclint
