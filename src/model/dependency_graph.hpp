// The resolved edges of a Dag as adjacency lists, for the graph algorithms (cycles, reachability).
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "model/dag.hpp"

namespace reclint {

// Nodes are job indices; only the first job of each name has edges. Unknown dependencies are
// left out; self-loops are kept (the algorithms decide what they mean).
class DependencyGraph {
  public:
    explicit DependencyGraph(const Dag& dag);

    const Dag& dag() const { return dag_; }
    std::uint32_t job_count() const { return static_cast<std::uint32_t>(dag_.jobs.size()); }
    // The resolved dependencies leaving `job`, as indices into dag().dependencies, in document
    // order.
    std::span<const std::uint32_t> dependencies_of(std::uint32_t job) const {
        return {edges_.data() + offsets_[job], edges_.data() + offsets_[job + 1]};
    }
    std::uint32_t target(std::uint32_t dependency) const { return dag_.dependencies[dependency].target; }

  private:
    const Dag& dag_;
    std::vector<std::uint32_t> offsets_;  // job i's edges are edges_[offsets_[i], offsets_[i + 1])
    std::vector<std::uint32_t> edges_;
};

}  // namespace reclint
