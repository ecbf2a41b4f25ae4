// Suppression comments beyond the golden cases: line endings, files that do not parse, files read
// only for context, the same result on any number of threads, and a comment about a comment.
#include <catch2/catch.hpp>

#include "engine/suppression_comments.hpp"
#include "test_support.hpp"

using namespace reclint;
using namespace reclint::testing;

namespace {

std::string describe(const FileSuppressions& found, const SourceFile& source) {
    std::string text;
    for (const Suppression& suppression : found.suppressions) {
        const char* scope = suppression.scope == Suppression::Scope::file        ? "file"
                            : suppression.scope == Suppression::Scope::this_line ? "this line"
                                                                                 : "next line";
        text += std::string(scope) + " " + std::to_string(suppression.line) + ":";
        for (const SuppressedSelector& selector : suppression.selectors) {
            text +=
                " " + std::string(selector.text) + "@" + std::to_string(source.position(selector.span.begin).column);
        }
        text += " (" + std::string(suppression.reason) + ")\n";
    }
    for (const MalformedSuppression& malformed : found.malformed)
        text += "malformed: " + malformed.message + "\n";
    return text;
}

std::string suppressions_in(const std::string& text) {
    const SourceFile source("x.yaml", text);
    return describe(find_suppressions(source), source);
}

const std::string kSuppressedKeyDag =
    "name: job-feed-daily\n"
    "jobs:\n"
    "  - name: extract\n"
    "    command: python extract.py\n"
    "    comand: python extract.py  # reclint: disable=schema/unknown-key\n";

}  // namespace

TEST_CASE("suppression comments: scope, covered line, ids and reason") {
    CHECK(suppressions_in("a: 1  #reclint:disable=x/y,  z/* --  why not\n") ==
          "this line 1: x/y@24 z/*@30 (why not)\n");
    CHECK(suppressions_in("# RECLINT: Disable-File=x/y\n") == "file 0: x/y@25 ()\n");
    CHECK(suppressions_in("# reclint: disable=x/y\n# a note\n  # reclint: disable=z/w\n\na: 1\n") ==
          "next line 4: x/y@20 ()\nnext line 4: z/w@22 ()\n");
    CHECK(suppressions_in("a: 1\n# reclint: disable=x/y\n") == "next line 0: x/y@20 ()\n");
    CHECK(suppressions_in("a: 1\r\n# reclint: disable=x/y -- crlf\r\nb: 2\r\n") == "next line 3: x/y@20 (crlf)\n");
    CHECK(suppressions_in("# reclint is great\n# see reclint: docs\n") == "");
    CHECK(suppressions_in("a: 1 # reclint: disable=x/y, -- oops\n") ==
          "malformed: malformed suppression comment: expected a rule id\n");
}

TEST_CASE("suppressions apply in files with CRLF line endings and multi-byte characters") {
    ScratchFolder folder;
    folder.write("feed.yaml",
                 "name: job-feed-daily\r\n"
                 "jobs:\r\n"
                 "  - name: extract # é\r\n"
                 "    command: python extract.py\r\n"
                 "    comand: python extract.py  # reclint: disable=schema/unknown-key -- é\r\n"
                 "    dependency: []  # reclint: disable=schema/invalid\r\n");
    const RunResult result = run_reclint_in(folder.path(), {"check", "--color", "never"});
    CHECK(result.exit_code == 1);
    CHECK(result.out ==
          "feed.yaml:6:5: error: unknown key \"dependency\" in a job, did you mean \"dependencies\"? "
          "[schema/unknown-key]\n"
          " 6 |     dependency: []  # reclint: disable=schema/invalid\n"
          "   |     ^^^^^^^^^^\n"
          "feed.yaml:6:40: warning: unused suppression: \"schema/invalid\" reports nothing on this "
          "line "
          "[suppression/unused]\n"
          " 6 |     dependency: []  # reclint: disable=schema/invalid\n"
          "   |                                        ^^^^^^^^^^^^^^\n"
          "checked 1 file: 1 error, 1 warning\n");
}

TEST_CASE("a file that could not be read or parsed never passes, whatever its comments say") {
    ScratchFolder folder;
    const std::string broken = "name: x\njobs: [\n";
    for (const std::string selector : {"yaml/*", "*/*", "yaml/syntax,yaml/limits,schema/*"}) {
        folder.write("feed.yaml", "# reclint: disable-file=" + selector + " -- generated, fixed upstream\n" + broken);
        const RunResult result = run_reclint_in(folder.path(), {"check", "feed.yaml"});
        CHECK(result.exit_code == 1);
        CHECK(result.out.find("[yaml/syntax]") != std::string::npos);
    }
    folder.write("feed.yaml", "# reclint: disable-file=yaml/syntax\n" + broken);
    const RunResult named = run_reclint_in(folder.path(), {"check", "feed.yaml"});
    CHECK(named.exit_code == 1);
    CHECK(named.out.find("[yaml/syntax]") != std::string::npos);
    CHECK(named.out.find("feed.yaml:1:25: warning: \"yaml/syntax\" cannot be suppressed: a file that reclint could not "
                         "read or parse never passes [suppression/unused]\n"
                         " 1 | # reclint: disable-file=yaml/syntax\n"
                         "   |                         ^^^^^^^^^^^\n") != std::string::npos);
    CHECK(named.out.ends_with("checked 1 file: 1 error, 1 warning\n"));
    folder.write("big.yaml", "# reclint: disable-file=*/*\nname: x\njobs:\n  - name: extract\n    command: x\n");
    const RunResult limits = run_reclint_in(folder.path(), {"check", "--max-file-size", "16", "big.yaml"});
    CHECK(limits.exit_code == 1);
    CHECK(limits.out.find("[yaml/limits]") != std::string::npos);
}

TEST_CASE("files read only for context are not reported on, their comments neither") {
    ScratchFolder folder;
    folder.write("dags/feed.yaml", kSuppressedKeyDag);
    folder.write("other/feed.yaml", "name: x\njobs:\n  - {name: a, command: b}  # reclint: disable=dag/nope\n");
    const RunResult result = run_reclint_in(folder.path(), {"check", "dags"});
    CHECK(result.exit_code == 0);
    CHECK(result.out == "checked 1 file: no problems\n");
}

TEST_CASE("suppression gives the same output on one thread and on many") {
    ScratchFolder folder;
    for (int i = 0; i < 40; ++i) {
        folder.write("dags/feed" + std::to_string(i) + ".yaml",
                     kSuppressedKeyDag + (i % 2 == 0 ? "  # reclint: disable=schema/invalid,nope/x\n" : ""));
    }
    const RunResult one = run_reclint_in(folder.path(), {"check", "--jobs", "1", "--format", "json"});
    const RunResult many = run_reclint_in(folder.path(), {"check", "--jobs", "8", "--format", "json"});
    CHECK(one.exit_code == 1);
    CHECK(one.out.find("\"errors\": 20,\n    \"warnings\": 20,") != std::string::npos);
    CHECK(one.out == many.out);
}

TEST_CASE("findings about comments can themselves be suppressed, and such a comment is never unused") {
    ScratchFolder folder;
    folder.write("feed.yaml",
                 "# reclint: disable-file=suppression/unused -- kept for the migration\n"
                 "# reclint: disable-file=suppression/unknown-rule\n" +
                     kSuppressedKeyDag + "  # reclint: disable=schema/invalid,future/rule\n");
    const RunResult result = run_reclint_in(folder.path(), {"check"});
    CHECK(result.exit_code == 0);
    CHECK(result.out == "checked 1 file: no problems\n");
}
