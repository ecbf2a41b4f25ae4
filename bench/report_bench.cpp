// What the pull-request outputs cost: logical paths and each format, against parsing the same file.
#include <benchmark/benchmark.h>

#include <sstream>

#include "engine/logical_path.hpp"
#include "report/github_reporter.hpp"
#include "report/json_reporter.hpp"
#include "report/sarif_reporter.hpp"
#include "report/summary_reporter.hpp"
#include "report/text_reporter.hpp"

namespace {

// A DAG file of `jobs` jobs, each with a misspelled key, and one diagnostic per misspelled key.
struct Findings {
    explicit Findings(int jobs) : file("dags/feed.yaml", text_of(jobs)) {
        const std::string& text = file.text();
        for (std::size_t at = text.find("dependency:"); at != std::string::npos;
             at = text.find("dependency:", at + 1)) {
            const auto begin = static_cast<std::uint32_t>(at);
            diagnostics.push_back({"schema/unknown-key",
                                   reclint::Severity::error,
                                   &file,
                                   {begin, begin + 10},
                                   "unknown key \"dependency\" in a job, did you mean \"dependencies\"?",
                                   {}});
        }
    }
    static std::string text_of(int jobs) {
        std::string text = "name: job-feed-daily\njobs:\n";
        for (int i = 0; i < jobs; ++i) {
            text += "  - name: job-" + std::to_string(i) + "\n    command: python run.py --part " + std::to_string(i) +
                    "\n    dependency: [job-" + std::to_string(i > 0 ? i - 1 : 0) + "]\n";
        }
        return text;
    }
    reclint::SourceFile file;
    std::vector<reclint::Diagnostic> diagnostics;
};

// The core counts every node against the alias limit; lift it so the whole file parses.
const reclint::YamlLimits kUnlimited{256, std::size_t(-1)};

const Findings& findings() {
    static const Findings instance(20'000);
    return instance;
}

void BM_parse_baseline(benchmark::State& state) {
    for (auto _ : state)
        benchmark::DoNotOptimize(reclint::parse_yaml(findings().file, kUnlimited));
}

void BM_logical_paths(benchmark::State& state) {
    const reclint::ParsedYaml parsed = reclint::parse_yaml(findings().file, kUnlimited);
    std::size_t length = 0;
    for (auto _ : state) {
        for (const reclint::Diagnostic& diagnostic : findings().diagnostics) {
            length += reclint::logical_path(parsed.documents, diagnostic.span).size();
        }
    }
    state.counters["path_bytes"] = static_cast<double>(length) / static_cast<double>(state.iterations());
    state.counters["diagnostics"] = static_cast<double>(findings().diagnostics.size());
}

template <typename Write>
void report_benchmark(benchmark::State& state, Write write) {
    const reclint::Report report{findings().diagnostics, 1};
    for (auto _ : state) {
        std::ostringstream out;
        write(out, report);
        benchmark::DoNotOptimize(out.str());
    }
}

void BM_text_report(benchmark::State& state) {
    report_benchmark(state,
                     [](std::ostream& out, const reclint::Report& r) { reclint::write_text_report(out, r, false); });
}
void BM_json_report(benchmark::State& state) {
    report_benchmark(state, [](std::ostream& out, const reclint::Report& r) { reclint::write_json_report(out, r); });
}
void BM_github_report(benchmark::State& state) {
    report_benchmark(state,
                     [](std::ostream& out, const reclint::Report& r) { reclint::write_github_report(out, r, true); });
}
void BM_sarif_report(benchmark::State& state) {
    report_benchmark(state, [](std::ostream& out, const reclint::Report& r) { reclint::write_sarif_report(out, r); });
}
void BM_summary(benchmark::State& state) {
    report_benchmark(state, [](std::ostream& out, const reclint::Report& r) { reclint::write_summary(out, r, {}); });
}

}  // namespace

BENCHMARK(BM_parse_baseline)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_logical_paths)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_text_report)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_json_report)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_github_report)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_sarif_report)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_summary)->Unit(benchmark::kMillisecond);
