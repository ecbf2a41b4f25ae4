#include "pipeline/config_loader.hpp"

#include <algorithm>
#include <unordered_set>

#include "engine/diagnostic.hpp"
#include "engine/registry.hpp"
#include "engine/rule_selection.hpp"
#include "load/file_reader.hpp"
#include "load/walk.hpp"
#include "model/document_kinds.hpp"
#include "model/naming_pattern.hpp"
#include "schema/schema_validator.hpp"
#include "text/did_you_mean.hpp"

namespace reclint {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view kConfigName = ".reclint.yaml";
constexpr std::string_view kOtherConfigName = ".reclint.yml";

struct Discovered {
    std::optional<fs::path> path;
    bool both = false;  // .reclint.yaml and .reclint.yml in the same folder
};
constexpr std::uint64_t kMaxConfigSize = 1024 * 1024;

Discovered discover(const fs::path& cwd) {
    const fs::path root = find_repository_root(cwd);
    for (fs::path folder = cwd;; folder = folder.parent_path()) {
        std::error_code error;
        // symlink_status: a dangling symlink or a loop is a config that cannot be read, not no config.
        const bool yaml = fs::exists(fs::symlink_status(folder / kConfigName, error));
        const bool yml = fs::exists(fs::symlink_status(folder / kOtherConfigName, error));
        if (yaml || yml) return {folder / (yaml ? kConfigName : kOtherConfigName), yaml && yml};
        if (folder == root || folder == folder.parent_path()) return {};
    }
}

// The reader runs even when the schema found problems, so it takes only what has the right type.
std::vector<std::string> strings(const Node& sequence) {
    std::vector<std::string> values;
    for (const Node* item : sequence.items()) {
        if (item->is_string()) values.emplace_back(item->value());
    }
    return values;
}

class ConfigReader {
  public:
    ConfigReader(Config& config, std::vector<FileIgnore>& ignores, std::vector<SchemaViolation>& problems)
        : config_(config), ignores_(ignores), problems_(problems) {}

    void read(const Node& root) {
        for (const MapEntry& entry : root.entries()) {
            if (entry.value->is_mapping() || entry.value->is_sequence()) read_entry(entry.key->value(), *entry.value);
        }
        if (const Node* days = root.find("readiness_days"); days && days->as_integer() && *days->as_integer() >= 0) {
            config_.readiness_days = static_cast<int>(std::min<std::int64_t>(*days->as_integer(), 366));
        }
        if (const Node* version = root.find("argo_version"); version && version->is_scalar()) {
            config_.argo_version = version->value().starts_with("3.7") ? "3.7" : "4.1";  // 3.7 may be a number
        }
        if (const Node* single = root.find("single_item_surfaces"); single && config_.surfaces) {
            check_known_surfaces(*single);
        }
        if (const Node* url = root.find("docs_url"); url && url->is_string()) read_docs_url(*url);
    }

  private:
    void read_entry(std::string_view key, const Node& value) {
        if (key == "exclude") config_.exclude = strings(value);
        if (key == "catalogs") read_catalogs(value);
        if (key == "surfaces") config_.surfaces = strings(value);
        if (key == "single_item_surfaces") config_.single_item_surfaces = strings(value);
        if (key == "segments") config_.segments = strings(value);
        if (key == "units") config_.units = strings(value);
        if (key == "source_columns") config_.source_columns = strings(value);
        if (key == "kinds") {
            for (const MapEntry& glob : value.entries()) {
                const auto kind = kind_from_name(glob.value->value());
                if (kind) config_.kinds.push_back({std::string(glob.key->value()), *kind});
            }
        }
        if (key == "rules") read_rules(value);
        if (key == "per_file_ignores") read_per_file_ignores(value);
        if (key == "naming") read_naming(value);
        if (const Node* name = key == "warehouse" ? value.find("conninfo_env") : nullptr; name && name->is_string()) {
            config_.warehouse = WarehouseSetting{std::string(name->value()), name->span};
        }
    }

    void read_catalogs(const Node& catalogs) {
        config_.catalogs.emplace();
        for (const Node* item : catalogs.items()) {
            if (item->is_string()) config_.catalogs->push_back({std::string(item->value()), item->span});
        }
    }

    // Every key must select a rule: a misspelled id would otherwise silently grade nothing.
    void read_rules(const Node& rules) {
        for (const MapEntry& rule : rules.entries()) {
            if (const std::string problem = selector_problem(rule.key->value()); !problem.empty()) {
                report(SchemaViolation::Kind::unknown_key, rule.key->span, problem);
                continue;
            }
            const auto severity = severity_from_name(rule.value->value());
            if (severity) config_.rules.push_back({std::string(rule.key->value()), *severity, rule.key->span});
        }
    }

    // As in `rules:`, every rule id must select a rule: a misspelled one would ignore nothing.
    void read_per_file_ignores(const Node& globs) {
        for (const MapEntry& glob : globs.entries()) {
            FileIgnore& ignore = ignores_.emplace_back(FileIgnore{std::string(glob.key->value()), {}});
            for (const Node* item : glob.value->items()) {
                if (!item->is_string()) continue;
                if (const std::string problem = selector_problem(item->value()); !problem.empty()) {
                    report(SchemaViolation::Kind::unknown_key, item->span, problem);
                } else {
                    ignore.selectors.emplace_back(item->value());
                }
            }
        }
    }

    // A single-item surface that is not a surface would never match an experiment.
    void check_known_surfaces(const Node& single_item_surfaces) {
        const std::vector<std::string_view> surfaces(config_.surfaces->begin(), config_.surfaces->end());
        const std::unordered_set<std::string_view> known(surfaces.begin(), surfaces.end());
        EditBudget budget;
        for (const Node* item : single_item_surfaces.items()) {
            if (!item->is_string() || known.contains(item->value())) continue;
            const std::string message =
                "\"" + std::string(item->value()) + "\" in \"single_item_surfaces\" is not one of the \"surfaces\"";
            report(SchemaViolation::Kind::invalid, item->span,
                   with_suggestion(message, item->value(), surfaces, budget));
        }
    }

    // A helpUri must be an absolute URI, and one URL for every rule would link each to the wrong page.
    void read_docs_url(const Node& url) {
        const std::string_view text = url.value();
        const bool web = text.starts_with("https://") || text.starts_with("http://");
        const bool blank = std::any_of(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\t'; });
        if (web && !blank && text.find(kRuleIdPlaceholder) != std::string_view::npos) {
            config_.docs_url = std::string(text);
            return;
        }
        report(SchemaViolation::Kind::invalid, url.span,
               "\"docs_url\" must be an http(s) URL without spaces, with \"{id}\" where the rule id goes (e.g. "
               "\"https://example.com/reclint/rules/{id}.md\")");
    }

    void report(SchemaViolation::Kind kind, Span span, std::string message) {
        problems_.push_back({kind, span, std::move(message)});
    }

    void read_naming(const Node& naming) {
        const std::pair<std::string_view, NamingPattern*> patterns[] = {
            {"dag", &config_.naming.dag},
            {"job", &config_.naming.job},
            {"experiment", &config_.naming.experiment},
            {"variant", &config_.naming.variant},
            {"table", &config_.naming.table},
        };
        for (const auto& [name, pattern] : patterns) {
            const Node* value = naming.find(name);
            if (!value || !value->is_string()) continue;
            // RE2 compiles the pattern under a program-size limit (naming_pattern.hpp).
            if (auto problem = naming_pattern_problem(value->value())) {
                report(SchemaViolation::Kind::invalid, value->span,
                       "invalid regular expression in \"naming." + std::string(name) + "\": " + *problem);
            } else {
                pattern->source = std::string(value->value());
            }
        }
    }

    Config& config_;
    std::vector<FileIgnore>& ignores_;
    std::vector<SchemaViolation>& problems_;
};

}  // namespace

fs::path find_repository_root(const fs::path& start) {
    for (fs::path folder = start;; folder = folder.parent_path()) {
        std::error_code error;
        if (fs::exists(folder / ".git", error)) return folder;
        if (folder == folder.parent_path()) return start;
    }
}

LoadedConfig load_config(const ConfigChoice& choice, const fs::path& cwd) {
    LoadedConfig loaded;
    loaded.config = std::make_unique<Config>();
    Config& config = *loaded.config;
    config.root = find_repository_root(cwd).string();
    std::optional<fs::path> path;
    if (choice.mode == ConfigChoice::Mode::file) path = (cwd / choice.file).lexically_normal();
    if (choice.mode == ConfigChoice::Mode::discover) {
        const Discovered discovered = discover(cwd);
        if (discovered.both) {
            loaded.unreadable = relative_path(discovered.path->parent_path() / kOtherConfigName, cwd) +
                                ": two config files: this one and " + std::string(kConfigName) + " beside it; keep one";
            return loaded;
        }
        path = discovered.path;
    }
    if (!path) return loaded;

    FileContents contents = read_file(*path, kMaxConfigSize);
    if (contents.status != FileContents::Status::ok) {
        const std::string why =
            contents.status == FileContents::Status::too_large ? "larger than 1 MiB" : contents.error;
        loaded.unreadable = relative_path(*path, cwd) + ": cannot read the config file: " + why;
        return loaded;
    }
    // A discovered config marks its project; one named with --config may live anywhere (a shared
    // config), so its globs stay relative to the repository being checked.
    if (choice.mode == ConfigChoice::Mode::discover) config.root = path->parent_path().string();
    loaded.file = std::make_unique<InputFile>(SourceFile(relative_path(*path, cwd), std::move(contents.text)));
    InputFile& file = *loaded.file;
    file.yaml = parse_yaml(file.source);
    config.file = &file.source;
    // The config's problems are found here and reported by the yaml/* and schema/* rules, as
    // those of any input are.
    Document& document = file.documents.emplace_back(
        Document{nullptr, {0, static_cast<std::uint32_t>(file.source.text().size())}, DocumentKind::config, {}});
    std::vector<SchemaViolation>& violations = document.schema_violations;
    if (file.yaml.documents.size() > 1) {
        const Span second = file.yaml.documents[1].span;
        violations.push_back({SchemaViolation::Kind::invalid,
                              {second.begin, second.begin + 3},
                              "the config file must hold one document"});
    }
    // An empty config: every default applies.
    if (!file.yaml.documents.empty() && !file.yaml.documents[0].root->is_null()) {
        const Node& root = *file.yaml.documents[0].root;
        document.root = &root;
        document.span = file.yaml.documents[0].span;
        std::vector<SchemaViolation> found =
            validate_against_schema(root, document_kind_info(DocumentKind::config).schema, kMostFindingsPerRuleAndFile);
        violations.insert(violations.end(), found.begin(), found.end());
        ConfigReader(config, loaded.per_file_ignores, violations).read(root);
    }
    loaded.problems = check_config_file(file, config);
    return loaded;
}

std::vector<Diagnostic> check_config_file(const InputFile& file, const Config& config) {
    const Repository nothing_else(config);
    std::vector<Diagnostic> problems;
    for (const Rule* rule : registered_rules()) {
        if (!rule->info().checks_config) continue;
        RuleContext context(rule->info(), Severity::error, problems);
        rule->check_file(file, nothing_else, context);
    }
    return problems;
}

}  // namespace reclint
