// Generated DAG files and Argo manifests for the benchmarks: the text in memory and on disk (made once per run), and
// the two measures every such benchmark compares: yaml-cpp parsing the text and the whole check.
#pragma once

#include <benchmark/benchmark.h>
#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <string>

#include "pipeline/check_run.hpp"

namespace reclint::bench {

inline constexpr std::uint64_t kNoSizeLimit = std::uint64_t{1} << 32;

struct GeneratedDag {
    std::string text;
    std::filesystem::path folder;  // holds dag.yaml
    GeneratedDag() = default;
    GeneratedDag(const GeneratedDag&) = delete;
    GeneratedDag& operator=(const GeneratedDag&) = delete;
    ~GeneratedDag() {
        std::error_code ignored;
        if (!folder.empty()) std::filesystem::remove_all(folder, ignored);
    }
    std::filesystem::path file() const { return folder / "dag.yaml"; }
};

// The DAG `make()` returns the text of, generated on the first call with `key` and kept for the
// run; `key` also names its temporary folder.
template <typename Make>
const GeneratedDag& generated_dag(const std::string& key, Make make) {
    static std::map<std::string, GeneratedDag> made;
    const auto found = made.find(key);
    if (found != made.end()) return found->second;
    GeneratedDag& dag = made[key];
    dag.text = make();
    dag.folder = std::filesystem::temp_directory_path() / ("reclint-bench-" + key);
    std::filesystem::create_directories(dag.folder);
    std::ofstream(dag.file(), std::ios::binary) << dag.text;
    return dag;
}

inline void parse_with_yaml_cpp(benchmark::State& state, const GeneratedDag& dag) {
    for (auto _ : state)
        benchmark::DoNotOptimize(YAML::Load(dag.text));
}

// `reclint check dag.yaml` on one thread, without a config; the generated DAG must be clean.
inline void check_whole(benchmark::State& state, const GeneratedDag& dag) {
    CheckRequest request;
    request.cwd = dag.folder;
    request.paths = {"dag.yaml"};
    request.config.mode = ConfigChoice::Mode::none;
    request.max_file_size = kNoSizeLimit;
    request.jobs = 1;
    for (auto _ : state) {
        const CheckResult result = run_check(request);
        if (!result.diagnostics.empty()) state.SkipWithError("the generated DAG is not clean");
    }
}

}  // namespace reclint::bench
