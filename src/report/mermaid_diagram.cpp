// Mermaid flowcharts as GitHub renders them: node ids are generated (a job name may be a Mermaid
// keyword or hold any character), labels are quoted with every special character as an entity code.
#include <string_view>

#include "report/dag_diagram.hpp"
#include "text/printable.hpp"

namespace reclint {

namespace {

constexpr std::string_view kMarkedStyle = "stroke:#d62728,stroke-width:3px";

std::string quoted_label(std::string_view text) {
    std::string label = "\"";
    for (const char c : printable(text)) {
        switch (c) {
            case '"':
                label += "#quot;";
                break;
            case '#':
                label += "#35;";
                break;
            case '&':
                label += "#amp;";
                break;
            case '<':
                label += "#lt;";
                break;
            case '>':
                label += "#gt;";
                break;
            case '`':
                label += "#96;";
                break;
            default:
                label += c;
        }
    }
    return label + "\"";
}

std::string node_id(std::size_t diagram, std::uint32_t node) {
    return "d" + std::to_string(diagram) + "n" + std::to_string(node);
}

// Writes the marked edges' indices (Mermaid numbers links in the order they are written) and the
// nodes they touch.
void write_marks(std::ostream& out, const std::vector<DagDiagram>& diagrams) {
    std::string links, nodes;
    std::size_t link = 0;
    for (std::size_t d = 0; d < diagrams.size(); ++d) {
        std::vector<bool> marked(diagrams[d].nodes.size(), false);
        for (const DiagramEdge& edge : diagrams[d].edges) {
            if (edge.mark != EdgeMark::plain) {
                links += (links.empty() ? "" : ",") + std::to_string(link);
                marked[edge.from] = marked[edge.to] = true;
            }
            ++link;
        }
        for (std::uint32_t n = 0; n < marked.size(); ++n) {
            if (marked[n]) nodes += (nodes.empty() ? "" : ",") + node_id(d, n);
        }
    }
    if (!links.empty()) out << "    linkStyle " << links << ' ' << kMarkedStyle << '\n';
    if (!nodes.empty()) {
        out << "    classDef marked " << kMarkedStyle << '\n';
        out << "    class " << nodes << " marked\n";
    }
}

}  // namespace

void write_mermaid(std::ostream& out, const std::vector<DagDiagram>& diagrams) {
    out << "flowchart TD\n";
    for (std::size_t d = 0; d < diagrams.size(); ++d) {
        const DagDiagram& diagram = diagrams[d];
        out << "    subgraph d" << d << '[' << quoted_label(diagram.title) << "]\n";
        for (std::uint32_t n = 0; n < diagram.nodes.size(); ++n) {
            out << "        " << node_id(d, n) << '[' << quoted_label(diagram.nodes[n]) << "]\n";
        }
        out << "    end\n";
    }
    for (std::size_t d = 0; d < diagrams.size(); ++d) {
        for (const DiagramEdge& edge : diagrams[d].edges) {
            out << "    " << node_id(d, edge.from) << " --> " << node_id(d, edge.to) << '\n';
        }
    }
    write_marks(out, diagrams);
}

}  // namespace reclint
