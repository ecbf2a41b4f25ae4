// reclint against its baselines, on the same files in the same run (docs/development.md, "Performance"): a full check
// against yaml-cpp parsing alone (same threads), against yamllint, at 1,000 and 10,000 files of a
// synthetic repository and on the real Argo corpus; the CLI's peak memory and start-up. Prints
// Google Benchmark's table, then the ratios. Run: build/bench/reclint_bench (docs/development.md, "Performance").
#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>

#include "engine/parallel.hpp"
#include "measure.hpp"
#include "pipeline/check_run.hpp"
#include "synthetic_repository.hpp"

namespace fs = std::filesystem;
using namespace reclint;
using namespace reclint::bench;

namespace {

// The fastest iteration of each measurement, and the peak memory where one was taken.
std::map<std::string, double> g_seconds;
std::map<std::string, double> g_peak_megabytes;

struct Corpus {
    fs::path root;
    InputFiles files;
};

const Corpus& synthetic(std::size_t files) {
    static std::map<std::size_t, Corpus> corpora;
    auto found = corpora.find(files);
    if (found == corpora.end()) {
        const fs::path root = fs::path(RECLINT_BENCH_DATA) / ("synthetic-" + std::to_string(files));
        write_synthetic_repository(root, {files});
        // The project root, and a repository of its own: an empty .git folder is no repository to
        // git, so the source tree's .gitignore (which ignores build/) would hide every file.
        if (!fs::exists(root / ".git" / "objects") &&
            std::system(("rm -rf '" + root.string() + "/.git' && git init -q '" + root.string() + "'").c_str()) != 0)
            std::abort();
        found = corpora.emplace(files, Corpus{root, find_input_files(root)}).first;
    }
    return found->second;
}

const Corpus& argo_corpus() {
    static const Corpus corpus = [] {
        const fs::path root = fs::path(RECLINT_SHARED_DIR) / "corpus" / "argo-examples";
        return Corpus{root, fs::exists(root) ? find_input_files(root) : InputFiles{}};
    }();
    return corpus;
}

const Corpus& corpus_of(const benchmark::State& state) {
    return state.range(0) == 0 ? argo_corpus() : synthetic(static_cast<std::size_t>(state.range(0)));
}

std::string corpus_name(const benchmark::State& state) {
    return state.range(0) == 0 ? "argo corpus" : std::to_string(state.range(0)) + " files";
}

void record(benchmark::State& state, const std::string& what, const Corpus& corpus, double seconds) {
    const std::string key = what + "/" + corpus_name(state);
    g_seconds[key] = g_seconds.contains(key) ? std::min(g_seconds[key], seconds) : seconds;
    state.SetIterationTime(seconds);
    state.counters["files"] = static_cast<double>(corpus.files.paths.size());
    state.counters["files/s"] = benchmark::Counter(static_cast<double>(corpus.files.paths.size()),
                                                   benchmark::Counter::kIsIterationInvariantRate);
}

// After the loop: Google Benchmark turns these into MB/s.
void count_bytes(benchmark::State& state, const Corpus& corpus) {
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * corpus.files.bytes));
}

template <typename Work>
double timed(Work&& work) {
    const auto start = std::chrono::steady_clock::now();
    work();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

void check_in_process(benchmark::State& state) {
    const Corpus& corpus = corpus_of(state);
    if (corpus.files.paths.empty()) return state.SkipWithError("no corpus (RECLINT_SHARED_DIR)");
    CheckRequest request;
    request.cwd = corpus.root;
    request.config.mode = ConfigChoice::Mode::discover;
    for (auto _ : state) {
        std::size_t checked = 0;
        const double seconds = timed([&] { checked = run_check(request).files_checked; });
        if (checked == 0) {
            state.SkipWithError("no file was checked");
            break;
        }
        record(state, "check", corpus, seconds);
    }
    count_bytes(state, corpus);
}

void yaml_cpp_parse_only(benchmark::State& state) {
    const Corpus& corpus = corpus_of(state);
    if (corpus.files.paths.empty()) return state.SkipWithError("no corpus (RECLINT_SHARED_DIR)");
    for (auto _ : state) {
        const double seconds = timed([&] { benchmark::DoNotOptimize(parse_only(corpus.files, 0)); });
        record(state, "parse", corpus, seconds);
    }
    count_bytes(state, corpus);
}

void yamllint(benchmark::State& state) {
    const Corpus& corpus = corpus_of(state);
    if (corpus.files.paths.empty()) return state.SkipWithError("no corpus (RECLINT_SHARED_DIR)");
    for (auto _ : state) {
        const ChildRun run = run_child("yamllint", {"-f", "parsable", "."}, corpus.root);
        if (run.exit_code < 0) return state.SkipWithError("yamllint is not installed (Debian: yamllint)");
        record(state, "yamllint", corpus, run.seconds);
    }
    count_bytes(state, corpus);
}

// The real binary as a user runs it: start-up and peak memory included.
void reclint_process(benchmark::State& state) {
    const Corpus& corpus = corpus_of(state);
    for (auto _ : state) {
        const ChildRun run = run_child(RECLINT_BINARY, {"check"}, corpus.root);
        record(state, "process", corpus, run.seconds);
        g_peak_megabytes[corpus_name(state)] = run.peak_megabytes;
        state.counters["peak_MB"] = run.peak_megabytes;
    }
    count_bytes(state, corpus);
}

void startup(benchmark::State& state) {
    const fs::path root = fs::path(RECLINT_BENCH_DATA) / "startup";
    write_synthetic_repository(root, {6});
    fs::create_directories(root / ".git");
    for (auto _ : state) {
        const ChildRun run = run_child(RECLINT_BINARY, {"check", "catalog.yaml"}, root);
        state.SetIterationTime(run.seconds);
        g_seconds["startup"] =
            g_seconds.contains("startup") ? std::min(g_seconds["startup"], run.seconds) : run.seconds;
    }
}

// The real corpus takes ~40 ms a run: the fastest of more runs is a steadier figure on a shared machine.
constexpr int kCorpusIterations = 15;

// The child processes run first: a child's peak memory counts its parent's at the time it was
// spawned (Linux keeps the high-water mark across exec), and the in-process runs grow this one.
BENCHMARK(startup)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(20);
BENCHMARK(reclint_process)->Arg(1000)->Arg(10000)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(yamllint)->Arg(0)->Arg(1000)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(check_in_process)->Arg(0)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(kCorpusIterations);
BENCHMARK(check_in_process)->Arg(1000)->Arg(10000)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(yaml_cpp_parse_only)->Arg(0)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(kCorpusIterations);
BENCHMARK(yaml_cpp_parse_only)->Arg(1000)->Arg(10000)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(3);

bool measured(const std::string& a, const std::string& b) {
    return g_seconds.contains(a) && g_seconds.contains(b) && g_seconds[b] > 0;
}

double ratio(const std::string& a, const std::string& b) {
    return g_seconds[a] / g_seconds[b];
}

// Only what this run measured: a filtered run prints the lines it has both sides of.
void print_summary() {
    std::printf("\nSummary (fastest iteration of each; targets from docs/development.md)\n");
    for (const std::string corpus : {"argo corpus", "1000 files", "10000 files"}) {
        if (!measured("check/" + corpus, "parse/" + corpus)) continue;
        std::printf("  %-12s check / yaml-cpp parse-only: %.2fx (target <= 1.5)", corpus.c_str(),
                    ratio("check/" + corpus, "parse/" + corpus));
        if (measured("yamllint/" + corpus, "check/" + corpus)) {
            std::printf("; yamllint / check: %.1fx (target >= 20)", ratio("yamllint/" + corpus, "check/" + corpus));
        }
        std::printf("\n");
    }
    if (measured("check/10000 files", "check/1000 files") && measured("parse/10000 files", "parse/1000 files")) {
        std::printf("  growth 1,000 -> 10,000 files: check %.1fx, parse-only %.1fx (linear: 10x)\n",
                    ratio("check/10000 files", "check/1000 files"), ratio("parse/10000 files", "parse/1000 files"));
    }
    for (const std::string corpus : {"1000 files", "10000 files"}) {
        if (!g_peak_megabytes.contains(corpus)) continue;
        std::printf("  peak memory of `reclint check` on %s: %.0f MB (target < 300 at 10,000)\n", corpus.c_str(),
                    g_peak_megabytes[corpus]);
    }
    if (g_seconds.contains("startup")) {
        std::printf("  start-up (one small file, whole process): %.1f ms (target < 20)\n", g_seconds["startup"] * 1000);
    }
    std::printf("  threads: %u\n", default_thread_count());
}

}  // namespace

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    print_summary();
    return 0;
}
