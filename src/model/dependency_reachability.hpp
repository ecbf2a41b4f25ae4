// Answers many "does this job depend on that one, directly or through others?" questions about one
// dependency graph at once, without all-pairs reachability and without recursion.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "model/dependency_graph.hpp"

namespace reclint {

struct DependencyQuestion {
    std::uint32_t job;  // does this job (a first job of its name) ...
    std::uint32_t on;   // ... depend on this one? A job depends on itself.
};

// One answer per question, in order. Jobs on one cycle depend on each other.
//
// How: the graph's strongly connected components in topological order (dependencies first). A
// question whose `on` comes later in that order is answered no at once. The others are grouped by
// `on`, up to 64 * W distinct `on` per pass; a pass walks the components from the group's first
// `on` to the last asking job and gives each the bitset (W words) of the group's jobs it reaches,
// the union of its dependencies' bitsets. Worst case O((jobs + edges) * (D / 64 + W)) time for D
// distinct `on`, and O(components * W) words of memory, W chosen to keep that under 32 MiB.
std::vector<bool> depends_transitively(const DependencyGraph& graph, std::span<const DependencyQuestion> questions);

}  // namespace reclint
