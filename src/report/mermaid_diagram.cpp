// Mermaid flowcharts as GitHub renders them: node ids are generated (a job name may be a Mermaid
// keyword or hold any character), labels are quoted with every special character as an entity code.
#include <algorithm>
#include <array>
#include <string_view>
#include <utility>

#include "report/dag_diagram.hpp"
#include "text/printable.hpp"

namespace reclint {

namespace {

// Each mark: its class name and its style, for links and nodes alike.
struct MarkStyle {
    EdgeMark mark;
    std::string_view name;
    std::string_view style;
};
constexpr std::array<MarkStyle, 3> kMarkStyles = {{
    {EdgeMark::cycle, "cycle", "stroke:#d62728,stroke-width:3px"},
    {EdgeMark::missing, "missing", "stroke:#d62728,stroke-width:2px,stroke-dasharray:5 5"},
    {EdgeMark::extra, "extra", "stroke:#ff7f0e,stroke-width:3px"},
}};

// Quotes end a label, '#' starts an entity code, '<' and '&' would be read as HTML, and a
// backtick as a Markdown string.
constexpr std::array<std::pair<char, std::string_view>, 6> kEntities = {{
    {'"', "#quot;"},
    {'#', "#35;"},
    {'&', "#amp;"},
    {'<', "#lt;"},
    {'>', "#gt;"},
    {'`', "#96;"},
}};

std::string quoted_label(std::string_view text) {
    std::string label = "\"";
    for (const char c : printable(text)) {
        const auto entity =
            std::find_if(kEntities.begin(), kEntities.end(), [c](const auto& pair) { return pair.first == c; });
        if (entity == kEntities.end()) {
            label += c;
        } else {
            label += entity->second;
        }
    }
    return label + "\"";
}

// The marked edges by index (Mermaid numbers links in the order they are written), and the nodes,
// one style per mark.
void write_marks(std::ostream& out, const std::vector<DagDiagram>& diagrams) {
    for (const MarkStyle& style : kMarkStyles) {
        std::string links, nodes;
        std::size_t link = 0;
        for (std::size_t d = 0; d < diagrams.size(); ++d) {
            for (const DiagramEdge& edge : diagrams[d].edges) {
                if (edge.mark == style.mark) links += (links.empty() ? "" : ",") + std::to_string(link);
                ++link;
            }
            const std::vector<EdgeMark> marks = node_marks_of(diagrams[d]);
            for (std::uint32_t n = 0; n < marks.size(); ++n) {
                if (marks[n] == style.mark) nodes += (nodes.empty() ? "" : ",") + diagram_node_id(d, n);
            }
        }
        if (!links.empty()) out << "    linkStyle " << links << ' ' << style.style << '\n';
        if (!nodes.empty()) {
            out << "    classDef " << style.name << ' ' << style.style << '\n';
            out << "    class " << nodes << ' ' << style.name << '\n';
        }
    }
}

}  // namespace

void write_mermaid(std::ostream& out, const std::vector<DagDiagram>& diagrams) {
    out << "flowchart TD\n";
    for (std::size_t d = 0; d < diagrams.size(); ++d) {
        const DagDiagram& diagram = diagrams[d];
        out << "    subgraph d" << d << '[' << quoted_label(diagram.title) << "]\n";
        for (std::uint32_t n = 0; n < diagram.nodes.size(); ++n) {
            out << "        " << diagram_node_id(d, n) << '[' << quoted_label(diagram.nodes[n]) << "]\n";
        }
        out << "    end\n";
    }
    for (std::size_t d = 0; d < diagrams.size(); ++d) {
        for (const DiagramEdge& edge : diagrams[d].edges) {
            out << "    " << diagram_node_id(d, edge.from) << (edge.mark == EdgeMark::missing ? " -.-> " : " --> ")
                << diagram_node_id(d, edge.to) << '\n';
        }
    }
    write_marks(out, diagrams);
}

}  // namespace reclint
