// The command line as a user meets it: commands, exit codes, unreadable inputs, output files.
#include <catch2/catch.hpp>

#include <regex>

#include <sys/stat.h>
#include <unistd.h>

#include "test_support.hpp"

namespace fs = std::filesystem;
using namespace reclint::testing;

namespace {}  // namespace

TEST_CASE("check is the default command and . the default path") {
    ScratchFolder folder;
    folder.write("dags/feed.yaml", kCleanDag);
    const RunResult implicit = run_reclint_in(folder.path(), {});
    const RunResult explicit_check = run_reclint_in(folder.path(), {"check", "."});
    CHECK(implicit.exit_code == 0);
    CHECK(implicit.out == "checked 1 file: no problems\n");
    CHECK(explicit_check.out == implicit.out);
}

TEST_CASE("exit code 1 when there are errors") {
    ScratchFolder folder;
    folder.write("dags/feed.yaml", kBrokenDag);
    const RunResult result = run_reclint_in(folder.path(), {"--color", "never"});
    CHECK(result.exit_code == 1);
    CHECK(result.out == kBrokenDagFindings + "checked 1 file: 2 errors, 0 warnings\n");
}

TEST_CASE("a path that does not exist is a usage error") {
    ScratchFolder folder;
    folder.write("dags/feed.yaml", kCleanDag);
    const RunResult result = run_reclint_in(folder.path(), {"check", "dags/feeds.yaml"});
    CHECK(result.exit_code == 2);
    CHECK(result.err == "reclint: error: dags/feeds.yaml: no such file or directory\n");
    CHECK(result.out == "checked 0 files: no problems found, but a file could not be read\n");
}

TEST_CASE("the count line says so when a file could not be read besides the findings") {
    ScratchFolder folder;
    folder.write("dags/feed.yaml", kBrokenDag);
    const RunResult result =
        run_reclint_in(folder.path(), {"check", "--color", "never", "dags/feed.yaml", "dags/feeds.yaml"});
    CHECK(result.exit_code == 2);
    CHECK(result.err == "reclint: error: dags/feeds.yaml: no such file or directory\n");
    CHECK(result.out == kBrokenDagFindings + "checked 1 file: 2 errors, 0 warnings, and a file could not be read\n");
}

TEST_CASE("a named file that cannot be read is a usage error, never a pass") {
    if (::geteuid() == 0) {
        SUCCEED(
            "skipped: permissions do not bind root; unreadable_input_test.cpp covers named pipes, "
            "dangling symlinks and symlink loops, which no user can read");
    } else {
        ScratchFolder folder;
        const fs::path file = folder.write("dags/feed.yaml", kCleanDag);
        fs::permissions(file, fs::perms::none);
        const RunResult result = run_reclint_in(folder.path(), {"check", "dags/feed.yaml"});
        CHECK(result.exit_code == 2);
        CHECK(result.err == "reclint: error: dags/feed.yaml: cannot read: permission denied\n");
    }
}

TEST_CASE("a symlink loop named on the command line is reported, not followed forever") {
    ScratchFolder folder;
    fs::create_symlink(folder.path() / "b.yaml", folder.path() / "a.yaml");
    fs::create_symlink(folder.path() / "a.yaml", folder.path() / "b.yaml");
    const RunResult named = run_reclint_in(folder.path(), {"check", "a.yaml"});
    CHECK(named.exit_code == 2);
    CHECK(named.err ==
          "reclint: error: a.yaml: cannot read: too many levels of symbolic links (a symlink loop?)\n"
          "reclint: warning: b.yaml: cannot read: too many levels of symbolic links (a symlink "
          "loop?)\n");
    const RunResult walked = run_reclint_in(folder.path(), {"check"});
    CHECK(walked.exit_code == 2);
    CHECK(walked.err ==
          "reclint: error: a.yaml: cannot read: too many levels of symbolic links (a symlink loop?)\n"
          "reclint: error: b.yaml: cannot read: too many levels of symbolic links (a symlink "
          "loop?)\n");
}

TEST_CASE("a folder named like a YAML file is walked, not read") {
    ScratchFolder folder;
    folder.write("weird.yaml/feed.yaml", kCleanDag);
    const RunResult result = run_reclint_in(folder.path(), {"check"});
    CHECK(result.exit_code == 0);
    CHECK(result.out == "checked 1 file: no problems\n");
}

TEST_CASE("the version, rules and explain commands") {
    ScratchFolder folder;
    const RunResult version = run_reclint_in(folder.path(), {"--version"});
    CHECK(version.exit_code == 0);
    CHECK(version.out == std::string("reclint ") + RECLINT_VERSION + "\n");

    const RunResult rules = run_reclint_in(folder.path(), {"rules"});
    CHECK(rules.exit_code == 0);
    // The id column is as wide as the longest id, which grows as rules are added.
    CHECK(std::regex_search(rules.out, std::regex("\nschema/unknown-key +error    a key the format does not have")));

    const RunResult explain = run_reclint_in(folder.path(), {"explain", "schema/unknown-key"});
    CHECK(explain.exit_code == 0);
    CHECK(explain.out.starts_with("# schema/unknown-key\n"));

    const RunResult unknown = run_reclint_in(folder.path(), {"explain", "schema/unknown-keys"});
    CHECK(unknown.exit_code == 2);
    CHECK(unknown.err ==
          "reclint: error: no rule \"schema/unknown-keys\", did you mean \"schema/unknown-key\"? "
          "(reclint rules lists them all)\n");
}

TEST_CASE("usage errors exit with 2") {
    ScratchFolder folder;
    CHECK(run_reclint_in(folder.path(), {"check", "--format", "xml"}).exit_code == 2);
    CHECK(run_reclint_in(folder.path(), {"check", "--today", "2026-02-30"}).exit_code == 2);
    CHECK(run_reclint_in(folder.path(), {"check", "--jobs", "0"}).exit_code == 2);
    CHECK(run_reclint_in(folder.path(), {"check", "--max-file-size", "10X"}).exit_code == 2);
    for (const char* count : {"-1", "-0", "two", "1.5", ""}) {
        const RunResult negative = run_reclint_in(folder.path(), {"check", "--max-warnings", count});
        CHECK(negative.exit_code == 2);
        CHECK(negative.err.find("--max-warnings") != std::string::npos);
    }
    CHECK(run_reclint_in(folder.path(), {"check", "--no-config", "--config", "x.yaml"}).exit_code == 2);
    CHECK(run_reclint_in(folder.path(), {"explain"}).exit_code == 2);
    CHECK(run_reclint_in(folder.path(), {"--help"}).exit_code == 0);
}

TEST_CASE("the file size limit takes K, M and G up to 1G, and says why when it refuses") {
    ScratchFolder folder;
    folder.write("dags/feed.yaml", "name: feed\njobs:\n  - name: extract\n    command: x\n");
    CHECK(run_reclint_in(folder.path(), {"check", "--max-file-size", "1G"}).exit_code == 0);
    CHECK(run_reclint_in(folder.path(), {"check", "--max-file-size", "64KiB"}).exit_code == 0);
    for (const char* size : {"2G", "1025M", "1073741825", "18446744073709551615K"}) {
        const RunResult result = run_reclint_in(folder.path(), {"check", "--max-file-size", size});
        CHECK(result.exit_code == 2);
        CHECK(result.out.empty());
        CHECK(
            result.err.starts_with("--max-file-size: at most 1G (each file is read whole, and positions are "
                                   "32-bit), got \"" +
                                   std::string(size) + "\"\n"));
    }
    const RunResult unit = run_reclint_in(folder.path(), {"check", "--max-file-size", "10X"});
    CHECK(unit.exit_code == 2);
    CHECK(unit.err.starts_with("--max-file-size: unknown size unit \"X\" (use K, M or G)\n"));
}

TEST_CASE("the report and the summary are never written over a file reclint reads") {
    ScratchFolder folder;
    const std::string dag = "name: feed\njobs:\n  - name: extract\n    command: x\n";
    const std::string config = "rules:\n  naming/*: error\n";
    folder.write("dags/feed.yaml", dag);
    folder.write("dags/other.yaml", "name: other\njobs:\n  - name: load\n    command: x\n");
    folder.write(".reclint.yaml", config);

    const RunResult over_input = run_reclint_in(folder.path(), {"check", "-o", "dags/feed.yaml"});
    CHECK(over_input.exit_code == 2);
    CHECK(over_input.out.empty());
    CHECK(over_input.err ==
          "reclint: error: -o dags/feed.yaml is one of the files reclint reads: the report would overwrite it\n");
    CHECK(read_text(folder.path() / "dags/feed.yaml") == dag);

    // Read for context only (another file is named), and reached by another spelling.
    const RunResult over_context =
        run_reclint_in(folder.path(), {"check", "dags/feed.yaml", "--format", "json", "-o", "dags/../dags/other.yaml"});
    CHECK(over_context.exit_code == 2);
    CHECK(over_context.err ==
          "reclint: error: -o dags/../dags/other.yaml is dags/other.yaml, one of the files "
          "reclint reads: the report would overwrite it\n");

    const RunResult summary_over_config = run_reclint_in(folder.path(), {"check", "--summary", ".reclint.yaml"});
    CHECK(summary_over_config.exit_code == 2);
    CHECK(summary_over_config.err ==
          "reclint: error: --summary .reclint.yaml is one of the files reclint reads: the "
          "report would overwrite it\n");
    CHECK(read_text(folder.path() / ".reclint.yaml") == config);

    // A report from an earlier run is not an input: it is replaced, run after run.
    for (int run = 0; run < 2; ++run) {
        const RunResult report = run_reclint_in(folder.path(), {"check", "--format", "json", "-o", "report.json"});
        CHECK(report.exit_code == 0);
        CHECK(report.err.empty());
        CHECK(read_text(folder.path() / "report.json").starts_with("{\n  \"version\": 1,"));
    }
}

TEST_CASE("the report and the summary are never written over a hard link of a file reclint reads") {
    ScratchFolder folder;
    folder.write("dags/feed.yaml", kBrokenDag);
    fs::create_hard_link(folder.path() / "dags/feed.yaml", folder.path() / "report.txt");
    const RunResult output = run_reclint_in(folder.path(), {"check", "-o", "report.txt"});
    CHECK(output.exit_code == 2);
    CHECK(output.out.empty());
    CHECK(output.err ==
          "reclint: error: -o report.txt is dags/feed.yaml, one of the files reclint reads: the report would "
          "overwrite it\n");
    const RunResult summary = run_reclint_in(folder.path(), {"check", "--summary", "report.txt"});
    CHECK(summary.exit_code == 2);
    CHECK(summary.out.empty());
    CHECK(summary.err ==
          "reclint: error: --summary report.txt is dags/feed.yaml, one of the files reclint reads: the report "
          "would overwrite it\n");
    CHECK(read_text(folder.path() / "dags/feed.yaml") == kBrokenDag);
}

TEST_CASE("a report that cannot be written to standard output fails the run") {
    ScratchFolder folder;
    folder.write("dags/feed.yaml", kCleanDag);
    const std::string reclint = shell_quote(RECLINT_BINARY);
    for (const std::string command : {"check", "check --format json", "rules", "explain dag/cycle"}) {
        const RunResult full = run_bash_in(folder.path(), reclint + " " + command + " > /dev/full", {});
        CHECK(full.exit_code == 2);
        CHECK(full.err == "reclint: error: cannot write to standard output\n");
    }
    folder.write("dags/feed.yaml", kBrokenDag);  // findings (exit code 1) that nobody sees
    const RunResult findings = run_bash_in(folder.path(), reclint + " check > /dev/full", {});
    CHECK(findings.exit_code == 2);
    CHECK(findings.err == "reclint: error: cannot write to standard output\n");
}

TEST_CASE("the output option writes the report to a file") {
    ScratchFolder folder;
    folder.write("dags/feed.yaml", kCleanDag);
    const RunResult result = run_reclint_in(folder.path(), {"check", "--format", "json", "-o", "report.json"});
    CHECK(result.exit_code == 0);
    CHECK(result.out.empty());
    CHECK(read_text(folder.path() / "report.json").find("\"files_checked\": 1") != std::string::npos);
}

TEST_CASE("walking skips .git, build, node_modules and the config's excludes") {
    ScratchFolder folder;
    for (const char* skipped :
         {".git/x.yaml", "build/x.yaml", "node_modules/pkg/x.yaml", "vendor/x.yaml", "deep/testdata/x.yaml"}) {
        folder.write(skipped, kBrokenDag);
    }
    folder.write(".reclint.yaml", "exclude: [\"vendor/**\", \"**/testdata/**\"]\n");
    folder.write("dags/feed.yaml", kCleanDag);
    const RunResult result = run_reclint_in(folder.path(), {"check"});
    CHECK(result.exit_code == 0);
    CHECK(result.out == "checked 1 file: no problems\n");
}

TEST_CASE("verbose mode names the config and the skipped files") {
    ScratchFolder folder;
    folder.write(".reclint.yaml", "segments: [all]\n");
    folder.write("dags/feed.yaml", kCleanDag);
    folder.write("values.yaml", "replicas: 3\n");
    const RunResult result = run_reclint_in(folder.path(), {"check", "--verbose"});
    CHECK(result.exit_code == 0);
    CHECK(result.err ==
          "reclint: using config .reclint.yaml; its paths and globs are relative to .\n"
          "reclint: skipped values.yaml: not a reclint file (no Argo apiVersion, kind or jobs "
          "list)\n");
}
