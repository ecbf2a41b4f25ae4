// dag/redundant-dependency: a dependency already implied through another one (off by default).
#include <algorithm>

#include "engine/rule.hpp"
#include "model/dependency_graph.hpp"
#include "text/quoted.hpp"

namespace reclint {
namespace {

// How many edges the search from one job may follow. Exact transitive reduction costs jobs x edges;
// with this bound the rule stays linear and can only miss a redundancy, never invent one.
constexpr std::size_t kEdgesPerJob = 2048;
constexpr std::uint32_t kOnCycle = kNoJob;

// The length of the longest chain of dependencies below each job, or kOnCycle for a job on or
// above a cycle (self-loops aside). A job can only reach jobs of a smaller depth, which prunes the
// search. Depth-first, with an explicit stack.
std::vector<std::uint32_t> dependency_depths(const DependencyGraph& graph) {
    enum : std::uint8_t { kNew, kOpen, kDone };
    std::vector<std::uint8_t> state(graph.job_count(), kNew);
    std::vector<std::uint32_t> depth(graph.job_count(), 0);
    const auto absorb = [&depth](std::uint32_t job, std::uint32_t below) {
        depth[job] = below == kOnCycle ? kOnCycle : std::max(depth[job], below + 1);
    };
    std::vector<std::pair<std::uint32_t, std::uint32_t>> frames;  // job, next edge
    for (std::uint32_t root = 0; root < graph.job_count(); ++root) {
        if (state[root] != kNew) continue;
        state[root] = kOpen;
        frames.emplace_back(root, 0);
        while (!frames.empty()) {
            const auto [job, next] = frames.back();
            const auto edges = graph.dependencies_of(job);
            if (next < edges.size()) {
                ++frames.back().second;
                const std::uint32_t target = graph.target(edges[next]);
                if (target == job) continue;
                if (state[target] == kNew) {
                    state[target] = kOpen;
                    frames.emplace_back(target, 0);
                } else {
                    absorb(job, state[target] == kOpen ? kOnCycle : depth[target]);
                }
                continue;
            }
            state[job] = kDone;
            frames.pop_back();
            if (!frames.empty()) absorb(frames.back().first, depth[job]);
        }
    }
    return depth;
}

struct Redundancy {
    std::uint32_t dependency;  // the redundant entry
    std::uint32_t through;     // the entry of the same job that already implies it
    bool direct;               // the job named by `through` lists it itself
};

// A breadth-first search from a job's direct dependencies for the others. The scratch arrays are
// stamped with the job being checked, so nothing is cleared between jobs.
class RedundancySearch {
  public:
    explicit RedundancySearch(const DependencyGraph& graph)
        : graph_(graph),
          depth_(dependency_depths(graph)),
          target_of_(graph.job_count(), kNoJob),
          visited_by_(graph.job_count(), kNoJob),
          found_by_(graph.job_count(), kNoJob),
          entry_(graph.job_count()),
          origin_(graph.job_count()),
          through_(graph.job_count()),
          direct_(graph.job_count()) {}

    std::vector<Redundancy> check(std::uint32_t job) {
        if (depth_[job] == kOnCycle || !collect_targets(job)) return {};
        search(job);
        std::vector<Redundancy> found;
        for (const std::uint32_t dependency : graph_.dependencies_of(job)) {
            const std::uint32_t target = graph_.target(dependency);
            if (found_by_[target] == job && entry_[target] == dependency) {
                found.push_back({dependency, entry_[through_[target]], direct_[target]});
            }
        }
        return found;
    }

  private:
    // The distinct direct dependencies of `job`; false when fewer than two.
    bool collect_targets(std::uint32_t job) {
        targets_.clear();
        for (const std::uint32_t dependency : graph_.dependencies_of(job)) {
            const std::uint32_t target = graph_.target(dependency);
            if (target == job || target_of_[target] == job) continue;
            target_of_[target] = job;
            entry_[target] = dependency;
            targets_.push_back(target);
        }
        return targets_.size() >= 2;
    }

    void search(std::uint32_t job) {
        std::uint32_t lowest = kOnCycle;
        for (const std::uint32_t target : targets_) {
            lowest = std::min(lowest, depth_[target]);
            visited_by_[target] = job;
            origin_[target] = target;
        }
        queue_ = targets_;
        std::size_t budget = kEdgesPerJob;
        for (std::size_t head = 0; head < queue_.size(); ++head) {
            const std::uint32_t from = queue_[head];
            for (const std::uint32_t dependency : graph_.dependencies_of(from)) {
                if (budget-- == 0) return;
                const std::uint32_t reached = graph_.target(dependency);
                if (target_of_[reached] == job && found_by_[reached] != job && reached != from) {
                    found_by_[reached] = job;
                    through_[reached] = origin_[from];
                    direct_[reached] = origin_[from] == from;
                }
                if (visited_by_[reached] == job || depth_[reached] <= lowest) continue;
                visited_by_[reached] = job;
                origin_[reached] = origin_[from];
                queue_.push_back(reached);
            }
        }
    }

    const DependencyGraph& graph_;
    std::vector<std::uint32_t> depth_;
    std::vector<std::uint32_t> target_of_, visited_by_, found_by_;  // stamped with the job checked
    std::vector<std::uint32_t> entry_;    // of a direct dependency: its first entry in the job's list
    std::vector<std::uint32_t> origin_;   // of a reached job: the direct dependency it was reached from
    std::vector<std::uint32_t> through_;  // of a redundant direct dependency: the one implying it
    std::vector<bool> direct_;
    std::vector<std::uint32_t> targets_, queue_;
};

class RedundantDependency final : public Rule {
  public:
    RedundantDependency()
        : Rule({"dag/redundant-dependency", Severity::off, "a dependency already implied through another one"}) {}

    void check_file(const InputFile& file, const Repository&, RuleContext& context) const override {
        for (const Dag& dag : file.models.dags) {
            const DependencyGraph graph(dag);
            RedundancySearch search(graph);
            for (std::uint32_t job = 0; job < graph.job_count(); ++job) {
                for (const Redundancy& found : search.check(job))
                    report(dag, job, found, file.source, context);
            }
        }
    }

  private:
    static void report(const Dag& dag, std::uint32_t job, const Redundancy& found, const SourceFile& source,
                       RuleContext& context) {
        const DagDependency& redundant = dag.dependencies[found.dependency];
        const DagDependency& through = dag.dependencies[found.through];
        context
            .report(source, redundant.span,
                    "dependency " + quoted(redundant.name) + " is redundant: " + quoted(dag.jobs[job].name) +
                        " already depends on it through " + quoted(through.name))
            .note(source, through.span,
                  quoted(through.name) + " depends on " + quoted(redundant.name) +
                      (found.direct ? "" : " through other " + std::string(dag.job_noun()) + "s"));
    }
};

}  // namespace
}  // namespace reclint

RECLINT_REGISTER_RULE(dag_redundant_dependency, reclint::RedundantDependency)
