// Very large DAGs are checked correctly and without recursion: a chain of 1,000,000 jobs and a
// DAG of 100,000 jobs with about 500,000 dependencies. The models are built in memory, so the
// test stays quick under the sanitizers; speed is measured in bench/dag_graph.cpp, not here.
#include <catch2/catch.hpp>

#include <deque>

#include "engine/registry.hpp"
#include "engine/rule.hpp"

using namespace reclint;

namespace {

// Owns the job names the Dag's string_views point into.
struct GeneratedDag {
    std::deque<std::string> names;
    Dag dag;

    void add_job(std::string name) {
        names.push_back(std::move(name));
        dag.jobs.push_back({names.back(), {}, {}});
    }
    void add_dependency(std::uint32_t job, std::uint32_t on) {
        dag.dependencies.push_back({job, dag.jobs[on].name, {}});
    }
};

GeneratedDag chain(std::uint32_t jobs) {
    GeneratedDag generated;
    for (std::uint32_t i = 0; i < jobs; ++i) {
        generated.add_job("job-" + std::to_string(i));
        if (i > 0) generated.add_dependency(i, i - 1);
    }
    return generated;
}

// Each job depends on 5 distinct jobs among the 64 before it, picked by a fixed generator.
GeneratedDag wide(std::uint32_t jobs) {
    GeneratedDag generated;
    std::uint64_t state = 42;
    for (std::uint32_t i = 0; i < jobs; ++i) {
        generated.add_job("job-" + std::to_string(i));
        std::vector<std::uint32_t> picked;
        while (picked.size() < std::min<std::uint32_t>(5, i)) {
            state = state * 6364136223846793005ULL + 1442695040888963407ULL;
            const std::uint32_t back = 1 + static_cast<std::uint32_t>((state >> 33) % std::min<std::uint32_t>(64, i));
            if (std::find(picked.begin(), picked.end(), back) != picked.end()) continue;
            picked.push_back(back);
            generated.add_dependency(i, i - back);
        }
    }
    return generated;
}

// Every dag/* and naming/job rule, the off-by-default redundant-dependency one included; or only
// the rule `only`.
std::vector<Diagnostic> check(const Dag& dag, std::string_view only = {}) {
    const Config config;
    const Repository repository(config);
    InputFile file(SourceFile("big.yaml", ""));
    file.models.dags.push_back(dag);
    file.models.dags.back().link();
    std::vector<Diagnostic> diagnostics;
    for (const Rule* rule : registered_rules()) {
        const std::string_view id = rule->info().id;
        if (only.empty() ? !id.starts_with("dag/") && id != "naming/job" : id != only) continue;
        RuleContext context(rule->info(), Severity::error, diagnostics);
        rule->check_file(file, repository, context);
    }
    return diagnostics;
}

}  // namespace

TEST_CASE("a chain of a million jobs is checked without recursion", "[large]") {
    GeneratedDag generated = chain(1'000'000);
    CHECK(check(generated.dag).empty());

    // Closing the chain makes one cycle of a million jobs: one diagnostic, a note per other edge.
    generated.add_dependency(0, 999'999);
    const std::vector<Diagnostic> diagnostics = check(generated.dag, "dag/cycle");
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics[0].rule == "dag/cycle");
    CHECK(diagnostics[0].message.starts_with(
        "dependency cycle of 1000000 jobs: \"job-0\" -> \"job-999999\" -> \"job-999998\" -> "));
    CHECK(diagnostics[0].message.ends_with("-> \"job-2\" -> \"job-1\" -> \"job-0\""));
    CHECK(diagnostics[0].notes.size() == 999'999);
}

TEST_CASE("a DAG of 100k jobs and 500k dependencies is checked", "[large]") {
    GeneratedDag generated = wide(100'000);
    CHECK(generated.dag.dependencies.size() == 499'985);
    // Redundancies are plentiful in such a random DAG; none of the other rules may fire.
    std::vector<Diagnostic> diagnostics = check(generated.dag);
    CHECK(!diagnostics.empty());
    std::erase_if(diagnostics, [](const Diagnostic& d) { return d.rule == "dag/redundant-dependency"; });
    CHECK(diagnostics.empty());

    // Two planted cycles, far apart: exactly two diagnostics.
    generated.add_dependency(10, 20'000);
    generated.add_dependency(50'000, 90'000);
    diagnostics = check(generated.dag, "dag/cycle");
    REQUIRE(diagnostics.size() == 2);
    CHECK(diagnostics[0].message.starts_with("dependency cycle of "));
}
