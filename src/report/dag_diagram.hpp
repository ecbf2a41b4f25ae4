// Dependency graphs drawn as text, in Mermaid (renders in GitHub Markdown) or Graphviz DOT, with
// some edges marked (the edges of cycles). Used by `reclint graph` and the job summary.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

#include "model/dag.hpp"

namespace reclint {

// How an edge is drawn; every mark but `plain` is highlighted, and a node it touches with it.
enum class EdgeMark : std::uint8_t { plain, cycle };

struct DiagramEdge {
    std::uint32_t from;  // the dependency: arrows point the way the jobs run
    std::uint32_t to;    // the node that depends on it
    EdgeMark mark = EdgeMark::plain;
};

struct DagDiagram {
    std::string title;
    std::vector<std::string> nodes;  // labels, any text: the writers escape them
    std::vector<DiagramEdge> edges;
};

// One node per job name, in file order; one edge per pair of jobs with a known dependency
// between them, marked when it lies on a cycle (a job depending on itself included).
// Dependencies on unknown jobs are left out.
DagDiagram diagram_of(const Dag& dag, std::string title);

// How the writers name node `node` of diagram `diagram` of a chart: "d0n3". Job names are never
// used as ids, so no name can clash with the formats' keywords or syntax.
std::string diagram_node_id(std::size_t diagram, std::uint32_t node);
// Whether each node of `diagram` touches a marked edge (it is highlighted too).
std::vector<bool> marked_nodes(const DagDiagram& diagram);

// All diagrams in one chart, each in its own titled box.
void write_mermaid(std::ostream& out, const std::vector<DagDiagram>& diagrams);
void write_dot(std::ostream& out, const std::vector<DagDiagram>& diagrams);

}  // namespace reclint
