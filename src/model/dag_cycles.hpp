// The cycles of a dependency graph: one per strongly connected component of two or more jobs,
// found without recursion, so a chain of a million jobs cannot overflow the stack.
#pragma once

#include <cstdint>
#include <vector>

#include "model/dependency_graph.hpp"

namespace reclint {

struct DagCycle {
    std::vector<std::uint32_t> jobs;  // every job of the component, in file order
    // A shortest cycle through jobs.front(), as indices into dag().dependencies in path order:
    // the first leaves jobs.front(), the last leads back to it. Ties go to the earlier entry.
    std::vector<std::uint32_t> path;
};

// Ordered by their first job. A job depending on itself is not a cycle here: dag/self-dependency
// reports it.
std::vector<DagCycle> find_cycles(const DependencyGraph& graph);

// Each job's strongly connected component (singletons included), numbered in the order the search
// completes them: a job's dependencies are in components numbered at most its own, equal only
// within one component. A topological order of the graph with its cycles contracted.
std::vector<std::uint32_t> component_numbers(const DependencyGraph& graph);

// For each dependency of the graph's Dag: whether it lies on a cycle (a self-loop, or both ends in
// one component of `cycles`).
std::vector<bool> dependencies_on_cycles(const DependencyGraph& graph, const std::vector<DagCycle>& cycles);

}  // namespace reclint
