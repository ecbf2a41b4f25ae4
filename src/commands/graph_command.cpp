// `reclint graph FILE`: the dependency graphs of a file (a DAG file's jobs, each DAG template of an
// Argo manifest), as Mermaid or DOT, cycles marked.
#include <algorithm>
#include <sstream>

#include "commands/commands.hpp"
#include "model/document_kinds.hpp"
#include "pipeline/config_loader.hpp"
#include "pipeline/input_loader.hpp"
#include "report/dag_diagram.hpp"

namespace reclint {

namespace {

// Mermaid's default `maxTextSize`: a longer diagram is refused with "Maximum text size in diagram
// exceeded" instead of drawn.
constexpr std::size_t kMermaidMaxTextSize = 50'000;

// Why the file cannot be drawn, or "" when it can.
std::string why_not_drawable(const LoadedInput& loaded, const std::string& path) {
    if (!loaded.unreadable.empty()) return path + ": cannot read: " + loaded.unreadable;
    const auto ours = [](const Document& document) { return document.kind != DocumentKind::none; };
    if (!loaded.file || (loaded.file->yaml.problems.empty() && std::ranges::none_of(loaded.file->documents, ours))) {
        return path +
               ": neither a DAG file (no document is a mapping with a \"jobs:\" list) nor an Argo "
               "manifest";
    }
    const InputFile& file = *loaded.file;
    for (const LoadProblem& problem : file.yaml.problems) {
        if (problem.kind == LoadProblem::Kind::duplicate_key) continue;
        const Position at = file.source.position(problem.span.begin);
        return file.source.path() + ":" + std::to_string(at.line) + ":" + std::to_string(at.column) + ": " +
               problem.message + " (reclint check " + path + " reports every problem)";
    }
    if (!file.models.dags.empty()) return "";
    if (!file.models.argo_manifests.empty()) return path + ": the Argo manifest has no DAG template";
    std::string kinds;
    for (const Document& document : file.documents) {
        if (document.kind == DocumentKind::none) continue;
        kinds += (kinds.empty() ? "" : ", ") + std::string(kind_name(document.kind));
    }
    return path + ": not a DAG file (it holds: " + kinds + ")";
}

// The title of each DAG of the file: a DAG file's `name` (or the path); for an Argo DAG template,
// the manifest's name (or generateName) and the template's name.
std::vector<std::string> titles_of(const InputFile& file) {
    std::vector<std::string> titles;
    for (const Dag& dag : file.models.dags)
        titles.push_back(dag.name.empty() ? file.source.path() : std::string(dag.name));
    for (const ArgoManifest& manifest : file.models.argo_manifests) {
        const std::optional<TextValue>& name = manifest.name ? manifest.name : manifest.generate_name;
        const std::string owner = name ? std::string(name->text) : file.source.path();
        for (const ArgoTemplate& tmpl : manifest.templates) {
            if (tmpl.dag == kNoIndex) continue;
            titles[tmpl.dag] = owner + ": " + (tmpl.name ? std::string(tmpl.name->text) : "inline template");
        }
    }
    return titles;
}

}  // namespace

int run_graph_command(const Options& options, Environment& environment) {
    // The config's `kinds:` globs decide what the file is, as they do for `check`.
    const LoadedConfig config = load_config({}, environment.cwd);
    const std::filesystem::path path = (environment.cwd / options.graph_file).lexically_normal();
    const LoadedInput loaded = load_input({path, true, true}, *config.config, environment.cwd, options.max_file_size);
    if (const std::string problem = why_not_drawable(loaded, options.graph_file); !problem.empty()) {
        environment.print_message("error: " + problem);
        return kExitUsage;
    }
    std::vector<DagDiagram> diagrams;
    const std::vector<std::string> titles = titles_of(*loaded.file);
    for (std::size_t i = 0; i < titles.size(); ++i)
        diagrams.push_back(diagram_of(loaded.file->models.dags[i], titles[i]));
    if (options.graph_format == "dot") {
        write_dot(environment.out, diagrams);
        return kExitClean;
    }
    std::ostringstream mermaid;
    write_mermaid(mermaid, diagrams);
    const std::string text = std::move(mermaid).str();
    environment.out << text;
    if (text.size() > kMermaidMaxTextSize) {
        environment.err << "reclint: note: the Mermaid text is " << text.size()
                        << " characters; Mermaid renders at most " << kMermaidMaxTextSize
                        << " by default (maxTextSize), so GitHub and most viewers will not draw it: "
                           "--format dot suits a graph this large\n";
    }
    return kExitClean;
}

}  // namespace reclint
