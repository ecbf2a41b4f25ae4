// The text and json formats, compared whole.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "test_support.hpp"

using namespace reclint::testing;

namespace {

// One error with a note (a duplicate key), in a file with a multi-byte character before it.
const std::string kDag =
    "name: job-feed-daily\n"
    "option: {team: \"équipe\"}\n"
    "jobs:\n"
    "  - name: extract\n"
    "    command: python extract.py\n"
    "    command: python extract2.py\n";

}  // namespace

TEST_CASE("json output has exactly the documented shape") {
    ScratchFolder folder;
    folder.write("feed.yaml", kDag);
    const RunResult result = run_reclint_in(folder.path(), {"check", "--format", "json"});
    CHECK(result.exit_code == 1);
    const nlohmann::json expected = nlohmann::json::parse(R"({
      "version": 1,
      "tool": {"name": "reclint", "version": ")" RECLINT_VERSION R"("},
      "files_checked": 1,
      "diagnostics": [{
        "rule": "yaml/duplicate-key", "severity": "error", "message": "duplicate key \"command\"",
        "file": "feed.yaml", "line": 6, "column": 5, "end_line": 6, "end_column": 12,
        "notes": [{"message": "first defined here", "file": "feed.yaml", "line": 5, "column": 5}]
      }],
      "summary": {"errors": 1, "warnings": 0, "infos": 0}
    })");
    CHECK(nlohmann::json::parse(result.out) == expected);
    // Field order is part of the contract too.
    CHECK(result.out.find("\"version\"") < result.out.find("\"tool\""));
    CHECK(result.out.find("\"rule\"") < result.out.find("\"severity\""));
}

TEST_CASE("json output is laid out as an indented document, diagnostics or none") {
    ScratchFolder folder;
    folder.write("feed.yaml", kDag);
    folder.write("other/clean.yaml", "name: job-feed-other\njobs:\n  - name: extract\n    command: x\n");
    // What comes before the diagnostics, for one file checked.
    const std::string head =
        "{\n"
        "  \"version\": 1,\n"
        "  \"tool\": {\n"
        "    \"name\": \"reclint\",\n"
        "    \"version\": \"" RECLINT_VERSION
        "\"\n"
        "  },\n"
        "  \"files_checked\": 1,\n";
    CHECK(run_reclint_in(folder.path(), {"check", "--format", "json", "feed.yaml"}).out ==
          head +
              "  \"diagnostics\": [\n"
              "    {\n"
              "      \"rule\": \"yaml/duplicate-key\",\n"
              "      \"severity\": \"error\",\n"
              "      \"message\": \"duplicate key \\\"command\\\"\",\n"
              "      \"file\": \"feed.yaml\",\n"
              "      \"line\": 6,\n"
              "      \"column\": 5,\n"
              "      \"end_line\": 6,\n"
              "      \"end_column\": 12,\n"
              "      \"notes\": [\n"
              "        {\n"
              "          \"message\": \"first defined here\",\n"
              "          \"file\": \"feed.yaml\",\n"
              "          \"line\": 5,\n"
              "          \"column\": 5\n"
              "        }\n"
              "      ]\n"
              "    }\n"
              "  ],\n"
              "  \"summary\": {\n"
              "    \"errors\": 1,\n"
              "    \"warnings\": 0,\n"
              "    \"infos\": 0\n"
              "  }\n"
              "}\n");
    CHECK(run_reclint_in(folder.path(), {"check", "--format", "json", "other"}).out == head +
                                                                                           "  \"diagnostics\": [],\n"
                                                                                           "  \"summary\": {\n"
                                                                                           "    \"errors\": 0,\n"
                                                                                           "    \"warnings\": 0,\n"
                                                                                           "    \"infos\": 0\n"
                                                                                           "  }\n"
                                                                                           "}\n");
}

TEST_CASE("json columns count code points") {
    ScratchFolder folder;
    folder.write("feed.yaml", "name: job-feed-daily\njobs:\n  - {name: \"é\", command: x, dependency: [a]}\n");
    const RunResult result = run_reclint_in(folder.path(), {"check", "--format", "json"});
    const nlohmann::json diagnostics = nlohmann::json::parse(result.out)["diagnostics"];
    REQUIRE(diagnostics.size() == 2);
    // naming/job: the quoted name "é" is 3 characters (4 bytes) from column 12.
    CHECK(diagnostics[0]["rule"] == "naming/job");
    CHECK(diagnostics[0]["column"] == 12);
    CHECK(diagnostics[0]["end_column"] == 15);
    const nlohmann::json& diagnostic = diagnostics[1];
    CHECK(diagnostic["message"] == "unknown key \"dependency\" in a job, did you mean \"dependencies\"?");
    CHECK(diagnostic["column"] == 29);
    CHECK(diagnostic["end_column"] == 39);
}

TEST_CASE("text output with colors") {
    ScratchFolder folder;
    folder.write("feed.yaml", kDag);
    const RunResult result = run_reclint_in(folder.path(), {"check", "--color", "always"});
    CHECK(result.out ==
          "\x1b[1mfeed.yaml:6:5:\x1b[0m \x1b[1;31merror:\x1b[0m duplicate key \"command\" "
          "\x1b[2m[yaml/duplicate-key]\x1b[0m\n"
          " \x1b[1;34m6 |\x1b[0m     command: python extract2.py\n"
          " \x1b[1;34m  |\x1b[0m     \x1b[1;31m^^^^^^^\x1b[0m\n"
          "\x1b[1mfeed.yaml:5:5:\x1b[0m \x1b[1;36mnote:\x1b[0m first defined here\n"
          " \x1b[1;34m5 |\x1b[0m     command: python extract.py\n"
          " \x1b[1;34m  |\x1b[0m     \x1b[1;36m^^^^^^^\x1b[0m\n"
          "checked 1 file: 1 error, 0 warnings\n");
}

TEST_CASE("colors follow --color, the terminal, CI and NO_COLOR") {
    ScratchFolder folder;
    folder.write("feed.yaml", kDag);
    const auto has_color = [&](const std::vector<std::string>& arguments,
                               const std::vector<std::pair<std::string, std::string>>& variables) {
        return run_reclint_in(folder.path(), arguments, variables).out.find('\x1b') != std::string::npos;
    };
    CHECK_FALSE(has_color({"check"}, {}));  // auto, and not a terminal
    CHECK_FALSE(has_color({"check", "--color", "never"}, {}));
    CHECK(has_color({"check", "--color", "always"}, {{"CI", "true"}}));
    // FORCE_COLOR (set and not empty) colors a log that is not a terminal, also under CI.
    CHECK(has_color({"check"}, {{"FORCE_COLOR", "1"}, {"CI", "true"}}));
    CHECK_FALSE(has_color({"check"}, {{"FORCE_COLOR", ""}}));
    // NO_COLOR wins over FORCE_COLOR, and --color over both.
    CHECK_FALSE(has_color({"check"}, {{"FORCE_COLOR", "1"}, {"NO_COLOR", "1"}}));
    CHECK_FALSE(has_color({"check", "--color", "never"}, {{"FORCE_COLOR", "1"}}));
    CHECK(has_color({"check", "--color", "always"}, {{"NO_COLOR", "1"}}));
}

TEST_CASE("text output never passes control characters through") {
    ScratchFolder folder;
    folder.write("feed.yaml", "name: job-feed-daily\njobs:\n  - {name: a, command: x, \"\\e[31mred\": 1}\n");
    const RunResult result = run_reclint_in(folder.path(), {"check", "--color", "never"});
    CHECK(result.out ==
          "feed.yaml:3:27: error: unknown key \"\u241b[31mred\" in a job [schema/unknown-key]\n"
          " 3 |   - {name: a, command: x, \"\\e[31mred\": 1}\n"
          "   |                           ^^^^^^^^^^^\n"
          "checked 1 file: 1 error, 0 warnings\n");
}

TEST_CASE("text output shows a window of a long line") {
    ScratchFolder folder;
    const std::string key(400, 'x');
    folder.write("feed.yaml", "name: job-feed-daily\njobs:\n  - {name: a, command: x, " + key + ": 1}\n");
    const RunResult result = run_reclint_in(folder.path(), {"check", "--color", "never"});
    // The message quotes a name that long by its first 100 bytes (text/quoted.hpp).
    CHECK(result.out == "feed.yaml:3:27: error: unknown key \"" + key.substr(0, 100) +
                            "\u2026\" in a job [schema/unknown-key]\n"
                            " 3 |   - {name: a, command: x, " +
                            std::string(134, 'x') +
                            "\u2026\n"
                            "   | " +
                            std::string(26, ' ') + std::string(134, '^') +
                            "\n"
                            "checked 1 file: 1 error, 0 warnings\n");
}
