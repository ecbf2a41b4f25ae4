#include "model/dependency_reachability.hpp"

#include <algorithm>

#include "model/dag_cycles.hpp"

namespace reclint {

namespace {

constexpr std::size_t kMemoryWords = std::size_t{1} << 22;  // 32 MiB of bitsets at most
constexpr std::size_t kMaxWords = 64;                       // 4,096 targets per pass
constexpr std::uint32_t kNotTarget = kNoJob;

// The graph contracted to its components: which jobs each one holds.
struct Components {
    std::vector<std::uint32_t> of_job;
    std::vector<std::uint32_t> offsets;  // component c holds jobs[offsets[c], offsets[c + 1])
    std::vector<std::uint32_t> jobs;

    explicit Components(const DependencyGraph& graph) : of_job(component_numbers(graph)) {
        const std::uint32_t count = of_job.empty() ? 0 : *std::max_element(of_job.begin(), of_job.end()) + 1;
        offsets.assign(count + 1, 0);
        for (const std::uint32_t component : of_job)
            ++offsets[component + 1];
        for (std::size_t i = 1; i < offsets.size(); ++i)
            offsets[i] += offsets[i - 1];
        jobs.resize(of_job.size());
        std::vector<std::uint32_t> next(offsets.begin(), offsets.end() - 1);
        for (std::uint32_t job = 0; job < of_job.size(); ++job)
            jobs[next[of_job[job]]++] = job;
    }
    std::uint32_t count() const { return static_cast<std::uint32_t>(offsets.size() - 1); }
};

// A question that needs a pass: its components, and where its answer goes.
struct Pending {
    std::uint32_t from;    // the asking job's component
    std::uint32_t target;  // the component of the job it may depend on; smaller than `from`
    std::size_t answer;
};

class ReachabilityPasses {
  public:
    ReachabilityPasses(const DependencyGraph& graph, const Components& components, std::size_t words)
        : graph_(graph), components_(components), words_(words), slot_(components.count(), kNotTarget) {}

    // `pending` sorted by target; the group's distinct targets fit in one pass.
    void run(std::span<const Pending> group, std::vector<bool>& answers) {
        const std::uint32_t low = group.front().target;
        std::uint32_t high = 0, slots = 0;
        for (const Pending& each : group) {
            high = std::max(high, each.from);
            if (slot_[each.target] == kNotTarget) slot_[each.target] = slots++;
        }
        const std::size_t rows = high - low + 1;
        bits_.assign(rows * words_, 0);
        reaches_any_.assign(rows, false);
        for (std::uint32_t component = low; component <= high; ++component)
            fill_row(component, low);
        for (const Pending& each : group) {
            const std::uint32_t slot = slot_[each.target];
            answers[each.answer] = (row(each.from, low)[slot / 64] >> (slot % 64)) & 1U;
        }
        for (const Pending& each : group)
            slot_[each.target] = kNotTarget;
    }

  private:
    std::uint64_t* row(std::uint32_t component, std::uint32_t low) { return bits_.data() + (component - low) * words_; }

    // The targets `component` reaches: itself when it is one, and what its dependencies reach.
    void fill_row(std::uint32_t component, std::uint32_t low) {
        std::uint64_t* bits = row(component, low);
        bool any = false;
        if (const std::uint32_t slot = slot_[component]; slot != kNotTarget) {
            bits[slot / 64] |= std::uint64_t{1} << (slot % 64);
            any = true;
        }
        for (std::uint32_t i = components_.offsets[component]; i < components_.offsets[component + 1]; ++i) {
            for (const std::uint32_t edge : graph_.dependencies_of(components_.jobs[i])) {
                const std::uint32_t reached = components_.of_job[graph_.target(edge)];
                if (reached == component || reached < low || !reaches_any_[reached - low]) continue;
                const std::uint64_t* from = row(reached, low);
                for (std::size_t w = 0; w < words_; ++w)
                    bits[w] |= from[w];
                any = true;
            }
        }
        reaches_any_[component - low] = any;
    }

    const DependencyGraph& graph_;
    const Components& components_;
    std::size_t words_;
    std::vector<std::uint32_t> slot_;  // of a target of the current pass: its bit
    std::vector<std::uint64_t> bits_;
    std::vector<bool> reaches_any_;  // a row with a bit set
};

}  // namespace

std::vector<bool> depends_transitively(const DependencyGraph& graph, std::span<const DependencyQuestion> questions) {
    std::vector<bool> answers(questions.size(), false);
    if (questions.empty()) return answers;
    const Components components(graph);
    std::vector<Pending> pending;
    for (std::size_t i = 0; i < questions.size(); ++i) {
        const std::uint32_t from = components.of_job[questions[i].job];
        const std::uint32_t target = components.of_job[questions[i].on];
        if (from == target) answers[i] = true;
        if (target < from) pending.push_back({from, target, i});
    }
    if (pending.empty()) return answers;
    std::sort(pending.begin(), pending.end(), [](const Pending& a, const Pending& b) { return a.target < b.target; });
    std::size_t distinct = 1;
    for (std::size_t i = 1; i < pending.size(); ++i)
        distinct += pending[i].target != pending[i - 1].target;
    const std::size_t words =
        std::clamp<std::size_t>(std::min(kMemoryWords / components.count(), (distinct + 63) / 64), 1, kMaxWords);
    ReachabilityPasses passes(graph, components, words);
    for (std::size_t first = 0; first < pending.size();) {
        std::size_t last = first, targets = 0;
        for (; last < pending.size(); ++last) {
            const bool new_target = last == first || pending[last].target != pending[last - 1].target;
            if (new_target && targets == words * 64) break;
            targets += new_target ? 1 : 0;
        }
        passes.run(std::span(pending).subspan(first, last - first), answers);
        first = last;
    }
    return answers;
}

}  // namespace reclint
