// `reclint graph FILE`: the dependency graph of a file, as Mermaid or DOT, cycles marked.
#include "commands/commands.hpp"
#include "load/config_loader.hpp"
#include "load/input_loader.hpp"
#include "report/dag_diagram.hpp"

namespace reclint {

namespace {

// Why the file cannot be drawn, or "" when it can.
std::string why_not_drawable(const LoadedInput& loaded, const std::string& path) {
    if (!loaded.unreadable.empty()) return path + ": cannot read: " + loaded.unreadable;
    if (!loaded.file)
        return path + ": not a DAG file (no document is a mapping with a \"jobs:\" list)";
    const InputFile& file = *loaded.file;
    for (const LoadProblem& problem : file.yaml.problems) {
        if (problem.kind == LoadProblem::Kind::duplicate_key) continue;
        const Position at = file.source.position(problem.span.begin);
        return file.source.path() + ":" + std::to_string(at.line) + ":" +
               std::to_string(at.column) + ": " + problem.message + " (reclint check " + path +
               " reports every problem)";
    }
    if (!file.models.dags.empty()) return "";
    std::string kinds;
    for (const Document& document : file.documents) {
        if (document.kind == DocumentKind::none) continue;
        kinds += (kinds.empty() ? "" : ", ") + std::string(kind_name(document.kind));
    }
    return path + ": not a DAG file (it holds: " + kinds + ")";
}

}  // namespace

int run_graph_command(const Options& options, Environment& environment) {
    // The config's `kinds:` globs decide what the file is, as they do for `check`.
    const LoadedConfig config = load_config({}, environment.cwd);
    const std::filesystem::path path = (environment.cwd / options.graph_file).lexically_normal();
    const LoadedInput loaded =
        load_input({path, true, true}, *config.config, environment.cwd, options.max_file_size);
    if (const std::string problem = why_not_drawable(loaded, options.graph_file);
        !problem.empty()) {
        environment.err << "reclint: error: " << problem << '\n';
        return kExitUsage;
    }
    std::vector<DagDiagram> diagrams;
    for (const Dag& dag : loaded.file->models.dags) {
        diagrams.push_back(
            diagram_of(dag, dag.name.empty() ? loaded.file->source.path() : std::string(dag.name)));
    }
    if (options.graph_format == "dot") {
        write_dot(environment.out, diagrams);
    } else {
        write_mermaid(environment.out, diagrams);
    }
    return kExitClean;
}

}  // namespace reclint
