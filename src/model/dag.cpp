#include "model/dag.hpp"

#include <unordered_map>

namespace reclint {

void Dag::link() {
    std::unordered_map<std::string_view, std::uint32_t> first_by_name;
    first_by_name.reserve(jobs.size());
    for (std::uint32_t i = 0; i < jobs.size(); ++i) {
        jobs[i].first = first_by_name.try_emplace(jobs[i].name, i).first->second;
    }
    for (DagDependency& dependency : dependencies) {
        const auto found = first_by_name.find(dependency.name);
        dependency.target = found == first_by_name.end() ? kNoJob : found->second;
        if (!dependency.resolved()) jobs[dependency.job].dependencies_unknown = true;
    }
    for (const DagJob& job : jobs) {
        if (job.dependencies_unknown) jobs[job.first].dependencies_unknown = true;
    }
}

}  // namespace reclint
