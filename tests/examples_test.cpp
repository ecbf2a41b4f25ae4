// The bundled example repository: examples/ is clean, and each experiment, DAG, table and Argo
// mistake in examples/broken/README.md is caught where the README says.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "test_support.hpp"

using namespace reclint::testing;

namespace {

// "rule file:line:column" of every diagnostic, from the JSON report.
std::vector<std::string> findings(const RunResult& result) {
    std::vector<std::string> found;
    const nlohmann::json report = nlohmann::json::parse(result.out);
    for (const auto& diagnostic : report["diagnostics"]) {
        found.push_back(diagnostic["rule"].get<std::string>() + " " + diagnostic["file"].get<std::string>() + ":" +
                        std::to_string(diagnostic["line"].get<int>()) + ":" +
                        std::to_string(diagnostic["column"].get<int>()));
    }
    return found;
}

bool contains(const std::vector<std::string>& found, const std::string& finding) {
    return std::find(found.begin(), found.end(), finding) != found.end();
}

}  // namespace

TEST_CASE("the example repository is clean") {
    const RunResult result = run_reclint_in(source_dir() / "examples", {"check", "--today", "2026-12-01"});
    INFO(result.out << result.err);
    CHECK(result.exit_code == 0);
    CHECK(result.out.ends_with(": no problems\n"));
}

TEST_CASE("the broken examples show the experiment mistakes") {
    const RunResult result = run_reclint_in(source_dir() / "examples/broken",
                                            {"check", "--today", "2026-12-01", "--format", "json", "experiments"});
    INFO(result.out << result.err);
    CHECK(result.exit_code == 1);
    const std::vector<std::string> found = findings(result);
    CHECK(contains(found, "experiment/weights experiments/job_feed_three_way.yaml:11:1"));
    CHECK(contains(found, "experiment/unknown-value experiments/job_feed_three_way.yaml:5:10"));
    CHECK(contains(found, "experiment/layer-overlap experiments/job_feed_three_way.yaml:10:8"));
    CHECK(contains(found, "experiment/interleaving experiments/push_interleave.yaml:5:10"));
    CHECK(contains(found, "experiment/interleaving experiments/push_interleave.yaml:12:5"));
    CHECK(contains(found, "experiment/expired experiments/push_interleave.yaml:8:6"));
}

TEST_CASE("the broken examples show the DAG mistakes") {
    const RunResult result = run_reclint_in(source_dir() / "examples/broken", {"check", "--format", "json", "dags"});
    INFO(result.out << result.err);
    CHECK(result.exit_code == 1);
    const std::vector<std::string> found = findings(result);
    CHECK(contains(found, "dag/unknown-dependency dags/job_feed_graph.yaml:15:20"));
    CHECK(contains(found, "dag/cycle dags/job_feed_graph.yaml:20:20"));
    CHECK(contains(found, "dag/duplicate-job dags/job_feed_graph.yaml:29:11"));
}

TEST_CASE("the broken examples show the table mistakes") {
    const RunResult result =
        run_reclint_in(source_dir() / "examples/broken", {"check", "--today", "2026-12-01", "--format", "json"});
    INFO(result.out << result.err);
    CHECK(result.exit_code == 1);
    const std::vector<std::string> found = findings(result);
    // "build-graph" and "train" have misspelled dependency lists: their races only follow from that.
    CHECK_FALSE(contains(found, "table/missing-dependency dags/job_feed_graph.yaml:11:14"));
    CHECK_FALSE(contains(found, "table/missing-dependency dags/job_feed_graph.yaml:16:14"));
    CHECK(contains(found, "table/missing-dependency dags/job_feed_graph.yaml:24:14"));
    CHECK(contains(found, "table/unknown dags/job_feed_recent.yaml:7:35"));
    CHECK(contains(found, "table/multiple-producers dags/job_feed_recent.yaml:8:15"));
    CHECK(contains(found, "table/unknown experiments/job_feed_three_way.yaml:19:13"));
    CHECK(contains(found, "table/missing-columns experiments/job_feed_three_way.yaml:23:13"));
    CHECK(contains(found, "experiment/fallback experiments/job_feed_graph_v2.yaml:20:41"));
    CHECK(contains(found, "experiment/fallback experiments/push_interleave.yaml:13:13"));
    CHECK(contains(found, "experiment/fallback experiments/push_interleave.yaml:16:13"));
}

TEST_CASE("the broken examples show the Argo mistakes") {
    const RunResult result = run_reclint_in(source_dir() / "examples/broken", {"check", "--format", "json", "argo"});
    INFO(result.out << result.err);
    CHECK(result.exit_code == 1);
    const std::vector<std::string> found = findings(result);
    CHECK(contains(found, "argo/cron argo/job_feed_graph.yaml:8:24"));
    CHECK(contains(found, "argo/drift argo/job_feed_graph.yaml:12:15"));
    CHECK(contains(found, "argo/drift argo/job_feed_graph.yaml:23:21"));
    CHECK(contains(found, "argo/drift argo/job_feed_graph.yaml:25:25"));
    CHECK(contains(found, "argo/unknown-template argo/job_feed_graph.yaml:21:25"));
    CHECK(contains(found, "argo/depends argo/job_feed_graph.yaml:25:31"));
}
