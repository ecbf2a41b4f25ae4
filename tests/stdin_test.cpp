// `reclint check --stdin-filename PATH -`: standard input checked as if it were PATH.
#include <catch2/catch.hpp>

#include "test_support.hpp"

using namespace reclint::testing;

namespace {

const std::vector<std::string> kStdinFeed = {"check", "--color", "never", "--stdin-filename", "dags/feed.yaml", "-"};

// An experiment in January 2027's week `week` (1-4), so that experiments of other weeks do not overlap.
std::string experiment(const std::string& name, const std::string& salt, int week) {
    const std::string start = std::to_string(10 + 7 * (week - 1)) + "\n";
    const std::string end = std::to_string(16 + 7 * (week - 1)) + "\n";
    return "kind: Experiment\nname: " + name +
           "\nowner: recommendation\ndescription: d\nsurface: search\ntype: ab\nstart: 2027-01-" + start +
           "end: 2027-01-" + end + "salt: " + salt +
           "\nvariants:\n  - {name: control, control: true, weight: 50, source: recsys.baseline}\n"
           "  - {name: treatment, weight: 50, source: recsys.treatment}\n";
}

}  // namespace

TEST_CASE("stdin: the text on standard input is checked as PATH, the file on disk is ignored") {
    ScratchFolder folder;
    folder.write("dags/feed.yaml", kCleanDag);
    const RunResult broken = run_reclint_with_input(folder.path(), kStdinFeed, kBrokenDag);
    CHECK(broken.exit_code == 1);
    CHECK(broken.out == kBrokenDagFindings + "checked 1 file: 2 errors, 0 warnings\n");
    CHECK(read_text(folder.path() / "dags/feed.yaml") == kCleanDag);

    folder.write("dags/feed.yaml", kBrokenDag);
    const RunResult clean = run_reclint_with_input(folder.path(), kStdinFeed, kCleanDag);
    CHECK(clean.exit_code == 0);
    CHECK(clean.out == "checked 1 file: no problems\n");
}

TEST_CASE("stdin: PATH need not exist on disk, and positions stay right under a BOM and CRLF") {
    ScratchFolder folder;
    std::string crlf;
    for (const char c : kBrokenDag)
        crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    const RunResult result = run_reclint_with_input(folder.path(), kStdinFeed, "\xEF\xBB\xBF" + crlf);
    CHECK(result.exit_code == 1);
    CHECK(result.out == kBrokenDagFindings + "checked 1 file: 2 errors, 0 warnings\n");
}

TEST_CASE("stdin: the config's kinds globs match PATH") {
    ScratchFolder folder;
    folder.write(".git/HEAD", "");
    folder.write(".reclint.yaml", "kinds:\n  \"dags/**\": dag\n");
    const RunResult result = run_reclint_with_input(folder.path(), kStdinFeed, "name: job-feed-daily\n");
    CHECK(result.exit_code == 1);
    CHECK(result.out ==
          "dags/feed.yaml:1:1: error: missing required key \"jobs\" in a DAG file [schema/invalid]\n"
          " 1 | name: job-feed-daily\n"
          "   | ^^^^^^^^^^^^^^^^^^^^\n"
          "checked 1 file: 1 error, 0 warnings\n");
}

TEST_CASE("stdin: the rest of the repository is context, and only PATH is reported on") {
    ScratchFolder folder;
    folder.write(".git/HEAD", "");
    folder.write("experiments/a.yaml", experiment("search_semantic", "salt_a", 1));
    folder.write("experiments/b.yaml", experiment("other", "salt_b", 2));
    const RunResult result = run_reclint_with_input(
        folder.path(), {"check", "--color", "never", "--stdin-filename", "experiments/c.yaml", "-"},
        experiment("search_semantic", "salt_b", 3));
    CHECK(result.exit_code == 1);
    CHECK(result.out ==
          "experiments/c.yaml:2:7: error: experiment name \"search_semantic\" is also used by another experiment "
          "[experiment/duplicate-name]\n"
          " 2 | name: search_semantic\n"
          "   |       ^^^^^^^^^^^^^^^\n"
          "experiments/a.yaml:2:7: note: another experiment named \"search_semantic\"\n"
          " 2 | name: search_semantic\n"
          "   |       ^^^^^^^^^^^^^^^\n"
          "experiments/c.yaml:9:7: error: salt \"salt_b\" is also used by experiment \"other\" "
          "[experiment/duplicate-salt]\n"
          " 9 | salt: salt_b\n"
          "   |       ^^^^^^\n"
          "experiments/b.yaml:9:7: note: experiment \"other\" uses salt \"salt_b\" here\n"
          " 9 | salt: salt_b\n"
          "   |       ^^^^^^\n"
          "checked 1 file: 2 errors, 0 warnings\n");
}

TEST_CASE("stdin: \"-\" needs --stdin-filename, and --stdin-filename needs \"-\" alone") {
    ScratchFolder folder;
    const RunResult bare = run_reclint_with_input(folder.path(), {"check", "-"}, kCleanDag);
    CHECK(bare.exit_code == 2);
    CHECK(bare.err == "reclint: error: \"-\" (standard input) needs --stdin-filename PATH, the path it stands for\n");
    const RunResult more =
        run_reclint_with_input(folder.path(), {"check", "--stdin-filename", "a.yaml", "-", "b"}, kCleanDag);
    CHECK(more.exit_code == 2);
    CHECK(more.err == "reclint: error: --stdin-filename checks standard input alone: give \"-\" as the only path\n");
    CHECK(more.out.empty());
}
