// The DAG rules seen from the command line: a cycle in JSON, a generated chain read from YAML
// end to end, and names long enough to have crashed a recursive regular-expression matcher.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "test_support.hpp"

using namespace reclint::testing;

TEST_CASE("a cycle and a typo reported in json") {
    ScratchFolder folder;
    folder.write("dags/feed.yaml",
                 "name: job-feed-graph\n"
                 "jobs:\n"
                 "  - name: train\n"
                 "    command: python -m jobfeed.train\n"
                 "    dependencies: [evaluate, extract-interaction]\n"
                 "  - name: evaluate\n"
                 "    command: python -m jobfeed.evaluate\n"
                 "    dependencies: [publish]\n"
                 "  - name: publish\n"
                 "    command: python -m jobfeed.publish\n"
                 "    dependencies: [train]\n"
                 "  - name: extract-interactions\n"
                 "    command: python -m jobfeed.extract\n");
    const RunResult result = run_reclint_in(folder.path(), {"check", "--format", "json"});
    CHECK(result.exit_code == 1);
    const nlohmann::json expected = nlohmann::json::parse(R"({
      "version": 1,
      "tool": {"name": "reclint", "version": ")" RECLINT_VERSION R"("},
      "files_checked": 1,
      "diagnostics": [
        {"rule": "dag/unknown-dependency", "severity": "error",
         "message": "dependency on unknown job \"extract-interaction\", did you mean \"extract-interactions\"?",
         "file": "dags/feed.yaml", "line": 5, "column": 30, "end_line": 5, "end_column": 49, "notes": [],
         "fix": [{"file": "dags/feed.yaml", "line": 5, "column": 30, "end_line": 5, "end_column": 49,
                  "text": "extract-interactions"}]},
        {"rule": "dag/cycle", "severity": "error",
         "message": "dependency cycle: \"train\" -> \"evaluate\" -> \"publish\" -> \"train\"",
         "file": "dags/feed.yaml", "line": 11, "column": 20, "end_line": 11, "end_column": 25,
         "notes": [
           {"message": "\"train\" depends on \"evaluate\"", "file": "dags/feed.yaml", "line": 5, "column": 20},
           {"message": "\"evaluate\" depends on \"publish\"", "file": "dags/feed.yaml", "line": 8, "column": 20}
         ]}
      ],
      "summary": {"errors": 2, "warnings": 0, "infos": 0}
    })");
    CHECK(nlohmann::json::parse(result.out) == expected);
}

TEST_CASE("a generated chain of 20,000 jobs is checked from its YAML") {
    std::string text = "name: backfill\njobs:\n  - {name: day-0, command: x}\n";
    for (int day = 1; day < 20'000; ++day) {
        text += "  - {name: day-" + std::to_string(day) + ", command: x, dependencies: [day-" +
                std::to_string(day - 1) + "]}\n";
    }
    ScratchFolder folder;
    folder.write("chain.yaml", text);
    const RunResult clean = run_reclint_in(folder.path(), {"check", "chain.yaml"});
    CHECK(clean.exit_code == 0);
    CHECK(clean.out == "checked 1 file: no problems\n");

    // day-0 now waits for the last day: one cycle through all 20,000 jobs.
    text.replace(text.find("command: x}"), 11, "command: x, dependencies: [day-19999]}");
    folder.write("chain.yaml", text);
    const RunResult cycle = run_reclint_in(folder.path(), {"check", "--color", "never", "chain.yaml"});
    CHECK(cycle.exit_code == 1);
    // Reported where day-1 depends on day-0, the entry leading back to the first job.
    CHECK(
        cycle.out.starts_with("chain.yaml:4:46: error: dependency cycle of 20000 jobs: \"day-0\" "
                              "-> \"day-19999\" -> \"day-19998\" -> "
                              "\"day-19997\" -> \"day-19996\" -> \"day-19995\" -> ... -> \"day-6\" "
                              "-> \"day-5\" -> \"day-4\" -> "
                              "\"day-3\" -> \"day-2\" -> \"day-1\" -> \"day-0\" [dag/cycle]\n"));
    CHECK(cycle.out.ends_with("checked 1 file: 1 error, 0 warnings\n"));
}

TEST_CASE("a job name of 200,000 characters is matched without overflowing the stack") {
    const std::string name(200'000, 'a');
    ScratchFolder folder;
    folder.write("feed.yaml", "name: feed\njobs:\n  - name: " + name + "_\n    command: x\n  - name: " + name +
                                  "\n    command: x\n");
    const RunResult result = run_reclint_in(folder.path(), {"check", "--format", "json"});
    const nlohmann::json diagnostics = nlohmann::json::parse(result.out)["diagnostics"];
    REQUIRE(diagnostics.size() == 1);  // the name ending in "_" only
    CHECK(diagnostics[0]["rule"] == "naming/job");
    CHECK(diagnostics[0]["line"] == 3);
}
