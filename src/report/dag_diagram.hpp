// Dependency graphs drawn as text, in Mermaid (renders in GitHub Markdown) or Graphviz DOT, with
// some edges and nodes marked (cycles; what a manifest lacks or adds to its DAG file). Used by
// `reclint graph` and the job summary.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

#include "model/dag.hpp"

namespace reclint {

// How an edge or node is drawn. `cycle`: on a cycle (red). `missing`: in the DAG file but not in
// the manifest generated from it (red, dashed). `extra`: in the manifest but not in the DAG file
// (orange).
enum class EdgeMark : std::uint8_t { plain, cycle, missing, extra };

struct DiagramEdge {
    std::uint32_t from;  // the dependency: arrows point the way the jobs run
    std::uint32_t to;    // the node that depends on it
    EdgeMark mark = EdgeMark::plain;
};

struct DagDiagram {
    std::string title;
    std::vector<std::string> nodes;  // labels, any text: the writers escape them
    std::vector<DiagramEdge> edges;
    // One per node; empty: a node takes the mark of a marked edge that touches it.
    std::vector<EdgeMark> node_marks;
};

// One node per job name, in file order; one edge per pair of jobs with a known dependency
// between them, marked when it lies on a cycle (a job depending on itself included).
// Dependencies on unknown jobs are left out.
DagDiagram diagram_of(const Dag& dag, std::string title);

// How the writers name node `node` of diagram `diagram` of a chart: "d0n3". Job names are never
// used as ids, so no name can clash with the formats' keywords or syntax.
std::string diagram_node_id(std::size_t diagram, std::uint32_t node);
// The DAG template `actual` of a manifest against the DAG file `expected` it is generated from:
// `actual`'s nodes and edges, then those only `expected` has (marked missing); those only
// `actual` has are marked extra.
DagDiagram drift_diagram_of(const Dag& expected, const Dag& actual, std::string title);

// The mark of each node of `diagram`: `node_marks`, or else that of a marked edge touching it.
std::vector<EdgeMark> node_marks_of(const DagDiagram& diagram);

// All diagrams in one chart, each in its own titled box.
void write_mermaid(std::ostream& out, const std::vector<DagDiagram>& diagrams);
void write_dot(std::ostream& out, const std::vector<DagDiagram>& diagrams);

}  // namespace reclint
