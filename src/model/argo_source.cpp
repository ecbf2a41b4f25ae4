#include "model/argo_source.hpp"

#include <filesystem>
#include <variant>

#include "text/did_you_mean.hpp"
#include "text/quoted.hpp"

namespace reclint {

namespace {

const Dag* first_dag_file_dag(const InputFile& file) {
    for (const Dag& dag : file.models.dags) {
        if (dag.origin == DagOrigin::dag_file) return &dag;
    }
    return nullptr;
}

std::vector<std::string_view> dag_file_paths(const Repository& repository) {
    std::vector<std::string_view> paths;
    for (const auto& file : repository.files()) {
        if (first_dag_file_dag(*file)) paths.push_back(file->project_path);
    }
    return paths;
}

// The source's file, or the problem with the path.
std::variant<const InputFile*, DriftProblem> find_source(const TextValue& source, const Repository& repository) {
    const std::string_view path = source.text;
    if (path.empty())
        return DriftProblem{source.span,
                            "reclint/source is empty: give the path of the DAG file, relative to the project root"};
    if (path.starts_with('/'))
        return DriftProblem{source.span,
                            "reclint/source must be a path relative to the project root, not an absolute path"};
    const std::string normal = std::filesystem::path(path).lexically_normal().generic_string();
    if (normal == ".." || normal.starts_with("../"))
        return DriftProblem{source.span, "reclint/source " + quoted(path) + " points outside the project"};
    const InputFile* file = repository.find(normal);
    if (!file) {
        const std::string message =
            "no DAG file " + quoted(path) + " in the project (reclint/source is relative to the project root)";
        return DriftProblem{source.span, with_suggestion(message, normal, dag_file_paths(repository))};
    }
    return file;
}

}  // namespace

DriftResolution resolve_drift(const ArgoManifest& manifest, const FileModels& models, const Repository& repository) {
    if (!manifest.source) return {};
    const auto found = find_source(*manifest.source, repository);
    if (const auto* problem = std::get_if<DriftProblem>(&found)) return {std::nullopt, *problem};
    const InputFile* file = std::get<const InputFile*>(found);
    const Dag* expected = first_dag_file_dag(*file);
    if (!expected) {
        if (parse_failed(file->yaml)) return {};
        return {std::nullopt,
                DriftProblem{manifest.source->span,
                             quoted(manifest.source->text) + " is not a DAG file (no document has a \"jobs:\" list)"}};
    }
    if (!manifest.entrypoint) {
        return {std::nullopt,
                DriftProblem{manifest.source->span, "the manifest has no entrypoint to compare with the DAG file"}};
    }
    const ArgoTemplate* entrypoint = manifest.entrypoint_template();
    if (!entrypoint) return {};  // argo/unknown-template reports it
    if (entrypoint->dag == kNoIndex) {
        return {std::nullopt,
                DriftProblem{manifest.entrypoint->span, "the entrypoint template " + quoted(manifest.entrypoint->text) +
                                                            " is not a DAG template, so it cannot match the DAG file " +
                                                            quoted(manifest.source->text)}};
    }
    return {DriftSubject{file, expected, &models.dags[entrypoint->dag]}, std::nullopt};
}

}  // namespace reclint
