#include "pipeline/input_loader.hpp"

#include <cstdio>

#include "engine/diagnostic.hpp"
#include "load/file_reader.hpp"
#include "model/build_models.hpp"
#include "model/document_kinds.hpp"
#include "model/kind_detection.hpp"
#include "schema/schema_validator.hpp"

namespace reclint {

namespace {

std::string readable_size(std::uint64_t bytes) {
    if (bytes < 1024) return std::to_string(bytes) + " bytes";
    const bool mebi = bytes >= 1024 * 1024;
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, mebi ? "%.1f MiB" : "%.1f KiB",
                  static_cast<double>(bytes) / (mebi ? 1024.0 * 1024.0 : 1024.0));
    return buffer;
}

const Node* empty_document(std::pmr::memory_resource& arena) {
    return new (arena.allocate(sizeof(Node), alignof(Node))) Node{};
}

// A file named on the command line (by hand, or by pre-commit) is never passed over in silence:
// one that holds nothing of ours is kept, to be reported as unrecognized. Not a text standing in
// for the disk (an editor lints every YAML buffer it opens), nor a config file, read as the config.
bool reported_when_unrecognized(const FoundFile& found) {
    const std::string name = found.path.filename().string();
    return found.explicit_file && !found.text && name != ".reclint.yaml" && name != ".reclint.yml";
}

}  // namespace

FileContents read_input(const FoundFile& found, std::uint64_t max_file_size, const FileSource& source) {
    return found.text ? contents_of_text(*found.text, max_file_size) : source.read(found.path, max_file_size);
}

LoadedInput load_input(const FoundFile& found, const Config& config, const std::filesystem::path& cwd,
                       std::uint64_t max_file_size, const FileSource& source) {
    return load_contents(found, read_input(found, max_file_size, source), config, cwd, max_file_size);
}

LoadedInput load_contents(const FoundFile& found, FileContents contents, const Config& config,
                          const std::filesystem::path& cwd, std::uint64_t max_file_size) {
    LoadedInput loaded;
    if (contents.status == FileContents::Status::unreadable) {
        loaded.unreadable = contents.error;
        return loaded;
    }
    auto file = std::make_unique<InputFile>(SourceFile(relative_path(found.path, cwd), std::move(contents.text)));
    file->project_path = relative_path(found.path, config.root);
    file->named = found.named;
    const std::optional<DocumentKind> forced = config.forced_kind(file->project_path);
    const bool wanted = found.explicit_file || forced || text_looks_like_ours(file->source.text());

    if (contents.status == FileContents::Status::too_large) {
        if (!wanted) {
            loaded.skipped = "larger than the size limit and not recognizably a reclint file";
            return loaded;
        }
        file->yaml.problems.push_back({LoadProblem::Kind::limits,
                                       {0, 0},
                                       "the file is " + readable_size(contents.size) + ", over the limit of " +
                                           readable_size(max_file_size) + " (--max-file-size)"});
        file->checked = true;
        loaded.file = std::move(file);
        return loaded;
    }

    file->yaml = parse_yaml(file->source);
    const bool failed = parse_failed(file->yaml);
    if (forced && file->yaml.documents.empty() && !failed) {
        // Empty, or comments only: the config says what it must be, and it is not that.
        file->yaml.documents.push_back({empty_document(*file->yaml.arena), {0, 0}});
    }
    bool ours = false;
    for (const YamlDocument& yaml_document : file->yaml.documents) {
        Document& document = file->documents.emplace_back();
        document.root = yaml_document.root;
        document.span = yaml_document.span;
        document.kind = forced ? apply_forced_kind(*yaml_document.root, *forced) : detect_kind(*yaml_document.root);
        if (document.kind != DocumentKind::none) {
            const std::string_view argo_version =
                document.kind == DocumentKind::argo ? std::string_view(config.argo_version) : std::string_view();
            document.schema_violations = validate_against_schema(
                *document.root, document_kind_info(document.kind).schema, kMostFindingsPerRuleAndFile, argo_version);
            ours = true;
        }
    }
    file->checked = ours || (failed && wanted);
    if (!file->checked && reported_when_unrecognized(found)) {
        // Not ours to judge: only the file's being unrecognized is reported.
        std::erase_if(file->yaml.problems,
                      [](const LoadProblem& problem) { return problem.kind == LoadProblem::Kind::duplicate_key; });
        file->checked = true;
    }
    if (!file->checked) {
        loaded.skipped = failed                         ? "not valid YAML, and not named on the command line"
                         : file->yaml.documents.empty() ? "empty: no YAML document in it"
                                                        : "not a reclint file (no Argo apiVersion, kind or jobs list)";
        return loaded;
    }
    build_models(*file);
    loaded.file = std::move(file);
    return loaded;
}

}  // namespace reclint
