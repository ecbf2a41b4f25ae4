#include "model/dependency_graph.hpp"

namespace reclint {

DependencyGraph::DependencyGraph(const Dag& dag) : dag_(dag), offsets_(dag.jobs.size() + 1, 0) {
    // A counting sort by source job, stable, so each job's edges keep their document order.
    for (const DagDependency& dependency : dag.dependencies) {
        if (dependency.resolved()) ++offsets_[dag.source(dependency) + 1];
    }
    for (std::size_t i = 1; i < offsets_.size(); ++i)
        offsets_[i] += offsets_[i - 1];
    edges_.resize(offsets_.back());
    std::vector<std::uint32_t> next(offsets_.begin(), offsets_.end() - 1);
    for (std::uint32_t i = 0; i < dag.dependencies.size(); ++i) {
        const DagDependency& dependency = dag.dependencies[i];
        if (dependency.resolved()) edges_[next[dag.source(dependency)]++] = i;
    }
}

}  // namespace reclint
