// Graphviz DOT: every identifier is generated and every label a quoted, escaped string.
#include <string_view>

#include "report/dag_diagram.hpp"
#include "text/printable.hpp"

namespace reclint {

namespace {

// The attributes of each mark, for edges and nodes alike.
std::string_view mark_style(EdgeMark mark) {
    switch (mark) {
        case EdgeMark::cycle:
            return "color=\"#d62728\", penwidth=2";
        case EdgeMark::missing:
            return "color=\"#d62728\", style=dashed";
        case EdgeMark::extra:
            return "color=\"#ff7f0e\", penwidth=2";
        case EdgeMark::plain:
            break;
    }
    return "";
}

// A DOT string: printable, in double quotes, with " and \ escaped.
std::string dot_string(std::string_view text) {
    std::string result = "\"";
    for (const char c : printable(text)) {
        if (c == '"' || c == '\\') result += '\\';
        result += c;
    }
    return result + "\"";
}

void write_cluster(std::ostream& out, std::size_t d, const DagDiagram& diagram) {
    const std::vector<EdgeMark> marks = node_marks_of(diagram);
    out << "    subgraph cluster_" << d << " {\n";
    out << "        label=" << dot_string(diagram.title) << ";\n";
    for (std::uint32_t n = 0; n < diagram.nodes.size(); ++n) {
        out << "        " << diagram_node_id(d, n) << " [label=" << dot_string(diagram.nodes[n])
            << (marks[n] != EdgeMark::plain ? ", " + std::string(mark_style(marks[n])) : "") << "];\n";
    }
    for (const DiagramEdge& edge : diagram.edges) {
        out << "        " << diagram_node_id(d, edge.from) << " -> " << diagram_node_id(d, edge.to)
            << (edge.mark != EdgeMark::plain ? " [" + std::string(mark_style(edge.mark)) + "]" : "") << ";\n";
    }
    out << "    }\n";
}

}  // namespace

void write_dot(std::ostream& out, const std::vector<DagDiagram>& diagrams) {
    out << "digraph dependencies {\n";
    out << "    node [shape=box];\n";
    for (std::size_t d = 0; d < diagrams.size(); ++d)
        write_cluster(out, d, diagrams[d]);
    out << "}\n";
}

}  // namespace reclint
