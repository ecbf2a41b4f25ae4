// The github format: workflow commands that GitHub turns into annotations, escaped so that no
// message can start a command of its own, within GitHub's limits per step.
#include <catch2/catch.hpp>

#include "report/github_reporter.hpp"
#include "test_support.hpp"

using namespace reclint::testing;

namespace {

// A job with `count` keys that no job has.
std::string dag_with_unknown_keys(int count) {
    std::string text = "name: job-feed-daily\njobs:\n  - name: extract\n    command: python extract.py\n";
    for (int i = 0; i < count; ++i)
        text += "    unknown_" + std::to_string(i) + ": 1\n";
    return text;
}

std::string unknown_key_annotation(std::string_view kind, int key) {
    const std::string line = std::to_string(5 + key);
    const std::string end_column = std::to_string(14 + (key >= 10 ? 1 : 0));
    return "::" + std::string(kind) + " file=feed.yaml,line=" + line + ",col=5,endLine=" + line +
           ",endColumn=" + end_column + ",title=schema/unknown-key::unknown key \"unknown_" + std::to_string(key) +
           "\" in a job\n";
}

}  // namespace

TEST_CASE("github annotations carry the span, and columns only when it is on one line") {
    ScratchFolder folder;
    folder.write("dags/feed.yaml", kBrokenDag);
    const RunResult result = run_reclint_in(folder.path(), {"check", "--format", "github"});
    CHECK(result.exit_code == 1);
    CHECK(result.err.empty());
    CHECK(result.out ==
          "::error file=dags/feed.yaml,line=3,endLine=4,title=schema/invalid::a job needs one of "
          "\"command\" or "
          "\"commands\"\n"
          "::error "
          "file=dags/feed.yaml,line=4,col=5,endLine=4,endColumn=11,title=schema/"
          "unknown-key::unknown key "
          "\"comand\" in a job, did you mean \"command\"?\n"
          "checked 1 file: 2 errors, 0 warnings\n");
}

TEST_CASE("github annotations put errors before warnings") {
    ScratchFolder folder;
    folder.write("dags/feed.yaml", kBrokenDag);
    folder.write(".reclint.yaml", "rules: {schema/invalid: warning}\n");
    const RunResult result = run_reclint_in(folder.path(), {"check", "--format", "github"});
    CHECK(result.out ==
          "::error "
          "file=dags/feed.yaml,line=4,col=5,endLine=4,endColumn=11,title=schema/"
          "unknown-key::unknown key "
          "\"comand\" in a job, did you mean \"command\"?\n"
          "::warning file=dags/feed.yaml,line=3,endLine=4,title=schema/invalid::a job needs one of "
          "\"command\" or "
          "\"commands\"\n"
          "checked 1 file: 1 error, 1 warning\n");
}

TEST_CASE("github annotations append notes to the message") {
    ScratchFolder folder;
    folder.write("feed.yaml",
                 "name: job-feed-daily\njobs:\n  - name: extract\n    command: python extract.py\n"
                 "    command: python extract2.py\n");
    const RunResult result = run_reclint_in(folder.path(), {"check", "--format", "github"});
    CHECK(result.out ==
          "::error "
          "file=feed.yaml,line=5,col=5,endLine=5,endColumn=12,title=yaml/duplicate-key::duplicate "
          "key "
          "\"command\"%0Anote: feed.yaml:4:5: first defined here\n"
          "checked 1 file: 1 error, 0 warnings\n");
}

TEST_CASE("github annotations name files from $GITHUB_WORKSPACE") {
    ScratchFolder folder;
    folder.write("services/feed/dags/feed.yaml", kBrokenDag);
    const RunResult result = run_reclint_in(folder.path() / "services" / "feed", {"check", "--format", "github"},
                                            {{"GITHUB_WORKSPACE", folder.path().string()}});
    CHECK(result.out.starts_with("::error file=services/feed/dags/feed.yaml,line=3,"));
}

TEST_CASE("github escaping is the toolkit's: data and property values") {
    CHECK(reclint::escape_command_data("100% done\r\n::warning::x, y:z") == "100%25 done%0D%0A::warning::x, y:z");
    CHECK(reclint::escape_command_property("a,b:c%d\r\ne") == "a%2Cb%3Ac%25d%0D%0Ae");
    CHECK(reclint::escape_command_data("%0A%25") == "%250A%2525");
}

TEST_CASE("a message crafted to inject a workflow command stays inside its annotation") {
    ScratchFolder folder;
    // A key holding a second command after a line break, escapes GitHub would decode, commas and
    // colons; and a file name that would end the property list.
    folder.write("a,b:c%.yaml",
                 "name: job-feed-daily\njobs:\n  - name: extract\n    command: x\n"
                 "    \"x::error file=evil.yaml::pwned%0A, y\\r\\n::warning title=t::z\": 1\n");
    const RunResult result = run_reclint_in(folder.path(), {"check", "--format", "github"});
    CHECK(result.out ==
          "::error "
          "file=a%2Cb%3Ac%25.yaml,line=5,col=5,endLine=5,endColumn=67,title=schema/"
          "unknown-key::unknown key "
          "\"x::error file=evil.yaml::pwned%250A, y\u240d\u240a::warning title=t::z\" in a job\n"
          "checked 1 file: 1 error, 0 warnings\n");
}

TEST_CASE("past GitHub's 10 annotations of a kind, a notice says how many are not shown") {
    ScratchFolder folder;
    folder.write("feed.yaml", dag_with_unknown_keys(12));
    std::string annotations;
    for (int key = 0; key < 12; ++key)
        annotations += unknown_key_annotation("error", key);
    const std::string limits = "(GitHub shows at most 10 errors, 10 warnings and 10 notices per step); ";

    const RunResult plain = run_reclint_in(folder.path(), {"check", "--format", "github"});
    CHECK(plain.out == annotations + "::notice title=reclint::2 more diagnostics are not shown as annotations " +
                           limits + "--summary writes them all to a job summary\n" +
                           "checked 1 file: 12 errors, 0 warnings\n");

    ScratchFolder outside;
    const RunResult with_summary = run_reclint_in(folder.path(), {"check", "--format", "github"},
                                                  {{"GITHUB_STEP_SUMMARY", (outside.path() / "summary.md").string()}});
    CHECK(with_summary.out == annotations + "::notice title=reclint::2 more diagnostics are not shown as annotations " +
                                  limits + "the job summary lists them all\n" +
                                  "checked 1 file: 12 errors, 0 warnings\n");
}

TEST_CASE("the notice about annotations not shown comes before the infos' own notices") {
    ScratchFolder folder;
    folder.write("feed.yaml", dag_with_unknown_keys(11));
    folder.write(".reclint.yaml", "rules: {schema/unknown-key: info}\n");
    std::string notices;
    for (int key = 0; key < 11; ++key)
        notices += unknown_key_annotation("notice", key);
    const RunResult result = run_reclint_in(folder.path(), {"check", "--format", "github"});
    CHECK(result.exit_code == 0);
    CHECK(result.out ==
          "::notice title=reclint::2 more diagnostics are not shown as annotations (GitHub shows "
          "at most 10 "
          "errors, 10 warnings and 10 notices per step); --summary writes them all to a job "
          "summary\n" +
              notices + "checked 1 file: 0 errors, 0 warnings, 11 infos\n");
}

TEST_CASE("exactly 10 annotations of each kind need no notice") {
    ScratchFolder folder;
    folder.write("feed.yaml", dag_with_unknown_keys(10));
    const RunResult result = run_reclint_in(folder.path(), {"check", "--format", "github"});
    CHECK(result.out.find("::notice") == std::string::npos);
    CHECK(result.out.ends_with("checked 1 file: 10 errors, 0 warnings\n"));
}
