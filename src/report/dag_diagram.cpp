#include "report/dag_diagram.hpp"

#include <unordered_map>
#include <unordered_set>

#include "model/dag_comparison.hpp"
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
        const auto [found, added] =
            edge_of_pair.try_emplace((std::uint64_t{edge.from} << 32) | edge.to, diagram.edges.size());
        if (added) diagram.edges.push_back(edge);
    }
    return diagram;
}

std::string diagram_node_id(std::size_t diagram, std::uint32_t node) {
    return "d" + std::to_string(diagram) + "n" + std::to_string(node);
}

std::vector<EdgeMark> node_marks_of(const DagDiagram& diagram) {
    if (!diagram.node_marks.empty()) return diagram.node_marks;
    std::vector<EdgeMark> marks(diagram.nodes.size(), EdgeMark::plain);
    for (const DiagramEdge& edge : diagram.edges) {
        if (edge.mark != EdgeMark::plain) marks[edge.from] = marks[edge.to] = edge.mark;
    }
    return marks;
}

DagDiagram drift_diagram_of(const Dag& expected, const Dag& actual, std::string title) {
    const DagComparison comparison = compare_dags(expected, actual);
    DagDiagram diagram{std::move(title), {}, {}, {}};
    std::unordered_map<std::string_view, std::uint32_t> node_of;  // by job name
    const auto add_node = [&](std::string_view name, EdgeMark mark) {
        node_of.emplace(name, static_cast<std::uint32_t>(diagram.nodes.size()));
        diagram.nodes.emplace_back(name);
        diagram.node_marks.push_back(mark);
    };
    std::vector<bool> extra(actual.jobs.size(), false);
    for (const std::uint32_t job : comparison.extra_jobs)
        extra[job] = true;
    for (std::uint32_t i = 0; i < actual.jobs.size(); ++i) {
        if (actual.is_first(i)) add_node(actual.jobs[i].name, extra[i] ? EdgeMark::extra : EdgeMark::plain);
    }
    for (const std::uint32_t job : comparison.missing_jobs)
        add_node(expected.jobs[job].name, EdgeMark::missing);
    std::vector<bool> extra_dependency(actual.dependencies.size(), false);
    for (const std::uint32_t dependency : comparison.extra_dependencies)
        extra_dependency[dependency] = true;
    std::unordered_set<std::uint64_t> drawn;  // (from, to)
    const auto add_edge = [&](const Dag& dag, const DagDependency& dependency, EdgeMark mark) {
        const DiagramEdge edge{node_of.at(dependency.name), node_of.at(dag.jobs[dag.source(dependency)].name), mark};
        if (drawn.insert((std::uint64_t{edge.from} << 32) | edge.to).second) diagram.edges.push_back(edge);
    };
    for (std::size_t i = 0; i < actual.dependencies.size(); ++i) {
        if (actual.dependencies[i].resolved())
            add_edge(actual, actual.dependencies[i], extra_dependency[i] ? EdgeMark::extra : EdgeMark::plain);
    }
    for (const std::uint32_t dependency : comparison.missing_dependencies)
        add_edge(expected, expected.dependencies[dependency], EdgeMark::missing);
    return diagram;
}

}  // namespace reclint
