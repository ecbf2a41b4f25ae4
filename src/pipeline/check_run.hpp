// One `reclint check` run: config, walk, load (in parallel), rules, and the sorted diagnostics.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "engine/diagnostic.hpp"
#include "engine/rule_selection.hpp"
#include "load/file_texts.hpp"
#include "model/repository.hpp"
#include "pipeline/config_loader.hpp"

namespace reclint {

struct CheckRequest {
    std::filesystem::path cwd;       // absolute
    std::vector<std::string> paths;  // as given; none means "."
    ConfigChoice config;
    RuleFilter rules;  // --select, --ignore
    std::uint64_t max_file_size = 10 * 1024 * 1024;
    unsigned jobs = 0;  // 0: one thread per core
    bool verbose = false;
    std::optional<TimeInterval> today;             // `--today`; default: the current UTC day
    std::optional<std::string> warehouse;          // `--warehouse SOURCE`
    std::map<std::string, std::string> variables;  // the environment: the config's `warehouse.conninfo_env`
    FileTexts texts;  // read instead of the disk (--stdin-filename, an editor's buffers); paths as `paths`
    std::optional<std::string> base;  // `--base`: the git revision to compare with
};

struct CheckResult {
    std::vector<Diagnostic> diagnostics;  // of the named files only, sorted
    std::size_t files_checked = 0;
    bool failed_to_read = false;     // a named input, the config or a table's rows could not be read: exit 2
    bool config_invalid = false;     // the diagnostics are the config's problems: exit 2
    bool tables_unreadable = false;  // the warehouse hides whether a table holds rows: exit 2
    // The run stopped before the rules (no `--base` revision, no warehouse): no report, exit 2.
    bool stopped = false;
    std::vector<std::string> messages;  // for stderr, in order
    // What the diagnostics point into.
    LoadedConfig config;
    std::unique_ptr<Repository> repository;
    std::unique_ptr<Repository> base;  // with `--base`: the base revision's files
};

CheckResult run_check(const CheckRequest& request);

// Every rule's findings on the repository's named files, suppressions applied, in report order,
// at most kMostFindingsPerRuleAndFile of a rule in a file. The language server runs it again on a
// repository it keeps between changes.
std::vector<Diagnostic> diagnose(const Repository& repository, const RuleSeverities& severities, unsigned jobs);

// `--warehouse` or the config's `warehouse:`: reads the live database into the repository. False
// when the run must stop (the database cannot be asked); tables it may not read are reported
// in `result` (exit 2) and the run goes on.
bool attach_warehouse(const CheckRequest& request, Repository& repository, CheckResult& result);

}  // namespace reclint
