#include "model/dag_comparison.hpp"

#include <optional>
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

// The names of the jobs whose dependency list either graph does not know.
NameSet unknown_lists(const Dag& expected, const Dag& actual) {
    NameSet names;
    for (const Dag* dag : {&expected, &actual}) {
        for (const DagJob& job : dag->jobs) {
            if (job.dependencies_unknown) names.insert(job.name);
        }
    }
    return names;
}

// Its edge, unless it is unresolved or leaves a job in `skipped`.
std::optional<Edge> compared_edge(const Dag& dag, const DagDependency& dependency, const NameSet& skipped) {
    if (!dependency.resolved()) return std::nullopt;
    const Edge edge = edge_of(dag, dependency);
    if (skipped.contains(edge.job)) return std::nullopt;
    return edge;
}

EdgeSet edges_of(const Dag& dag, const NameSet& skipped) {
    EdgeSet edges;
    for (const DagDependency& dependency : dag.dependencies) {
        if (const auto edge = compared_edge(dag, dependency, skipped)) edges.insert(*edge);
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

std::vector<std::uint32_t> dependencies_not_in(const Dag& dag, const EdgeSet& other, const NameSet& skipped) {
    std::vector<std::uint32_t> dependencies;
    EdgeSet seen;
    for (std::uint32_t i = 0; i < dag.dependencies.size(); ++i) {
        const auto edge = compared_edge(dag, dag.dependencies[i], skipped);
        if (edge && seen.insert(*edge).second && !other.contains(*edge)) dependencies.push_back(i);
    }
    return dependencies;
}

}  // namespace

DagComparison compare_dags(const Dag& expected, const Dag& actual) {
    DagComparison comparison;
    comparison.missing_jobs = jobs_not_in(expected, job_names(actual));
    comparison.extra_jobs = jobs_not_in(actual, job_names(expected));
    const NameSet skipped = unknown_lists(expected, actual);
    comparison.missing_dependencies = dependencies_not_in(expected, edges_of(actual, skipped), skipped);
    comparison.extra_dependencies = dependencies_not_in(actual, edges_of(expected, skipped), skipped);
    return comparison;
}

}  // namespace reclint
