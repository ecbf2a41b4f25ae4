#include "commands/summary_diagrams.hpp"

#include <set>
#include <sstream>
#include <unordered_map>

#include "model/argo_source.hpp"
#include "report/dag_diagram.hpp"

namespace reclint {

namespace {

bool contains(Span outer, Span inner) {
    return outer.begin <= inner.begin && inner.end <= outer.end;
}

std::string mermaid_of(const DagDiagram& diagram) {
    std::ostringstream out;
    write_mermaid(out, {diagram});
    return out.str();
}

// The DAG whose dependency a dag/cycle diagnostic sits on (the entry that closes the cycle).
const Dag* dag_with_dependency_at(const InputFile& file, Span span) {
    for (const Dag& dag : file.models.dags) {
        for (const DagDependency& dependency : dag.dependencies) {
            if (dependency.span == span) return &dag;
        }
    }
    return nullptr;
}

const ArgoManifest* manifest_around(const InputFile& file, Span span) {
    for (const ArgoManifest& manifest : file.models.argo_manifests) {
        if (contains(manifest.span, span)) return &manifest;
    }
    return nullptr;
}

std::string dag_title(const InputFile& file, const Dag& dag) {
    return file.source.path() + ": " + (dag.name.empty() ? std::string("(unnamed)") : std::string(dag.name));
}

class DiagramCollector {
  public:
    explicit DiagramCollector(const Repository& repository) : repository_(repository) {
        for (const auto& file : repository.files())
            file_of_[&file->source] = file.get();
    }

    void add(const Diagnostic& diagnostic) {
        const auto found = file_of_.find(diagnostic.file);
        if (found == file_of_.end()) return;
        const InputFile& file = *found->second;
        if (diagnostic.rule == "dag/cycle") {
            const Dag* dag = dag_with_dependency_at(file, diagnostic.span);
            if (dag && drawn_.insert(dag).second)
                diagrams_.push_back({dag_title(file, *dag), mermaid_of(diagram_of(*dag, dag_title(file, *dag)))});
        } else if (diagnostic.rule == "argo/drift") {
            const ArgoManifest* manifest = manifest_around(file, diagnostic.span);
            if (manifest && drawn_.insert(manifest).second) add_drift(file, *manifest);
        }
    }

    std::vector<SummaryDiagram> take() { return std::move(diagrams_); }

  private:
    void add_drift(const InputFile& file, const ArgoManifest& manifest) {
        const DriftResolution resolution = resolve_drift(manifest, file.models, repository_);
        if (!resolution.subject) return;
        const DriftSubject& subject = *resolution.subject;
        const std::string title = dag_title(file, *subject.actual) + " against " + subject.source_file->source.path() +
                                  " (dashed red: only in the DAG file; orange: only in the manifest)";
        diagrams_.push_back({title, mermaid_of(drift_diagram_of(*subject.expected, *subject.actual, title))});
    }

    const Repository& repository_;
    std::unordered_map<const SourceFile*, const InputFile*> file_of_;
    std::set<const void*> drawn_;
    std::vector<SummaryDiagram> diagrams_;
};

}  // namespace

std::vector<SummaryDiagram> summary_diagrams(const std::vector<Diagnostic>& diagnostics, const Repository& repository) {
    DiagramCollector collector(repository);
    for (const Diagnostic& diagnostic : diagnostics)
        collector.add(diagnostic);
    return collector.take();
}

}  // namespace reclint
