// table/missing-dependency on DAG files of 100,000 jobs that each write a table and read several:
// 10,000 and 100,000 jobs reading tables of nearby jobs (the growth: ten times the jobs should cost
// about ten times the time), and 100,000 jobs in a chain reading tables of jobs anywhere before
// them (the reachability questions span the whole DAG). Measures the rule alone and the whole
// check against yaml-cpp parsing the same text (the baseline, in the same run).
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
    bool far;  // a chain reading 3 tables of any earlier jobs, instead of nearby ones
};
constexpr std::array<Shape, 3> kShapes = {{
    {"near-10k", 10'000, false},
    {"near-100k", 100'000, false},
    {"far-chain-100k", 100'000, true},
}};

class Random {
  public:
    std::uint32_t below(std::uint32_t bound) {
        state_ = state_ * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<std::uint32_t>((state_ >> 33) % bound);
    }

  private:
    std::uint64_t state_ = 42;
};

std::string table(std::uint32_t job) {
    return "recsys.table_" + std::to_string(job);
}

std::string list(const std::vector<std::string>& items) {
    std::string text = "[";
    for (std::size_t i = 0; i < items.size(); ++i)
        text += (i == 0 ? "" : ", ") + items[i];
    return text + "]";
}

// Near: up to 3 dependencies among the 64 jobs before, reading their tables and the table of one
// dependency's dependency. Far: a chain, reading the tables of 3 jobs anywhere before. Both clean.
std::string dag_text(const Shape& shape) {
    std::string text = "name: generated\njobs:\n";
    Random random;
    std::vector<std::vector<std::uint32_t>> dependencies(shape.jobs);
    for (std::uint32_t i = 0; i < shape.jobs; ++i) {
        std::vector<std::uint32_t>& mine = dependencies[i];
        std::vector<std::string> inputs;
        if (shape.far) {
            if (i > 0) mine.push_back(i - 1);
            for (int k = 0; k < 3 && i > 0; ++k)
                inputs.push_back(table(random.below(i)));
        } else {
            while (mine.size() < std::min<std::uint32_t>(3, i)) {
                const std::uint32_t on = i - 1 - random.below(std::min<std::uint32_t>(64, i));
                if (std::find(mine.begin(), mine.end(), on) == mine.end()) mine.push_back(on);
            }
            for (const std::uint32_t on : mine)
                inputs.push_back(table(on));
            if (!mine.empty() && !dependencies[mine.front()].empty())
                inputs.push_back(table(dependencies[mine.front()].front()));
        }
        std::vector<std::string> names;
        for (const std::uint32_t on : mine)
            names.push_back("job-" + std::to_string(on));
        text += "  - {name: job-" + std::to_string(i) + ", command: run";
        if (!names.empty()) text += ", dependencies: " + list(names);
        if (!inputs.empty()) text += ", inputs: " + list(inputs);
        text += ", outputs: [" + table(i) + "]}\n";
    }
    return text;
}

const bench::GeneratedDag& corpus(std::int64_t index) {
    return bench::generated_dag("tables-" + std::to_string(index),
                                [index] { return dag_text(kShapes[static_cast<std::size_t>(index)]); });
}

void describe(benchmark::State& state, const bench::GeneratedDag& corpus) {
    state.SetLabel(kShapes[static_cast<std::size_t>(state.range(0))].name);
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * corpus.text.size()));
}

void BM_TableYamlCppParse(benchmark::State& state) {
    const bench::GeneratedDag& input = corpus(state.range(0));
    bench::parse_with_yaml_cpp(state, input);
    describe(state, input);
}

void BM_TableWholeCheck(benchmark::State& state) {
    const bench::GeneratedDag& input = corpus(state.range(0));
    bench::check_whole(state, input);
    describe(state, input);
}

void BM_TableMissingDependency(benchmark::State& state) {
    const bench::GeneratedDag& input = corpus(state.range(0));
    const Config config;
    const Repository repository(config);
    const LoadedInput loaded = load_input({input.file(), true, true}, config, input.folder, bench::kNoSizeLimit);
    const auto rules = registered_rules();
    const auto rule = std::find_if(rules.begin(), rules.end(),
                                   [](const Rule* each) { return each->info().id == "table/missing-dependency"; });
    for (auto _ : state) {
        std::vector<Diagnostic> diagnostics;
        RuleContext context((*rule)->info(), Severity::error, diagnostics);
        (*rule)->check_file(*loaded.file, repository, context);
        if (!diagnostics.empty()) state.SkipWithError("the generated DAG has a race");
    }
    describe(state, input);
}

}  // namespace

BENCHMARK(BM_TableYamlCppParse)->DenseRange(0, 2)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TableWholeCheck)->DenseRange(0, 2)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TableMissingDependency)->DenseRange(0, 2)->Unit(benchmark::kMillisecond);
