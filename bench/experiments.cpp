// The cross-file experiment rules on generated repositories of 1,000 and 10,000 experiments (and
// one holdout per 100), against parsing the same files in the same run. The rules must grow as
// n log n: a sweep per layer and per surface, never all pairs.
//
//   build/bench/reclint_bench --benchmark_filter=Experiments
#include <benchmark/benchmark.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <string>

#include "engine/registry.hpp"
#include "load/yaml_loader.hpp"
#include "model/overlap_sweep.hpp"
#include "pipeline/check_run.hpp"

namespace fs = std::filesystem;
using namespace reclint;

namespace {

constexpr const char* kCrossFileRules[] = {"experiment/duplicate-name", "experiment/duplicate-salt",
                                           "experiment/holdout", "experiment/layer-overlap",
                                           "experiment/surface-conflict"};

std::string date(int day_of_2027) {
    const std::chrono::sys_days day =
        std::chrono::sys_days(std::chrono::year(2027) / 1 / 1) + std::chrono::days(day_of_2027);
    const std::chrono::year_month_day ymd(day);
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                  static_cast<unsigned>(ymd.day()));
    return text;
}

// Experiment i of a repository: 100 experiments per surface, four traffic slices per week in the
// surface's main layer for existing users, every tenth one in an onboarding layer for new users.
// One in a hundred takes a wider slice than its neighbours, and one in five hundred all users of
// the onboarding layer: real conflicts, a few per hundred, as in a busy repository.
std::string experiment_text(int i, int holdouts) {
    const int surface = i / 100;
    const int within = i % 100;
    const bool onboarding = within % 10 == 9;
    const int slot = within % 4;
    const int week = (within / 4) % 25;
    const int from = slot * 25;
    const int to = within % 100 == 42 ? from + 30 : from + 25;
    std::string text = "kind: Experiment\nname: exp_" + std::to_string(i) +
                       "\nowner: recommendation\ndescription: Generated test " + std::to_string(i) +
                       "\nsurface: surface_" + std::to_string(surface) + "\ntype: ab\n";
    text += "segment: " + std::string(i % 500 == 499 ? "all" : onboarding ? "new_users" : "existing_users") + "\n";
    text += "start: " + date(7 * week) + "\nend: " + date(7 * week + 6) + "\n";
    if (onboarding) text += "layer: surface_" + std::to_string(surface) + "_onboarding\n";
    text += "traffic: [" + std::to_string(from) + ", " + std::to_string(std::min(to, 100)) + "]\n";
    text += "holdout: holdout_" + std::to_string(i % holdouts) + "\n";
    text +=
        "variants:\n  - {name: control, control: true, weight: 50, source: recsys.baseline}\n"
        "  - {name: candidate, weight: 50, source: recsys.candidate_" +
        std::to_string(i) + "}\n";
    return text;
}

std::string holdout_text(int i) {
    return "kind: Holdout\nname: holdout_" + std::to_string(i) +
           "\nunit: user_id\npercent: 5\nstart: 2027-01-01\nend: 2027-12-31\n";
}

// A generated repository on disk, loaded once per size.
struct GeneratedRepository {
    fs::path folder;
    std::vector<std::unique_ptr<SourceFile>> sources;  // the same files, for the parse baseline
    CheckResult loaded;
};

const GeneratedRepository& repository_of(int experiments) {
    static std::map<int, std::unique_ptr<GeneratedRepository>> made;
    auto& slot = made[experiments];
    if (slot) return *slot;
    slot = std::make_unique<GeneratedRepository>();
    slot->folder = fs::temp_directory_path() / ("reclint-bench-experiments-" + std::to_string(experiments));
    fs::remove_all(slot->folder);
    fs::create_directories(slot->folder / "experiments");
    fs::create_directories(slot->folder / "holdouts");
    const int holdouts = std::max(1, experiments / 100);
    const auto write = [&slot](const fs::path& path, const std::string& text) {
        std::ofstream(slot->folder / path) << text;
        slot->sources.push_back(std::make_unique<SourceFile>(path.generic_string(), text));
    };
    for (int i = 0; i < experiments; ++i)
        write("experiments/exp_" + std::to_string(i) + ".yaml", experiment_text(i, holdouts));
    for (int i = 0; i < holdouts; ++i)
        write("holdouts/holdout_" + std::to_string(i) + ".yaml", holdout_text(i));
    CheckRequest request;
    request.cwd = slot->folder;
    request.config.mode = ConfigChoice::Mode::none;
    request.jobs = 1;
    slot->loaded = run_check(request);
    return *slot;
}

// Baseline: yaml-cpp parsing the same files into node trees, on one thread.
void BM_ExperimentsParseOnly(benchmark::State& state) {
    const GeneratedRepository& generated = repository_of(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        for (const auto& source : generated.sources)
            benchmark::DoNotOptimize(parse_yaml(*source));
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
    state.SetComplexityN(state.range(0));
}

// The five cross-file experiment rules over the loaded repository.
void BM_ExperimentsCrossFileRules(benchmark::State& state) {
    const GeneratedRepository& generated = repository_of(static_cast<int>(state.range(0)));
    std::size_t found = 0;
    for (auto _ : state) {
        std::vector<Diagnostic> sink;
        for (const char* id : kCrossFileRules) {
            const Rule* rule = find_rule(id);
            RuleContext context(rule->info(), Severity::error, sink);
            rule->check_repository(*generated.loaded.repository, context);
        }
        found = sink.size();
        benchmark::DoNotOptimize(sink.data());
    }
    state.counters["diagnostics"] = static_cast<double>(found);
    state.SetItemsProcessed(state.iterations() * state.range(0));
    state.SetComplexityN(state.range(0));
}

// Each cross-file rule alone.
void BM_ExperimentsEachRule(benchmark::State& state) {
    const GeneratedRepository& generated = repository_of(static_cast<int>(state.range(0)));
    const Rule* rule = find_rule(kCrossFileRules[state.range(1)]);
    state.SetLabel(std::string(rule->info().id));
    for (auto _ : state) {
        std::vector<Diagnostic> sink;
        RuleContext context(rule->info(), Severity::error, sink);
        rule->check_repository(*generated.loaded.repository, context);
        benchmark::DoNotOptimize(sink.data());
    }
}

// The floor under any cross-file rule: one pass reading every experiment's name, dates, layer
// and holdout. At 10,000 experiments the models no longer fit in the cache, and this linear
// pass slows down per experiment as much as the rules do.
void BM_ExperimentsModelWalk(benchmark::State& state) {
    const GeneratedRepository& generated = repository_of(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        std::size_t touched = 0;
        for (const auto& file : generated.loaded.repository->files()) {
            for (const Experiment& experiment : file->models.experiments) {
                touched += experiment.name->text.size() + experiment.layer_or_surface()->text.size() +
                           experiment.holdout->text.size() + (experiment.period() ? 1 : 0);
            }
        }
        benchmark::DoNotOptimize(touched);
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
    state.SetComplexityN(state.range(0));
}

// The sweep alone, on items in memory, in the worst case: every experiment of one layer runs at
// the same time, in overlapping traffic slices.
void BM_OverlapSweepCrowdedLayer(benchmark::State& state) {
    const auto count = static_cast<std::int64_t>(state.range(0));
    std::vector<SweepItem> items;
    for (std::int64_t i = 0; i < count; ++i) {
        const std::int64_t from = (i * 37) % 9000;
        items.push_back({{{(i % 30) * 86400, 0}, {(i % 30 + 60) * 86400, 0}}, SweepItem::kEveryone, from, from + 1000});
    }
    for (auto _ : state)
        benchmark::DoNotOptimize(find_meetings(items, SliceRule::overlapping));
    state.SetItemsProcessed(state.iterations() * state.range(0));
    state.SetComplexityN(state.range(0));
}

}  // namespace

BENCHMARK(BM_ExperimentsEachRule)->ArgsProduct({{1000, 10000}, {0, 1, 2, 3, 4}})->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ExperimentsModelWalk)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond)->Complexity(benchmark::oN);
BENCHMARK(BM_OverlapSweepCrowdedLayer)
    ->Arg(1000)
    ->Arg(10000)
    ->Arg(100000)
    ->Unit(benchmark::kMillisecond)
    ->Complexity(benchmark::oNLogN);
BENCHMARK(BM_ExperimentsParseOnly)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond)->Complexity(benchmark::oN);
BENCHMARK(BM_ExperimentsCrossFileRules)
    ->Arg(1000)
    ->Arg(10000)
    ->Unit(benchmark::kMillisecond)
    ->Complexity(benchmark::oNLogN);
