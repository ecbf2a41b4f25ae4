// What `--base` costs: `reclint check --base HEAD` against a plain check of the same git
// repository (a synthetic one of 1,000 and 10,000 files, committed, then ten files edited), in
// process, same threads. The ratio's target is 1.2x (docs/development.md, "Performance").
#include <benchmark/benchmark.h>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <map>
#include <string>

#include "pipeline/check_run.hpp"
#include "synthetic_repository.hpp"

namespace fs = std::filesystem;
using namespace reclint;

namespace {

// A git repository holding the synthetic files as one commit, with ten of them edited since.
fs::path git_corpus(std::size_t files) {
    fs::path root = fs::path(RECLINT_BENCH_DATA) / ("git-synthetic-" + std::to_string(files));
    if (!fs::exists(root / ".git" / "HEAD")) {
        fs::remove_all(root);
        bench::write_synthetic_repository(root, {files});
        const std::string commit = "cd '" + root.string() +
                                   "' && git init -q && git add -A && git -c user.name=bench "
                                   "-c user.email=bench@example.com commit -qm corpus";
        if (std::system(commit.c_str()) != 0) std::abort();
        std::size_t edited = 0;
        for (const auto& entry : fs::recursive_directory_iterator(root / "experiments")) {
            if (!entry.is_regular_file() || edited == 10) continue;
            std::ofstream(entry.path(), std::ios::app) << "# edited in the pull request\n";
            ++edited;
        }
    }
    return root;
}

void check_repository(benchmark::State& state, bool with_base) {
    const fs::path root = git_corpus(static_cast<std::size_t>(state.range(0)));
    CheckRequest request;
    request.cwd = root;
    request.config.mode = ConfigChoice::Mode::discover;
    request.jobs = 2;
    if (with_base) request.base = "HEAD";
    for (auto _ : state) {
        const auto start = std::chrono::steady_clock::now();
        const CheckResult result = run_check(request);
        state.SetIterationTime(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
        if (result.failed_to_read || result.stopped) state.SkipWithError("the check could not run");
        benchmark::DoNotOptimize(result.diagnostics.size());
    }
}

void base_plain_check(benchmark::State& state) {
    check_repository(state, false);
}

void base_check_with_base(benchmark::State& state) {
    check_repository(state, true);
}

}  // namespace

BENCHMARK(base_plain_check)->Arg(1000)->Arg(10000)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(base_check_with_base)->Arg(1000)->Arg(10000)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(3);
