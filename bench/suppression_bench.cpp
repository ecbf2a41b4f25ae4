// What reading suppression comments costs next to parsing, on the real Argo manifests: the parse
// (the baseline), the usual case (no `reclint:` in the file: one search), and the worst case (a
// directive in every file: the whole text is lexed for comments).
#include <benchmark/benchmark.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "engine/suppression_comments.hpp"
#include "load/yaml_comments.hpp"
#include "load/yaml_loader.hpp"

namespace {

namespace fs = std::filesystem;

const std::vector<reclint::SourceFile>& corpus() {
    static const std::vector<reclint::SourceFile> files = [] {
        std::vector<fs::path> paths;
        for (const auto& entry : fs::directory_iterator(fs::path(RECLINT_SHARED_DIR) / "corpus" / "argo-examples")) {
            if (entry.path().extension() == ".yaml") paths.push_back(entry.path());
        }
        std::sort(paths.begin(), paths.end());
        std::vector<reclint::SourceFile> loaded;
        for (const fs::path& path : paths) {
            std::ostringstream text;
            text << std::ifstream(path, std::ios::binary).rdbuf();
            loaded.emplace_back(path.filename().string(), text.str());
        }
        return loaded;
    }();
    return files;
}

void count_bytes(benchmark::State& state) {
    std::int64_t bytes = 0;
    for (const reclint::SourceFile& file : corpus())
        bytes += static_cast<std::int64_t>(file.text().size());
    state.SetBytesProcessed(bytes * static_cast<std::int64_t>(state.iterations()));
}

void BM_ParseCorpus(benchmark::State& state) {
    for (auto _ : state) {
        for (const reclint::SourceFile& file : corpus())
            benchmark::DoNotOptimize(reclint::parse_yaml(file));
    }
    count_bytes(state);
}

void BM_FindSuppressionsCorpus(benchmark::State& state) {
    for (auto _ : state) {
        for (const reclint::SourceFile& file : corpus())
            benchmark::DoNotOptimize(reclint::find_suppressions(file));
    }
    count_bytes(state);
}

void BM_FindCommentsCorpus(benchmark::State& state) {
    for (auto _ : state) {
        for (const reclint::SourceFile& file : corpus()) {
            benchmark::DoNotOptimize(reclint::find_yaml_comments(file.text()));
        }
    }
    count_bytes(state);
}

}  // namespace

BENCHMARK(BM_ParseCorpus)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FindSuppressionsCorpus)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FindCommentsCorpus)->Unit(benchmark::kMillisecond);
