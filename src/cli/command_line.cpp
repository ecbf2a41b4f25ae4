#include "cli/command_line.hpp"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <array>
#include <charconv>

#include "commands/output_formats.hpp"
#include "text/iso_time.hpp"
#include "text/printable.hpp"

namespace reclint {

namespace {

constexpr std::array<std::string_view, 7> kCommands = {"check",  "rules",   "explain", "graph",
                                                       "schema", "catalog", "lsp"};

constexpr std::string_view kExitCodes =
    "Exit codes: 0 no error (and warnings within --max-warnings); 1 findings that fail the run;\n"
    "2 a usage or config error, or an input that could not be read; 3 an internal error.";

constexpr std::string_view kMainFooter =
    "Examples:\n"
    "  reclint                                 check the repository in the current folder\n"
    "  reclint check dags/feed.yaml            report on one file, with the repository as context\n"
    "  reclint check --format sarif -o r.sarif for GitHub code scanning\n"
    "\n"
    "reclint rules lists every rule; reclint explain ID prints a rule's page.";

// "" when `text` is a real calendar date written YYYY-MM-DD, else why not.
std::string check_date(const std::string& text) {
    const ParsedTime parsed = parse_calendar_date(text);
    return parsed.interval ? "" : "\"" + text + "\" " + parsed.error;
}

// Bytes, optionally with a K, M or G suffix (powers of 1024; "KiB", "MiB", "GiB" also accepted).
std::string parse_size(std::string text, std::uint64_t& bytes) {
    std::uint64_t number = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
    if (error != std::errc() || end == text.data()) return "expected a size such as 10M, got \"" + text + "\"";
    std::string suffix = text.substr(static_cast<std::size_t>(end - text.data()));
    if (suffix.ends_with("iB")) suffix.resize(suffix.size() - 2);
    const std::uint64_t unit = suffix.empty()  ? 1
                               : suffix == "K" ? 1024
                               : suffix == "M" ? 1024 * 1024
                               : suffix == "G" ? 1024ULL * 1024 * 1024
                                               : 0;
    if (unit == 0) return "unknown size unit \"" + suffix + "\" (use K, M or G)";
    // yaml-cpp counts positions in an int, and the spans are 32-bit: past that, positions wrap.
    constexpr std::uint64_t kLargest = 1024ULL * 1024 * 1024;
    if (number > kLargest / unit)
        return "at most 1G (each file is read whole, and positions are 32-bit), got \"" + text + "\"";
    bytes = number * unit;
    return "";
}

// Shared by `check` and `rules`: which config, and which rules run.
void add_rule_options(CLI::App& command, Options& options) {
    auto* config = command.add_option("--config", options.config_file, "use this config file");
    command.add_flag("--no-config", options.no_config, "ignore any .reclint.yaml and use the defaults")
        ->excludes(config);
    // One value per occurrence, so that `--ignore naming/* dags/` leaves dags/ a path.
    command.add_option("--select", options.select, "run only these rule ids or category/* globs")
        ->delimiter(',')
        ->allow_extra_args(false);
    command.add_option("--ignore", options.ignore, "do not run these rule ids or category/* globs")
        ->delimiter(',')
        ->allow_extra_args(false);
}

void add_check_options(CLI::App& check, Options& options) {
    check.add_option("paths", options.paths, "files and folders to check (default: .)");
    check.add_option("--format,--output-format", options.format, "output format")
        ->check(CLI::IsMember(output_format_names()));
    check.add_option("-o,--output", options.output, "write the report to FILE instead of stdout");
    check.add_option("--summary", options.summary,
                     "also write a Markdown summary to FILE (default under --format github: $GITHUB_STEP_SUMMARY)");
    add_rule_options(check, options);
    check.add_option("--today", options.today, "the date the date rules use, YYYY-MM-DD (default: today, UTC)")
        ->check(CLI::Validator(check_date, "YYYY-MM-DD"));
    check.add_option("--base", options.base,
                     "compare with this git revision: its findings are existing, and changes to running tests "
                     "are checked");
    // A non-negative number: "-1" would otherwise wrap around to "no limit" unnoticed.
    check.add_option("--max-warnings", options.max_warnings, "fail when there are more warnings than N")
        ->check(CLI::Validator(
            [](const std::string& text) {
                const bool digits = !text.empty() && text.find_first_not_of("0123456789") == std::string::npos;
                return digits ? std::string() : "expected a number of warnings (0 or more), got \"" + text + "\"";
            },
            "N"));
    check.add_option("-j,--jobs", options.jobs, "threads (default: all cores)")->check(CLI::Range(1U, 1024U));
    check.add_option("--color", options.color, "colors")->check(CLI::IsMember({"auto", "always", "never"}));
    check.add_flag("--fix", options.fix,
                   "apply the safe fixes to the files, then report what is left (the exit code too)");
    check.add_flag("--diff", options.diff,
                   "print the safe fixes as a unified diff and write nothing; exit 1 when there are any");
    check.add_option("--stdin-filename", options.stdin_filename,
                     "check the text on standard input (path \"-\") as if it were this file");
    check.add_option("--warehouse", options.warehouse,
                     "check tables against a live database: postgres:CONNINFO (read-only)");
    check.add_flag("--verbose", options.verbose, "say which config is used and which files are skipped");
    check.add_option_function<std::string>(
        "--max-file-size",
        [&options](const std::string& text) {
            if (const std::string error = parse_size(text, options.max_file_size); !error.empty()) {
                throw CLI::ValidationError("--max-file-size", error);
            }
        },
        "larger files are reported, not parsed (default: 10M)");
}

std::unique_ptr<CLI::App> build_app(Options& options) {
    auto app = std::make_unique<CLI::App>(
        "reclint: pre-deploy checks for workflow DAGs, Argo manifests and online-test configs", "reclint");
    app->set_version_flag("--version", std::string("reclint ") + RECLINT_VERSION);
    app->require_subcommand(1);
    app->footer(std::string(kMainFooter) + "\n\n" + std::string(kExitCodes));

    auto* check = app->add_subcommand("check", "lint files and folders (the default command)");
    add_check_options(*check, options);
    check->footer(
        "Examples:\n"
        "  reclint check                           the whole repository\n"
        "  reclint check --select 'experiment/*'   only the experiment rules\n"
        "  reclint check --format json -o r.json   a machine-readable report\n"
        "\n" +
        std::string(kExitCodes) + "\nreclint explain ID prints the page of a rule named in a finding.");

    auto* rules = app->add_subcommand("rules", "list every rule: id, severity, summary");
    rules->add_option("--format,--output-format", options.format, "output format")
        ->check(CLI::IsMember({"text", "json"}));
    add_rule_options(*rules, options);
    rules->footer("Example: reclint rules --config .reclint.yaml (the severities that config gives)");

    auto* explain = app->add_subcommand("explain", "print a rule's page");
    explain->add_option("rule", options.rule_id, "a rule id such as dag/cycle")->required();
    explain->footer("Example: reclint explain dag/cycle");

    auto* graph = app->add_subcommand("graph", "print the DAG of a DAG file or Argo manifest");
    graph->add_option("file", options.graph_file, "a DAG file or Argo manifest")->required();
    graph->add_option("--format,--output-format", options.graph_format, "output format")
        ->check(CLI::IsMember({"mermaid", "dot"}));
    graph->footer("Example: reclint graph dags/feed.yaml --format dot | dot -Tsvg > feed.svg");

    app->add_subcommand("lsp", "serve the Language Server Protocol on stdin/stdout, for editors");
    auto* schema = app->add_subcommand("schema", "print the JSON Schema of a file kind, for editors");
    schema->add_option("kind", options.schema_kind, "dag, experiment, holdout, catalog, config or argo")
        ->required()
        ->check(CLI::IsMember({"dag", "experiment", "holdout", "catalog", "config", "argo"}));
    schema->footer("Example: reclint schema experiment > .schemas/experiment.json");

    auto* catalog = app->add_subcommand("catalog", "catalog files of warehouse tables");
    catalog->require_subcommand(1);
    auto* import = catalog->add_subcommand("import", "write a catalog from a database or an export file");
    import->add_option("--from", options.catalog_from, "postgres:CONNINFO, bigquery:FILE or dbt:FILE")->required();
    import->add_option("-o,--output", options.output, "write the catalog to FILE (atomically) instead of stdout");
    import->add_option("--merge", options.catalog_merge,
                       "keep the complete: flags, descriptions and comments of this catalog");
    import->add_option("--schema", options.catalog_schemas, "only this schema (repeatable)")->allow_extra_args(false);
    return app;
}

}  // namespace

ParsedCommandLine parse_command_line(std::vector<std::string> arguments, Environment& environment) {
    const bool names_command =
        !arguments.empty() && (std::find(kCommands.begin(), kCommands.end(), arguments[0]) != kCommands.end() ||
                               arguments[0] == "--version" || arguments[0] == "--help" || arguments[0] == "-h");
    if (!names_command) arguments.insert(arguments.begin(), "check");

    Options options;
    const auto app = build_app(options);
    std::reverse(arguments.begin(), arguments.end());  // CLI11 takes the arguments last-first
    try {
        app->parse(arguments);
    } catch (const CLI::ParseError& error) {
        if (error.get_exit_code() == 0) return {std::nullopt, app->exit(error, environment.out, environment.err)};
        // The message quotes the arguments, which may be file names holding anything.
        environment.err << printable(error.what()) << "\nRun with --help for more information.\n";
        return {std::nullopt, 2};
    }
    const std::string command = app->get_subcommands().front()->get_name();
    options.command = command == "rules"     ? Command::rules
                      : command == "explain" ? Command::explain
                      : command == "graph"   ? Command::graph
                      : command == "schema"  ? Command::schema
                      : command == "catalog" ? Command::catalog_import
                      : command == "lsp"     ? Command::lsp
                                             : Command::check;
    return {options, 0};
}

}  // namespace reclint
