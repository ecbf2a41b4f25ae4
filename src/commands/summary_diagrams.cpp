#include "commands/summary_diagrams.hpp"

#include <set>
#include <sstream>
#include <utility>

#include "model/dag.hpp"
#include "report/dag_diagram.hpp"

namespace reclint {

namespace {

std::string mermaid_of(const DagDiagram& diagram) {
    std::ostringstream out;
    write_mermaid(out, {diagram});
    return out.str();
}

std::string dag_title(const SourceFile& file, const Dag& dag) {
    return file.path() + ": " + (dag.name.empty() ? std::string("(unnamed)") : std::string(dag.name));
}

SummaryDiagram diagram_for(const SourceFile& file, const DiagnosticSubject& subject) {
    if (!subject.expected) {
        const std::string title = dag_title(file, *subject.dag);
        return {title, mermaid_of(diagram_of(*subject.dag, title))};
    }
    const std::string title = dag_title(file, *subject.dag) + " against " + subject.expected_file->path() +
                              " (dashed red: only in the DAG file; orange: only in the manifest)";
    return {title, mermaid_of(drift_diagram_of(*subject.expected, *subject.dag, title))};
}

}  // namespace

std::vector<SummaryDiagram> summary_diagrams(const std::vector<Diagnostic>& diagnostics) {
    std::set<std::pair<const Dag*, const Dag*>> drawn;
    std::vector<SummaryDiagram> diagrams;
    for (const Diagnostic& diagnostic : diagnostics) {
        const DiagnosticSubject& subject = diagnostic.subject;
        if (subject.dag && drawn.insert({subject.dag, subject.expected}).second)
            diagrams.push_back(diagram_for(*diagnostic.file, subject));
    }
    return diagrams;
}

}  // namespace reclint
