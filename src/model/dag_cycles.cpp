#include "model/dag_cycles.hpp"

#include <algorithm>

namespace reclint {

namespace {

constexpr std::uint32_t kNone = kNoJob;

// Tarjan's strongly connected components with an explicit stack of frames instead of recursion.
class ComponentSearch {
  public:
    explicit ComponentSearch(const DependencyGraph& graph)
        : graph_(graph),
          index_(graph.job_count(), kNone),
          low_(graph.job_count(), 0),
          on_stack_(graph.job_count(), false),
          number_(graph.job_count(), kNone) {}

    // The components of two or more jobs, each sorted, in no particular order.
    std::vector<std::vector<std::uint32_t>> run() {
        for (std::uint32_t root = 0; root < graph_.job_count(); ++root) {
            if (index_[root] == kNone) search_from(root);
        }
        return std::move(components_);
    }

    // After run(): each job's component, numbered in the order the search completed them.
    std::vector<std::uint32_t> take_numbers() { return std::move(number_); }

  private:
    struct Frame {
        std::uint32_t job;
        std::uint32_t next_edge;
    };

    void enter(std::uint32_t job) {
        index_[job] = low_[job] = counter_++;
        stack_.push_back(job);
        on_stack_[job] = true;
        frames_.push_back({job, 0});
    }

    void search_from(std::uint32_t root) {
        enter(root);
        while (!frames_.empty()) {
            const std::uint32_t job = frames_.back().job;
            const auto edges = graph_.dependencies_of(job);
            if (frames_.back().next_edge < edges.size()) {
                const std::uint32_t target = graph_.target(edges[frames_.back().next_edge++]);
                if (index_[target] == kNone) {
                    enter(target);
                } else if (on_stack_[target]) {
                    low_[job] = std::min(low_[job], index_[target]);
                }
                continue;
            }
            frames_.pop_back();
            if (!frames_.empty()) low_[frames_.back().job] = std::min(low_[frames_.back().job], low_[job]);
            if (low_[job] == index_[job]) pop_component(job);
        }
    }

    void pop_component(std::uint32_t root) {
        std::vector<std::uint32_t> component;
        std::uint32_t job = kNone;
        do {
            job = stack_.back();
            stack_.pop_back();
            on_stack_[job] = false;
            number_[job] = completed_;
            component.push_back(job);
        } while (job != root);
        ++completed_;
        if (component.size() < 2) return;
        std::sort(component.begin(), component.end());
        components_.push_back(std::move(component));
    }

    const DependencyGraph& graph_;
    std::vector<std::uint32_t> index_, low_;
    std::vector<bool> on_stack_;
    std::vector<std::uint32_t> number_;
    std::vector<std::uint32_t> stack_;
    std::vector<Frame> frames_;
    std::uint32_t counter_ = 0;
    std::uint32_t completed_ = 0;
    std::vector<std::vector<std::uint32_t>> components_;
};

// A breadth-first search inside one component, from its first job back to it. The scratch
// arrays are shared by all components, so finding every cycle stays linear.
class CycleTracer {
  public:
    CycleTracer(const DependencyGraph& graph, const std::vector<std::uint32_t>& component_of)
        : graph_(graph),
          component_of_(component_of),
          reached_by_(graph.job_count(), kNone),
          visited_in_(graph.job_count(), kNone) {}

    std::vector<std::uint32_t> trace(std::uint32_t component, std::uint32_t start) {
        queue_.assign(1, start);
        visited_in_[start] = component;
        for (std::size_t head = 0; head < queue_.size(); ++head) {
            const std::uint32_t job = queue_[head];
            for (const std::uint32_t edge : graph_.dependencies_of(job)) {
                const std::uint32_t target = graph_.target(edge);
                if (target == job || component_of_[target] != component) continue;
                if (target == start) return path_to(job, edge, start);
                if (visited_in_[target] == component) continue;
                visited_in_[target] = component;
                reached_by_[target] = edge;
                queue_.push_back(target);
            }
        }
        return {};  // unreachable for a strongly connected component
    }

  private:
    std::vector<std::uint32_t> path_to(std::uint32_t job, std::uint32_t closing_edge, std::uint32_t start) const {
        std::vector<std::uint32_t> path{closing_edge};
        for (; job != start; job = graph_.dag().source(graph_.dag().dependencies[reached_by_[job]])) {
            path.push_back(reached_by_[job]);
        }
        std::reverse(path.begin(), path.end());
        return path;
    }

    const DependencyGraph& graph_;
    const std::vector<std::uint32_t>& component_of_;
    std::vector<std::uint32_t> reached_by_, visited_in_, queue_;
};

std::vector<std::uint32_t> component_of_jobs(std::uint32_t job_count, const std::vector<DagCycle>& cycles) {
    std::vector<std::uint32_t> component_of(job_count, kNone);
    for (std::uint32_t c = 0; c < cycles.size(); ++c) {
        for (const std::uint32_t job : cycles[c].jobs)
            component_of[job] = c;
    }
    return component_of;
}

}  // namespace

std::vector<DagCycle> find_cycles(const DependencyGraph& graph) {
    std::vector<DagCycle> cycles;
    for (auto& component : ComponentSearch(graph).run())
        cycles.push_back({std::move(component), {}});
    std::sort(cycles.begin(), cycles.end(),
              [](const DagCycle& a, const DagCycle& b) { return a.jobs.front() < b.jobs.front(); });
    const std::vector<std::uint32_t> component_of = component_of_jobs(graph.job_count(), cycles);
    CycleTracer tracer(graph, component_of);
    for (std::uint32_t c = 0; c < cycles.size(); ++c)
        cycles[c].path = tracer.trace(c, cycles[c].jobs.front());
    return cycles;
}

std::vector<std::uint32_t> component_numbers(const DependencyGraph& graph) {
    ComponentSearch search(graph);
    search.run();
    return search.take_numbers();
}

std::vector<bool> dependencies_on_cycles(const DependencyGraph& graph, const std::vector<DagCycle>& cycles) {
    const Dag& dag = graph.dag();
    const std::vector<std::uint32_t> component_of = component_of_jobs(graph.job_count(), cycles);
    std::vector<bool> on_cycle(dag.dependencies.size(), false);
    for (std::size_t i = 0; i < dag.dependencies.size(); ++i) {
        const DagDependency& dependency = dag.dependencies[i];
        if (!dependency.resolved()) continue;
        const std::uint32_t source = dag.source(dependency);
        on_cycle[i] = source == dependency.target ||
                      (component_of[source] != kNone && component_of[source] == component_of[dependency.target]);
    }
    return on_cycle;
}

}  // namespace reclint
