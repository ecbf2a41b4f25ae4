#include "pipeline/check_run.hpp"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "engine/base_comparison.hpp"
#include "engine/logical_path.hpp"
#include "engine/parallel.hpp"
#include "engine/registry.hpp"
#include "engine/rule_selection.hpp"
#include "engine/suppression.hpp"
#include "load/git_revision.hpp"
#include "load/walk.hpp"
#include "pipeline/input_loader.hpp"
#include "text/glob.hpp"

namespace reclint {

namespace fs = std::filesystem;

namespace {

fs::path absolute_path(const fs::path& cwd, const fs::path& path) {
    fs::path absolute = (cwd / path).lexically_normal();
    if (absolute.filename().empty() && absolute.has_parent_path() && absolute != absolute.root_path()) {
        absolute = absolute.parent_path();
    }
    return absolute;
}

std::vector<fs::path> named_paths(const CheckRequest& request) {
    std::vector<fs::path> named;
    const std::vector<std::string> given = request.paths.empty() ? std::vector<std::string>{"."} : request.paths;
    named.reserve(given.size());
    for (const std::string& path : given)
        named.push_back(absolute_path(request.cwd, path));
    return named;
}

FileTexts absolute_texts(const CheckRequest& request) {
    FileTexts texts;
    for (const auto& [path, text] : request.texts)
        texts.emplace(absolute_path(request.cwd, path), text);
    return texts;
}

void report_walk_problems(const WalkResult& walk, const CheckRequest& request, CheckResult& result) {
    for (const WalkProblem& problem : walk.problems) {
        const std::string path = relative_path(problem.path, request.cwd);
        result.messages.push_back(std::string(problem.named ? "error" : "warning") + ": " + path + ": " +
                                  problem.reason);
        result.failed_to_read = result.failed_to_read || problem.named;
    }
    for (const fs::path& path : walk.links_leaving) {
        if (request.verbose) {
            result.messages.push_back("skipped " + relative_path(path, request.cwd) +
                                      ": the symlink points to a file outside the project, not followed");
        }
    }
    for (const fs::path& path : walk.git_ignored) {
        if (request.verbose)
            result.messages.push_back("skipped " + relative_path(path, request.cwd) + ": git ignores it");
    }
    for (const fs::path& path : walk.excluded_named) {
        result.messages.push_back("note: " + relative_path(path, request.cwd) +
                                  ": not checked, the config's exclude matches it");
    }
}

// The files of `repository` by project path.
using FilesByPath = std::unordered_map<std::string_view, const std::shared_ptr<InputFile>*>;

FilesByPath files_by_path(const Repository* repository) {
    FilesByPath files;
    if (!repository) return files;
    for (const auto& file : repository->files())
        files.emplace(file->project_path, &file);
    return files;
}

// The file of `same_bytes` at the path of `found`, when `source` holds the same bytes there
// (asked of the source when it can tell without reading, else by reading `contents`).
const std::shared_ptr<InputFile>* same_file(const FilesByPath& same_bytes, const FoundFile& found,
                                            const FileSource& source, std::optional<FileContents>& contents,
                                            const CheckRequest& request, const Config& config) {
    if (same_bytes.empty()) return nullptr;
    const auto file = same_bytes.find(relative_path(found.path, config.root));
    if (file == same_bytes.end() || (*file->second)->named != found.named) return nullptr;
    const std::string_view text = (*file->second)->source.text();
    if (const std::optional<bool> holds = source.holds(found.path, text)) return *holds ? file->second : nullptr;
    contents = read_input(found, request.max_file_size, source);
    return contents->status == FileContents::Status::ok && contents->text == text ? file->second : nullptr;
}

// Reads the walked files from `source` into `repository`; says on `result` what could not be read.
// A file with the same path and bytes as one of `same_bytes` (the working tree's, when this is the
// base revision) is that file, parsed once for both.
void load_repository(const WalkResult& walk, const CheckRequest& request, const FileSource& source,
                     Repository& repository, CheckResult& result, const Repository* same_bytes = nullptr) {
    std::vector<LoadedInput> loaded(walk.files.size());
    std::vector<std::shared_ptr<InputFile>> shared(walk.files.size());
    const FilesByPath reusable = files_by_path(same_bytes);
    parallel_for(walk.files.size(), request.jobs, [&](std::size_t i) {
        std::optional<FileContents> contents;
        if (const auto* same = same_file(reusable, walk.files[i], source, contents, request, repository.config())) {
            shared[i] = *same;
            return;
        }
        if (!contents) contents = read_input(walk.files[i], request.max_file_size, source);
        loaded[i] =
            load_contents(walk.files[i], std::move(*contents), repository.config(), request.cwd, request.max_file_size);
    });
    auto& files = repository.mutable_files();
    for (std::size_t i = 0; i < loaded.size(); ++i) {
        const std::string path = relative_path(walk.files[i].path, request.cwd);
        if (shared[i]) {
            files.push_back(std::move(shared[i]));
        } else if (!loaded[i].unreadable.empty()) {
            const bool named = walk.files[i].named;
            result.messages.push_back(std::string(named ? "error" : "warning") + ": " + path +
                                      ": cannot read: " + loaded[i].unreadable);
            result.failed_to_read = result.failed_to_read || named;
        } else if (loaded[i].file) {
            files.push_back(std::move(loaded[i].file));
        } else if (request.verbose && walk.files[i].named) {
            result.messages.push_back("skipped " + path + ": " + loaded[i].skipped);
        }
    }
    std::sort(files.begin(), files.end(),
              [](const auto& a, const auto& b) { return a->source.path() < b->source.path(); });
    repository.index();
}

struct ActiveRule {
    const Rule* rule;
    Severity severity;
};

std::vector<ActiveRule> active_rules(const RuleSeverities& severities) {
    std::vector<ActiveRule> active;
    for (const Rule* rule : registered_rules()) {
        const Severity severity = severities.at(rule->info().id);
        if (severity != Severity::off) active.push_back({rule, severity});
    }
    return active;
}

std::vector<Diagnostic> run_rules(const Repository& repository, unsigned jobs, const RuleSeverities& severities) {
    const std::vector<ActiveRule> rules = active_rules(severities);
    std::vector<const InputFile*> reported;
    for (const auto& file : repository.files()) {
        if (file->named) reported.push_back(file.get());
    }
    const std::size_t working_files = reported.size();
    std::vector<std::vector<Diagnostic>> per_file(working_files);
    parallel_for(reported.size(), jobs, [&](std::size_t i) {
        for (const ActiveRule& active : rules) {
            RuleContext context(active.rule->info(), active.severity, per_file[i]);
            active.rule->check_file(*reported[i], repository, context);
        }
    });
    std::vector<Diagnostic> diagnostics;
    for (auto& found : per_file)
        std::move(found.begin(), found.end(), std::back_inserter(diagnostics));
    for (const ActiveRule& active : rules) {
        RuleContext context(active.rule->info(), active.severity, diagnostics);
        active.rule->check_repository(repository, context);
    }
    // Cross-file rules see every file but report only on the named ones (and, comparing with a
    // base revision, on the named ones there that are gone now).
    if (const Repository* base = repository.base()) {
        for (const auto& file : base->files()) {
            if (file->named && !file->counterpart) reported.push_back(file.get());
        }
    }
    std::unordered_set<const SourceFile*> named;
    for (const InputFile* file : reported)
        named.insert(&file->source);
    std::erase_if(diagnostics, [&named](const Diagnostic& d) { return !named.contains(d.file); });
    add_logical_paths(diagnostics, reported);
    return diagnostics;
}

// `catalogs:` entries are checked against the files found, so only once the repository is loaded.
bool stop_for_catalog_settings(const Repository& repository, LoadedConfig& config, CheckResult& result) {
    const auto& problems = repository.catalog_setting_problems();
    if (problems.empty() || !config.file) return false;
    InputFile& file = *config.file;
    // The config had no problem so far: these are the only ones the config's rules find now.
    for (const CatalogSettingProblem& problem : problems)
        file.documents.front().schema_violations.push_back(
            {SchemaViolation::Kind::invalid, problem.span, problem.message});
    result.diagnostics = check_config_file(file, *config.config);
    const InputFile* config_file = &file;
    add_logical_paths(result.diagnostics, std::span(&config_file, 1));
    std::sort(result.diagnostics.begin(), result.diagnostics.end(), diagnostic_order);
    result.config_invalid = true;
    return true;
}

std::unique_ptr<Repository> new_repository(const CheckRequest& request, const Config& config) {
    auto repository = std::make_unique<Repository>(config);
    if (request.today) repository->set_today(*request.today);
    return repository;
}

// The base revision's files, loaded as the working tree's are and paired with them; false, with
// the reason on `result`, when there is no such revision.
bool load_base(const CheckRequest& request, CheckResult& result) {
    const Config& config = *result.config.config;
    std::string error;
    const std::unique_ptr<GitRevision> revision = GitRevision::open(config.root, *request.base, error);
    if (!revision) {
        result.messages.push_back("error: " + error);
        result.stopped = true;
        return false;
    }
    result.base = new_repository(request, config);
    CheckResult ignored;  // what the base cannot read is not this run's problem
    load_repository(find_files(named_paths(request), config.root, config.exclude, {}, *revision), request, *revision,
                    *result.base, ignored, result.repository.get());
    pair_revisions(*result.repository, *result.base);
    result.repository->set_base(*result.base, *request.base);
    return true;
}

std::string describe_config(const ConfigChoice& choice, const Config& config, const fs::path& cwd) {
    if (config.file) {
        const bool named = choice.mode == ConfigChoice::Mode::file;
        return "using config " + config.file->path() + (named ? " (--config)" : "") +
               "; its paths and globs are relative to " + relative_path(config.root, cwd);
    }
    if (choice.mode == ConfigChoice::Mode::none) return "using the default settings (--no-config)";
    return "using the default settings: no .reclint.yaml here or in a parent folder up to the "
           "repository root";
}

// Drops the findings that the config's `per_file_ignores:` ignores in their file (JSON files
// cannot hold suppression comments; generated files should not).
void apply_per_file_ignores(const std::vector<FileIgnore>& ignores, const Repository& repository,
                            std::vector<Diagnostic>& diagnostics) {
    if (ignores.empty()) return;
    std::unordered_map<const SourceFile*, std::string_view> project_paths;
    for (const auto& file : repository.files())
        project_paths.emplace(&file->source, file->project_path);
    std::erase_if(diagnostics, [&](const Diagnostic& diagnostic) {
        const auto path = project_paths.find(diagnostic.file);
        if (path == project_paths.end()) return false;
        return std::any_of(ignores.begin(), ignores.end(), [&](const FileIgnore& ignore) {
            return gitignore_matches(ignore.pattern, path->second) &&
                   std::any_of(ignore.selectors.begin(), ignore.selectors.end(), [&](const std::string& selector) {
                       return selector_matches(selector, diagnostic.rule);
                   });
        });
    });
}

}  // namespace

std::vector<Diagnostic> diagnose(const Repository& repository, const RuleSeverities& severities, unsigned jobs) {
    std::vector<Diagnostic> diagnostics = run_rules(repository, jobs, severities);
    apply_suppressions(repository, severities, jobs, diagnostics);
    settle_consequences(diagnostics);
    std::sort(diagnostics.begin(), diagnostics.end(), diagnostic_order);
    cap_per_rule_and_file(diagnostics);
    return diagnostics;
}

CheckResult run_check(const CheckRequest& given) {
    // The CLI's folder comes from getcwd(), with ".." resolved. A caller's "/repo/../shared/x"
    // would otherwise find the repository root by walking up the text, to "/repo".
    CheckRequest request = given;
    std::error_code error;
    if (fs::path resolved = fs::weakly_canonical(given.cwd, error); !error) request.cwd = resolved;
    CheckResult result;
    result.config = load_config(request.config, request.cwd);
    const Config& config = *result.config.config;
    if (!result.config.unreadable.empty()) {
        result.messages.push_back("error: " + result.config.unreadable);
        result.failed_to_read = true;
        return result;
    }
    if (request.verbose) result.messages.push_back(describe_config(request.config, config, request.cwd));
    if (!result.config.problems.empty()) {
        result.diagnostics = result.config.problems;
        if (const InputFile* config_file = result.config.file.get()) {
            add_logical_paths(result.diagnostics, std::span(&config_file, 1));
        }
        std::sort(result.diagnostics.begin(), result.diagnostics.end(), diagnostic_order);
        cap_per_rule_and_file(result.diagnostics);
        result.config_invalid = true;
        return result;
    }
    const FileTexts texts = absolute_texts(request);
    const WalkResult walk = find_files(named_paths(request), config.root, config.exclude, texts);
    report_walk_problems(walk, request, result);
    result.repository = new_repository(request, config);
    load_repository(walk, request, working_tree(), *result.repository, result);
    if (stop_for_catalog_settings(*result.repository, result.config, result)) return result;
    if (!attach_warehouse(request, *result.repository, result)) return result;
    if (request.base && !load_base(request, result)) return result;
    for (const auto& file : result.repository->files())
        result.files_checked += file->named ? 1 : 0;
    const RuleSeverities severities = effective_severities(config, request.rules);
    std::vector<Diagnostic> base_diagnostics;
    const std::vector<FileIgnore>& ignores = result.config.per_file_ignores;
    if (result.base) {
        base_diagnostics = diagnose(*result.base, severities, request.jobs);
        apply_per_file_ignores(ignores, *result.base, base_diagnostics);
    }
    result.diagnostics = diagnose(*result.repository, severities, request.jobs);
    apply_per_file_ignores(ignores, *result.repository, result.diagnostics);
    if (result.base) mark_baseline(result.diagnostics, base_diagnostics, *result.base);
    return result;
}

}  // namespace reclint
