// table/missing-dependency on DAG files of 100,000 jobs that each write a table and read several:
// 10,000 and 100,000 jobs reading tables of nearby jobs (the growth: ten times the jobs should cost
// about ten times the time), and 100,000 jobs in a chain reading tables of jobs anywhere before
// them (the reachability questions span the whole DAG). Measures the rule alone and the whole
// check against yaml-cpp parsing the same text (the baseline, in the same run).
#include <benchmark/benchmark.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <array>
#include <fstream>
#include <map>

#include "engine/check_run.hpp"
#include "engine/registry.hpp"
#include "load/input_loader.hpp"

namespace {

namespace fs = std::filesystem;
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
constexpr std::uint64_t kNoSizeLimit = std::uint64_t{1} << 32;

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

struct Corpus {
    std::string text;
    fs::path folder;
    ~Corpus() {
        std::error_code ignored;
        fs::remove_all(folder, ignored);
    }
};

const Corpus& corpus(std::int64_t index) {
    static std::map<std::int64_t, Corpus> made;
    const auto found = made.find(index);
    if (found != made.end()) return found->second;
    Corpus& corpus = made[index];
    corpus.text = dag_text(kShapes[static_cast<std::size_t>(index)]);
    corpus.folder = fs::temp_directory_path() / ("reclint-bench-tables-" + std::to_string(index));
    fs::create_directories(corpus.folder);
    std::ofstream(corpus.folder / "dag.yaml", std::ios::binary) << corpus.text;
    return corpus;
}

void describe(benchmark::State& state, const Corpus& corpus) {
    state.SetLabel(kShapes[static_cast<std::size_t>(state.range(0))].name);
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * corpus.text.size()));
}

void BM_TableYamlCppParse(benchmark::State& state) {
    const Corpus& input = corpus(state.range(0));
    for (auto _ : state)
        benchmark::DoNotOptimize(YAML::Load(input.text));
    describe(state, input);
}

void BM_TableWholeCheck(benchmark::State& state) {
    const Corpus& input = corpus(state.range(0));
    CheckRequest request;
    request.cwd = input.folder;
    request.paths = {"dag.yaml"};
    request.config.mode = ConfigChoice::Mode::none;
    request.max_file_size = kNoSizeLimit;
    request.jobs = 1;
    for (auto _ : state) {
        const CheckResult result = run_check(request);
        if (!result.diagnostics.empty()) state.SkipWithError("the generated DAG is not clean");
    }
    describe(state, input);
}

void BM_TableMissingDependency(benchmark::State& state) {
    const Corpus& input = corpus(state.range(0));
    const Config config;
    const Repository repository(config);
    const LoadedInput loaded =
        load_input({input.folder / "dag.yaml", true, true}, config, input.folder, kNoSizeLimit);
    const auto rules = registered_rules();
    const auto rule = std::find_if(rules.begin(), rules.end(), [](const Rule* each) {
        return each->info().id == "table/missing-dependency";
    });
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
