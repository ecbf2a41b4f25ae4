#include "report/dag_diagram.hpp"

#include <unordered_map>

#include "model/dag_cycles.hpp"

namespace reclint {

DagDiagram diagram_of(const Dag& dag, std::string title) {
    DagDiagram diagram{std::move(title), {}, {}};
    std::vector<std::uint32_t> node_of(dag.jobs.size(), kNoJob);
    for (std::uint32_t i = 0; i < dag.jobs.size(); ++i) {
        if (!dag.is_first(i)) continue;
        node_of[i] = static_cast<std::uint32_t>(diagram.nodes.size());
        diagram.nodes.emplace_back(dag.jobs[i].name);
    }
    const DependencyGraph graph(dag);
    const std::vector<bool> on_cycle = dependencies_on_cycles(graph, find_cycles(graph));
    std::unordered_map<std::uint64_t, std::size_t> edge_of_pair;  // (from, to) -> index in edges
    for (std::size_t i = 0; i < dag.dependencies.size(); ++i) {
        const DagDependency& dependency = dag.dependencies[i];
        if (!dependency.resolved()) continue;
        const DiagramEdge edge{node_of[dependency.target], node_of[dag.source(dependency)],
                               on_cycle[i] ? EdgeMark::cycle : EdgeMark::plain};
        const auto [found, added] = edge_of_pair.try_emplace(
            (std::uint64_t{edge.from} << 32) | edge.to, diagram.edges.size());
        if (added) diagram.edges.push_back(edge);
    }
    return diagram;
}

std::string diagram_node_id(std::size_t diagram, std::uint32_t node) {
    return "d" + std::to_string(diagram) + "n" + std::to_string(node);
}

std::vector<bool> marked_nodes(const DagDiagram& diagram) {
    std::vector<bool> marked(diagram.nodes.size(), false);
    for (const DiagramEdge& edge : diagram.edges) {
        if (edge.mark != EdgeMark::plain) marked[edge.from] = marked[edge.to] = true;
    }
    return marked;
}

}  // namespace reclint
