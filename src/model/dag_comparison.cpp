#include "model/dag_comparison.hpp"

#include <string_view>
#include <unordered_set>

namespace reclint {

namespace {

struct Edge {
    std::string_view job;
    std::string_view dependency;
    friend bool operator==(const Edge&, const Edge&) = default;
};

struct EdgeHash {
    std::size_t operator()(const Edge& edge) const {
        const std::hash<std::string_view> hash;
        return hash(edge.job) * 31 + hash(edge.dependency);
    }
};

using EdgeSet = std::unordered_set<Edge, EdgeHash>;
using NameSet = std::unordered_set<std::string_view>;

Edge edge_of(const Dag& dag, const DagDependency& dependency) {
    return {dag.jobs[dag.source(dependency)].name, dependency.name};
}

NameSet job_names(const Dag& dag) {
    NameSet names;
    for (const DagJob& job : dag.jobs)
        names.insert(job.name);
    return names;
}

EdgeSet edges_of(const Dag& dag) {
    EdgeSet edges;
    for (const DagDependency& dependency : dag.dependencies) {
        if (dependency.resolved()) edges.insert(edge_of(dag, dependency));
    }
    return edges;
}

std::vector<std::uint32_t> jobs_not_in(const Dag& dag, const NameSet& other) {
    std::vector<std::uint32_t> jobs;
    for (std::uint32_t i = 0; i < dag.jobs.size(); ++i) {
        if (dag.is_first(i) && !other.contains(dag.jobs[i].name)) jobs.push_back(i);
    }
    return jobs;
}

std::vector<std::uint32_t> dependencies_not_in(const Dag& dag, const EdgeSet& other) {
    std::vector<std::uint32_t> dependencies;
    EdgeSet seen;
    for (std::uint32_t i = 0; i < dag.dependencies.size(); ++i) {
        const DagDependency& dependency = dag.dependencies[i];
        if (!dependency.resolved()) continue;
        const Edge edge = edge_of(dag, dependency);
        if (seen.insert(edge).second && !other.contains(edge)) dependencies.push_back(i);
    }
    return dependencies;
}

}  // namespace

DagComparison compare_dags(const Dag& expected, const Dag& actual) {
    DagComparison comparison;
    comparison.missing_jobs = jobs_not_in(expected, job_names(actual));
    comparison.extra_jobs = jobs_not_in(actual, job_names(expected));
    comparison.missing_dependencies = dependencies_not_in(expected, edges_of(actual));
    comparison.extra_dependencies = dependencies_not_in(actual, edges_of(expected));
    return comparison;
}

}  // namespace reclint
