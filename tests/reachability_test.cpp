// Many "does a depend on b" questions answered at once: the same answers as a search per question,
// on cycles, duplicates and unknown dependencies, and across several bitset passes.
#include <catch2/catch.hpp>

#include <random>

#include "model/dependency_reachability.hpp"

using namespace reclint;

namespace {

// Jobs named "j0", "j1", ... (each name once unless `duplicate_of` says otherwise) and edges.
struct GeneratedDag {
    std::vector<std::string> names;
    Dag dag;
};

std::unique_ptr<GeneratedDag> make_dag(std::size_t jobs,
                                       const std::vector<std::pair<std::uint32_t, std::uint32_t>>& edges,
                                       const std::vector<std::string>& extra_dependency_names = {}) {
    auto made = std::make_unique<GeneratedDag>();
    made->names.reserve(jobs + extra_dependency_names.size());
    for (std::size_t i = 0; i < jobs; ++i)
        made->names.push_back("j" + std::to_string(i));
    for (const std::string& name : extra_dependency_names)
        made->names.push_back(name);
    for (std::size_t i = 0; i < jobs; ++i)
        made->dag.jobs.push_back({made->names[i], {}, {}});
    for (const auto& [job, on] : edges)
        made->dag.dependencies.push_back({job, made->names[on], {}});
    made->dag.link();
    return made;
}

// The reference: a breadth-first search from `job` along dependencies.
bool searched(const DependencyGraph& graph, std::uint32_t job, std::uint32_t on) {
    if (job == on) return true;
    std::vector<bool> seen(graph.job_count(), false);
    std::vector<std::uint32_t> queue{job};
    seen[job] = true;
    for (std::size_t head = 0; head < queue.size(); ++head) {
        for (const std::uint32_t edge : graph.dependencies_of(queue[head])) {
            const std::uint32_t target = graph.target(edge);
            if (target == on) return true;
            if (!seen[target]) {
                seen[target] = true;
                queue.push_back(target);
            }
        }
    }
    return false;
}

// A number in [0, bound).
std::uint32_t below(std::mt19937& random, std::uint32_t bound) {
    return static_cast<std::uint32_t>(random() % bound);
}

std::vector<bool> answers_of(const Dag& dag, const std::vector<DependencyQuestion>& questions) {
    const DependencyGraph graph(dag);
    return depends_transitively(graph, questions);
}

}  // namespace

TEST_CASE("a job depends on what its dependencies depend on, not on what comes after it") {
    // j0 <- j1 <- j2, and j3 alone.
    const auto made = make_dag(4, {{1, 0}, {2, 1}});
    const std::vector<bool> answers = answers_of(made->dag, {{2, 0}, {2, 1}, {0, 2}, {1, 1}, {3, 0}, {0, 3}});
    CHECK(answers == std::vector<bool>{true, true, false, true, false, false});
}

TEST_CASE("jobs on one cycle depend on each other and on what the cycle depends on") {
    // j1 -> j2 -> j3 -> j1 is a cycle that depends on j0; j4 depends on the cycle.
    const auto made = make_dag(5, {{1, 2}, {2, 3}, {3, 1}, {3, 0}, {4, 2}});
    const std::vector<bool> answers = answers_of(made->dag, {{1, 3}, {3, 2}, {2, 0}, {4, 0}, {4, 1}, {0, 1}, {1, 4}});
    CHECK(answers == std::vector<bool>{true, true, true, true, true, false, false});
}

TEST_CASE("unknown dependencies and self-dependencies lead nowhere") {
    const auto made = make_dag(2, {{1, 1}, {1, 2}}, {"missing"});
    CHECK(answers_of(made->dag, {{1, 0}, {1, 1}}) == std::vector<bool>{false, true});
}

TEST_CASE("no questions, and a graph without jobs, need no work") {
    const auto made = make_dag(0, {});
    CHECK(answers_of(made->dag, {}).empty());
}

TEST_CASE("the answers match a search per question on random graphs with cycles") {
    std::mt19937 random(7);
    for (int round = 0; round < 30; ++round) {
        const std::uint32_t jobs = 1 + below(random, 60);
        std::vector<std::pair<std::uint32_t, std::uint32_t>> edges;
        for (std::uint32_t i = 0; i < jobs * 2; ++i) {
            const std::uint32_t job = below(random, jobs);
            // Mostly towards earlier jobs, sometimes backwards: a few cycles.
            const std::uint32_t on = below(random, 8) == 0 ? below(random, jobs) : below(random, job + 1);
            edges.emplace_back(job, on);
        }
        const auto made = make_dag(jobs, edges);
        const DependencyGraph graph(made->dag);
        std::vector<DependencyQuestion> questions;
        for (std::uint32_t i = 0; i < 200; ++i)
            questions.push_back({below(random, jobs), below(random, jobs)});
        const std::vector<bool> answers = depends_transitively(graph, questions);
        for (std::size_t i = 0; i < questions.size(); ++i) {
            INFO("round " << round << " question " << questions[i].job << " on " << questions[i].on);
            CHECK(answers[i] == searched(graph, questions[i].job, questions[i].on));
        }
    }
}

TEST_CASE("more targets than one bitset pass holds give the same answers") {
    // 9,000 jobs, each depending on two of the 100 before it; 9,000 distinct targets need
    // several passes of at most 4,096 targets.
    std::mt19937 random(11);
    const std::uint32_t jobs = 9'000;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> edges;
    for (std::uint32_t job = 1; job < jobs; ++job) {
        for (int k = 0; k < 2; ++k)
            edges.emplace_back(job, job - 1 - below(random, std::min(job, 100U)));
    }
    const auto made = make_dag(jobs, edges);
    const DependencyGraph graph(made->dag);
    std::vector<DependencyQuestion> questions;
    const std::uint32_t askers[] = {8'999, 8'500, 6'000, 4'097, 100};
    for (std::uint32_t on = 0; on < jobs; ++on)
        questions.push_back({askers[on % 5], on});
    const std::vector<bool> answers = depends_transitively(graph, questions);
    std::size_t yes = 0;
    for (const std::uint32_t asker : askers) {
        std::vector<bool> reached(jobs, false);
        std::vector<std::uint32_t> queue{asker};
        reached[asker] = true;
        for (std::size_t head = 0; head < queue.size(); ++head) {
            for (const std::uint32_t edge : graph.dependencies_of(queue[head])) {
                if (!reached[graph.target(edge)]) {
                    reached[graph.target(edge)] = true;
                    queue.push_back(graph.target(edge));
                }
            }
        }
        for (std::size_t i = 0; i < questions.size(); ++i) {
            if (questions[i].job != asker) continue;
            INFO("job " << asker << " on " << questions[i].on);
            CHECK(answers[i] == reached[questions[i].on]);
            yes += answers[i] ? 1 : 0;
        }
    }
    CHECK(yes > 1'000);  // the test asks about both outcomes
    CHECK(yes < 8'000);
}
