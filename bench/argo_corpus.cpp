// The Argo rules on real and on huge manifests. The 217 real examples of
// ../shared/corpus/argo-examples: yaml-cpp parsing them (the baseline), loading them (our parse,
// the schema and the models), the Argo and DAG rules alone, and the whole check. And one generated
// manifest whose DAG template has 10,000 or 100,000 tasks, each with a `depends` expression and
// `{{tasks...}}` references: the check must grow like the parse, linearly.
#include <benchmark/benchmark.h>
#include <yaml-cpp/yaml.h>

#include <fstream>
#include <map>
#include <sstream>

#include "engine/registry.hpp"
#include "generated_dag.hpp"
#include "load/walk.hpp"
#include "pipeline/check_run.hpp"
#include "pipeline/input_loader.hpp"

namespace {

namespace fs = std::filesystem;
using namespace reclint;

struct CorpusFile {
    fs::path path;
    std::string text;
};

const std::vector<CorpusFile>& corpus_files() {
    static const std::vector<CorpusFile> files = [] {
        std::vector<CorpusFile> read;
        const fs::path folder = fs::path(RECLINT_SHARED_DIR) / "corpus" / "argo-examples";
        for (const auto& entry : fs::recursive_directory_iterator(folder)) {
            if (!entry.is_regular_file() || entry.path().extension() != ".yaml") continue;
            std::ifstream in(entry.path(), std::ios::binary);
            std::ostringstream text;
            text << in.rdbuf();
            read.push_back({entry.path(), text.str()});
        }
        return read;
    }();
    return files;
}

std::int64_t corpus_bytes() {
    std::int64_t bytes = 0;
    for (const CorpusFile& file : corpus_files())
        bytes += static_cast<std::int64_t>(file.text.size());
    return bytes;
}

void describe_corpus(benchmark::State& state) {
    state.SetBytesProcessed(state.iterations() * corpus_bytes());
    state.counters["files/s"] = benchmark::Counter(static_cast<double>(state.iterations() * corpus_files().size()),
                                                   benchmark::Counter::kIsRate);
}

void BM_ArgoCorpusYamlCppParse(benchmark::State& state) {
    if (corpus_files().empty()) state.SkipWithError("no corpus at RECLINT_SHARED_DIR");
    for (auto _ : state) {
        for (const CorpusFile& file : corpus_files())
            benchmark::DoNotOptimize(YAML::LoadAll(file.text));
    }
    describe_corpus(state);
}

void BM_ArgoCorpusLoadOnly(benchmark::State& state) {
    const Config config;
    for (auto _ : state) {
        for (const CorpusFile& file : corpus_files()) {
            benchmark::DoNotOptimize(
                load_input({file.path, true, true}, config, file.path.parent_path(), bench::kNoSizeLimit));
        }
    }
    describe_corpus(state);
}

// Only argo/* and dag/*, on a repository loaded once.
void BM_ArgoCorpusArgoRules(benchmark::State& state) {
    CheckRequest request;
    request.cwd = fs::path(RECLINT_SHARED_DIR) / "corpus" / "argo-examples";
    request.config.mode = ConfigChoice::Mode::none;
    request.jobs = 1;
    const CheckResult loaded = run_check(request);
    std::vector<const Rule*> rules;
    for (const Rule* rule : registered_rules()) {
        const std::string_view id = rule->info().id;
        if (id.starts_with("argo/") || (id.starts_with("dag/") && id != "dag/redundant-dependency"))
            rules.push_back(rule);
    }
    for (auto _ : state) {
        std::vector<Diagnostic> diagnostics;
        for (const Rule* rule : rules) {
            RuleContext context(rule->info(), Severity::warning, diagnostics);
            for (const auto& file : loaded.repository->files())
                rule->check_file(*file, *loaded.repository, context);
            rule->check_repository(*loaded.repository, context);
        }
        benchmark::DoNotOptimize(diagnostics);
    }
    describe_corpus(state);
}

void BM_ArgoCorpusWholeCheck(benchmark::State& state) {
    CheckRequest request;
    request.cwd = fs::path(RECLINT_SHARED_DIR) / "corpus" / "argo-examples";
    request.config.mode = ConfigChoice::Mode::none;
    request.jobs = 1;
    for (auto _ : state)
        benchmark::DoNotOptimize(run_check(request));
    describe_corpus(state);
}

// A DAG template of `tasks` tasks: task i depends on i-1 (by its result) or on i-2, and passes
// the output of i-1 on.
std::string large_manifest(std::int64_t tasks) {
    std::string text =
        "apiVersion: argoproj.io/v1alpha1\nkind: Workflow\nmetadata:\n  generateName: large-\n"
        "spec:\n  entrypoint: main\n  templates:\n    - name: run\n      container: {image: "
        "busybox}\n"
        "    - name: main\n      dag:\n        tasks:\n";
    for (std::int64_t i = 0; i < tasks; ++i) {
        const std::string name = "t" + std::to_string(i);
        text += "          - name: " + name + "\n            template: run\n";
        if (i == 0) continue;
        const std::string previous = "t" + std::to_string(i - 1);
        text += "            depends: \"" + previous + ".Succeeded" +
                (i > 1 ? " || (t" + std::to_string(i - 2) + " && !" + previous + ".Failed)" : "") + "\"\n";
        text +=
            "            arguments:\n              parameters:\n                - {name: in, "
            "value: \"{{tasks." +
            previous + ".outputs.result}}\"}\n";
    }
    return text;
}

const bench::GeneratedDag& large(std::int64_t tasks) {
    return bench::generated_dag("argo-" + std::to_string(tasks), [&] { return large_manifest(tasks); });
}

void BM_ArgoLargeDagYamlCppParse(benchmark::State& state) {
    const bench::GeneratedDag& manifest = large(state.range(0));
    bench::parse_with_yaml_cpp(state, manifest);
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(manifest.text.size()));
}

void BM_ArgoLargeDagWholeCheck(benchmark::State& state) {
    const bench::GeneratedDag& manifest = large(state.range(0));
    bench::check_whole(state, manifest);
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(manifest.text.size()));
}

}  // namespace

BENCHMARK(BM_ArgoCorpusYamlCppParse)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ArgoCorpusLoadOnly)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ArgoCorpusArgoRules)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ArgoCorpusWholeCheck)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ArgoLargeDagYamlCppParse)->Arg(10'000)->Arg(100'000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ArgoLargeDagWholeCheck)->Arg(10'000)->Arg(100'000)->Unit(benchmark::kMillisecond);
