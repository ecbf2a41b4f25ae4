// DAG files far larger than real ones: a chain of 100,000 and of 1,000,000 jobs, and 100,000 jobs
// with about 500,000 dependencies. Measures the whole check, its loading part and the graph rules
// alone, against yaml-cpp parsing the same text (the baseline, in the same run). The chain pair
// shows the growth: ten times the jobs should cost about ten times the time.
#include <algorithm>
#include <array>

#include "engine/registry.hpp"
#include "generated_dag.hpp"
#include "pipeline/input_loader.hpp"

namespace {

using namespace reclint;

struct Shape {
    const char* name;
    std::uint32_t jobs;
    bool wide;  // 5 dependencies among the 64 jobs before, instead of a chain
};
constexpr std::array<Shape, 3> kShapes = {{
    {"chain-100k", 100'000, false},
    {"chain-1M", 1'000'000, false},
    {"wide-100k-500k", 100'000, true},
}};

std::string dag_text(const Shape& shape) {
    std::string text = "name: generated\njobs:\n";
    std::uint64_t state = 42;
    for (std::uint32_t i = 0; i < shape.jobs; ++i) {
        text += "  - {name: job-" + std::to_string(i) + ", command: run";
        std::vector<std::uint32_t> picked;
        const std::uint32_t wanted = shape.wide ? std::min<std::uint32_t>(5, i) : std::min<std::uint32_t>(1, i);
        while (picked.size() < wanted) {
            state = state * 6364136223846793005ULL + 1442695040888963407ULL;
            const std::uint32_t back =
                shape.wide ? 1 + static_cast<std::uint32_t>((state >> 33) % std::min<std::uint32_t>(64, i)) : 1;
            if (std::find(picked.begin(), picked.end(), back) == picked.end()) picked.push_back(back);
        }
        for (std::size_t d = 0; d < picked.size(); ++d) {
            text += (d == 0 ? ", dependencies: [job-" : ", job-") + std::to_string(i - picked[d]);
        }
        text += picked.empty() ? "}\n" : "]}\n";
    }
    return text;
}

const bench::GeneratedDag& corpus(std::int64_t index) {
    return bench::generated_dag("dag-" + std::to_string(index),
                                [index] { return dag_text(kShapes[static_cast<std::size_t>(index)]); });
}

void describe(benchmark::State& state, const bench::GeneratedDag& corpus) {
    state.SetLabel(kShapes[static_cast<std::size_t>(state.range(0))].name);
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * corpus.text.size()));
}

void BM_DagYamlCppParse(benchmark::State& state) {
    const bench::GeneratedDag& input = corpus(state.range(0));
    bench::parse_with_yaml_cpp(state, input);
    describe(state, input);
}

void BM_DagWholeCheck(benchmark::State& state) {
    const bench::GeneratedDag& input = corpus(state.range(0));
    bench::check_whole(state, input);
    describe(state, input);
}

// Read, parse into the node tree, schema validation and the models: the check without its rules.
void BM_DagLoadOnly(benchmark::State& state) {
    const bench::GeneratedDag& input = corpus(state.range(0));
    const Config config;
    for (auto _ : state) {
        benchmark::DoNotOptimize(load_input({input.file(), true, true}, config, input.folder, bench::kNoSizeLimit));
    }
    describe(state, input);
}

void run_rules(benchmark::State& state, bool redundant_only) {
    const bench::GeneratedDag& input = corpus(state.range(0));
    const Config config;
    const Repository repository(config);
    const LoadedInput loaded = load_input({input.file(), true, true}, config, input.folder, bench::kNoSizeLimit);
    std::vector<const Rule*> rules;
    for (const Rule* rule : registered_rules()) {
        const std::string_view id = rule->info().id;
        const bool graph_rule = id.starts_with("dag/") || id.starts_with("naming/");
        if (redundant_only ? id == "dag/redundant-dependency" : graph_rule && id != "dag/redundant-dependency") {
            rules.push_back(rule);
        }
    }
    for (auto _ : state) {
        std::vector<Diagnostic> diagnostics;
        for (const Rule* rule : rules) {
            RuleContext context(rule->info(), Severity::warning, diagnostics);
            rule->check_file(*loaded.file, repository, context);
        }
        benchmark::DoNotOptimize(diagnostics);
    }
    describe(state, input);
}

// dag/* (but redundant-dependency) and naming/*: what a default check runs on a DAG file.
void BM_DagGraphRules(benchmark::State& state) {
    run_rules(state, false);
}
// Off by default; its search is bounded per job.
void BM_DagRedundantDependency(benchmark::State& state) {
    run_rules(state, true);
}

}  // namespace

BENCHMARK(BM_DagYamlCppParse)->DenseRange(0, 2)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DagWholeCheck)->DenseRange(0, 2)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DagLoadOnly)->DenseRange(0, 2)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DagGraphRules)->DenseRange(0, 2)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DagRedundantDependency)->DenseRange(0, 2)->Unit(benchmark::kMillisecond);
