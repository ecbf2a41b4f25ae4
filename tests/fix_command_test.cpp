// `reclint check --fix` and `--diff`: exit codes, the diff applied with `patch -p1`, files that
// must not be written, and the refusals.
#include <catch2/catch.hpp>

#include <filesystem>

#include "test_support.hpp"

namespace fs = std::filesystem;
using namespace reclint::testing;

namespace {

// One typo (fixable), a duplicate (fixable), CRLF line endings and a BOM. Fixing the typo makes the
// second entry a duplicate too: one run fixes that as well.
const std::string kTypos =
    "\xEF\xBB\xBFname: job-feed-graph\r\njobs:\r\n  - name: extract\r\n    command: python -m extract\r\n"
    "  - name: train\r\n    command: python -m train\r\n    dependencies: [extrat, extract, extract]\r\n";
const std::string kFixed =
    "\xEF\xBB\xBFname: job-feed-graph\r\njobs:\r\n  - name: extract\r\n    command: python -m extract\r\n"
    "  - name: train\r\n    command: python -m train\r\n    dependencies: [extract]\r\n";

const std::vector<std::string> kFix = {"check", "--color", "never", "--fix", "dags"};
const std::vector<std::string> kDiff = {"check", "--color", "never", "--diff", "dags"};

}  // namespace

TEST_CASE("fix: --diff prints what --fix writes, exits 1 while there are fixes, then 0") {
    ScratchFolder folder;
    folder.write("dags/feed.yaml", kTypos);
    const RunResult diff = run_reclint_in(folder.path(), kDiff);
    CHECK(diff.exit_code == 1);
    // The typo, the duplicate, and the duplicate that fixing the typo makes.
    CHECK(diff.err == "reclint: would fix 3 findings in 1 file\n");
    CHECK(diff.out ==
          "--- a/dags/feed.yaml\n+++ b/dags/feed.yaml\n@@ -4,4 +4,4 @@\n     command: python -m extract\r\n"
          "   - name: train\r\n     command: python -m train\r\n-    dependencies: [extrat, extract, extract]\r\n"
          "+    dependencies: [extract]\r\n");
    CHECK(read_text(folder.path() / "dags/feed.yaml") == kTypos);  // --diff writes nothing
    // The diff, applied by patch in a copy, gives the bytes --fix writes.
    folder.write("copy/dags/feed.yaml", kTypos);
    folder.write("patch.diff", diff.out);
    const RunResult patched =
        run_bash_in(folder.path() / "copy", "patch -s -p1 < ../patch.diff", {{"PATH", "/usr/local/bin:/usr/bin:/bin"}});
    CHECK(patched.exit_code == 0);
    const RunResult fixed = run_reclint_in(folder.path(), kFix);
    CHECK(fixed.exit_code == 0);
    CHECK(fixed.out == "checked 1 file: no problems\n");
    CHECK(fixed.err == "reclint: fixed 3 findings in 1 file\n");
    CHECK(read_text(folder.path() / "dags/feed.yaml") == kFixed);
    CHECK(read_text(folder.path() / "copy/dags/feed.yaml") == kFixed);
    const RunResult again = run_reclint_in(folder.path(), kFix);
    CHECK(again.exit_code == 0);
    CHECK(again.err == "");
    CHECK(read_text(folder.path() / "dags/feed.yaml") == kFixed);
    const RunResult third = run_reclint_in(folder.path(), kDiff);
    CHECK(third.exit_code == 0);
    CHECK(third.out == "");
    CHECK(third.err == "");
}

TEST_CASE("fix: the exit code reflects what is left after fixing") {
    ScratchFolder folder;
    folder.write("dags/feed.yaml",
                 "name: job-feed-graph\njobs:\n  - name: train\n    command: python -m train\n"
                 "    dependencies: [trian, nowhere]\n");
    const RunResult fixed = run_reclint_in(folder.path(), kFix);
    CHECK(fixed.exit_code == 1);
    CHECK(fixed.out.find("unknown job \"nowhere\"") != std::string::npos);
    CHECK(fixed.out.find("trian") == std::string::npos);
    CHECK(read_text(folder.path() / "dags/feed.yaml").find("[train, nowhere]") != std::string::npos);
}

TEST_CASE("fix: symlinks keep pointing at the fixed file, and hard-linked files are left alone") {
    ScratchFolder folder;
    folder.write("real/feed.yaml", kTypos);
    fs::create_directories(folder.path() / "dags");
    fs::create_symlink(folder.path() / "real/feed.yaml", folder.path() / "dags/feed.yaml");
    run_reclint_in(folder.path(), kFix);
    CHECK(fs::is_symlink(folder.path() / "dags/feed.yaml"));
    CHECK(read_text(folder.path() / "real/feed.yaml") != kTypos);

    ScratchFolder linked;
    linked.write("dags/feed.yaml", kTypos);
    fs::create_hard_link(linked.path() / "dags/feed.yaml", linked.path() / "other.yaml");
    const RunResult refused = run_reclint_in(linked.path(), kFix);
    CHECK(refused.exit_code == 1);
    CHECK(refused.err.find("dags/feed.yaml: not fixed: it has 2 hard links") != std::string::npos);
    CHECK(read_text(linked.path() / "dags/feed.yaml") == kTypos);
}

TEST_CASE("fix: refused on standard input and together with --diff") {
    ScratchFolder folder;
    const RunResult stdin_fix =
        run_reclint_with_input(folder.path(), {"check", "--fix", "--stdin-filename", "dags/feed.yaml", "-"}, kTypos);
    CHECK(stdin_fix.exit_code == 2);
    CHECK(stdin_fix.err == "reclint: error: --fix cannot change standard input: use --diff to see the fixes\n");
    const RunResult both = run_reclint_in(folder.path(), {"check", "--fix", "--diff"});
    CHECK(both.exit_code == 2);
    // --diff reads standard input as the file it stands for.
    const RunResult stdin_diff =
        run_reclint_with_input(folder.path(), {"check", "--diff", "--stdin-filename", "dags/feed.yaml", "-"}, kTypos);
    CHECK(stdin_diff.exit_code == 1);
    CHECK(stdin_diff.out.starts_with("--- a/dags/feed.yaml\n+++ b/dags/feed.yaml\n@@ -4,4 +4,4 @@\n"));
    // Each pass checks again with standard input's fixed text in place of the file, however its path is spelled.
    const RunResult spelled = run_reclint_with_input(
        folder.path(), {"check", "--diff", "--stdin-filename", "./dags/../dags/feed.yaml", "-"}, kTypos);
    CHECK(spelled.exit_code == 1);
    CHECK(spelled.out == stdin_diff.out);
    CHECK(spelled.err == "reclint: would fix 3 findings in 1 file\n");
    CHECK(stdin_diff.out.ends_with("+    dependencies: [extract]\r\n"));
}

TEST_CASE("fix: reclint rules marks the rules that can fix, in text and in json") {
    ScratchFolder folder;
    const RunResult text = run_reclint_in(folder.path(), {"rules"});
    CHECK(text.exit_code == 0);
    CHECK(text.out.find("dag/duplicate-dependency       warning  the same dependency listed twice (--fix)\n") !=
          std::string::npos);
    CHECK(text.out.find("dag/cycle") != std::string::npos);
    CHECK(text.out.find("(--fix)", text.out.find("dag/cycle")) > text.out.find('\n', text.out.find("dag/cycle")));
    const RunResult json = run_reclint_in(folder.path(), {"rules", "--format", "json"});
    CHECK(json.out.find("\"summary\": \"the same dependency listed twice\",\n    \"fixable\": true") !=
          std::string::npos);
    CHECK(json.out.find("\"fixable\": false") != std::string::npos);
}
