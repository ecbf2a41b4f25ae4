// The walk skips what git ignores (.gitignore at every level, negations, .git/info/exclude) and the
// folders of Python environments, build output and packages, in real git repositories built here.
#include <catch2/catch.hpp>

#include "test_support.hpp"

namespace fs = std::filesystem;
using namespace reclint::testing;

namespace {

// The count line and the findings' first lines: which files were read, and where findings are.
std::string findings_and_count(const RunResult& result) {
    std::string kept;
    std::size_t begin = 0;
    while (begin < result.out.size()) {
        const std::size_t end = result.out.find('\n', begin);
        const std::string line = result.out.substr(begin, end - begin);
        if (line.find(": error: ") != std::string::npos || line.starts_with("checked ")) kept += line + "\n";
        begin = end == std::string::npos ? result.out.size() : end + 1;
    }
    return kept;
}

// The error lines of kBrokenDag at `path`.
std::string broken_dag_errors(const std::string& path) {
    return path + ":3:5: error: a job needs one of \"command\" or \"commands\" [schema/invalid]\n" + path +
           ":4:5: error: unknown key \"comand\" in a job, did you mean \"command\"? [schema/unknown-key]\n";
}

}  // namespace

// reclint asks the git command; without one on PATH it asks libgit2. Both must answer alike.
RunResult run_reclint_process(const fs::path& cwd, const std::string& arguments, bool git_on_path) {
    const std::string path = git_on_path ? "/usr/local/bin:/usr/bin:/bin" : "/nonexistent";
    return run_bash_in(cwd, shell_quote(RECLINT_BINARY) + " " + arguments,
                       {{"PATH", path}, {"HOME", (cwd / ".home").string()}});
}

TEST_CASE("the walk skips what git ignores: nested .gitignore files, negations and .git/info/exclude") {
    const ScratchFolder folder;
    folder.write("dags/feed.yaml", kCleanDag);
    folder.write(".gitignore", "generated/\n*.tmp.yaml\n!keep.tmp.yaml\n.home/\n");
    folder.write("generated/feed.yaml", kBrokenDag);
    folder.write("dags/scratch.tmp.yaml", kBrokenDag);
    folder.write("dags/keep.tmp.yaml", kBrokenDag);
    folder.write("dags/local/.gitignore", "draft.yaml\n");
    folder.write("dags/local/draft.yaml", kBrokenDag);
    folder.write("dags/local/other.yaml", kCleanDag);
    folder.write("private.yaml", kBrokenDag);
    REQUIRE(run_git_in(folder.path(), "git init -q && echo private.yaml >> .git/info/exclude").exit_code == 0);

    for (const bool git_on_path : {true, false}) {
        INFO("the git command on PATH: " << git_on_path);
        const RunResult result = run_reclint_process(folder.path(), "check --color never", git_on_path);
        CHECK(result.exit_code == 1);
        CHECK(findings_and_count(result) ==
              broken_dag_errors("dags/keep.tmp.yaml") + "checked 3 files: 2 errors, 0 warnings\n");

        const RunResult verbose = run_reclint_process(folder.path(), "check --color never --verbose", git_on_path);
        CHECK(verbose.err.find("skipped generated: git ignores it\n") != std::string::npos);
        CHECK(verbose.err.find("skipped dags/scratch.tmp.yaml: git ignores it\n") != std::string::npos);
        CHECK(verbose.err.find("skipped dags/local/draft.yaml: git ignores it\n") != std::string::npos);
        CHECK(verbose.err.find("skipped private.yaml: git ignores it\n") != std::string::npos);
    }
}

TEST_CASE("a file git tracks is walked although an ignore rule matches it, as git shows it") {
    const ScratchFolder folder;
    folder.write("dags/feed.yaml", kCleanDag);
    folder.write("generated/tracked.yaml", kBrokenDag);
    folder.write("generated/untracked.yaml", kBrokenDag);
    REQUIRE(run_git_in(folder.path(),
                       "git init -q && git add generated/tracked.yaml && "
                       "printf 'generated/*\\n.home/\\n' > .gitignore")
                .exit_code == 0);
    for (const bool git_on_path : {true, false}) {
        INFO("the git command on PATH: " << git_on_path);
        const RunResult result = run_reclint_process(folder.path(), "check --color never", git_on_path);
        CHECK(result.exit_code == 1);
        CHECK(findings_and_count(result) ==
              broken_dag_errors("generated/tracked.yaml") + "checked 2 files: 2 errors, 0 warnings\n");
    }
}

TEST_CASE("a file git ignores is still checked when named on the command line") {
    const ScratchFolder folder;
    folder.write(".gitignore", "generated/\n");
    folder.write("generated/feed.yaml", kBrokenDag);
    REQUIRE(run_git_in(folder.path(), "git init -q").exit_code == 0);
    const RunResult result = run_reclint_in(folder.path(), {"check", "--color", "never", "generated/feed.yaml"});
    CHECK(result.exit_code == 1);
    CHECK(findings_and_count(result) ==
          broken_dag_errors("generated/feed.yaml") + "checked 1 file: 2 errors, 0 warnings\n");
}

TEST_CASE("virtual environments, caches and build output are never walked, in a git repository or not") {
    for (const bool in_git : {false, true}) {
        const ScratchFolder folder;
        folder.write("dags/feed.yaml", kCleanDag);
        for (const char* skipped : {".venv", "venv", "site-packages", "__pycache__", ".tox", "dist", "node_modules",
                                    "build", "lib/python3.11/site-packages/pkg"}) {
            folder.write(std::string(skipped) + "/broken.yaml", kBrokenDag);
        }
        if (in_git) REQUIRE(run_git_in(folder.path(), "git init -q").exit_code == 0);
        const RunResult result = run_reclint_in(folder.path(), {"check", "--color", "never"});
        CHECK(result.exit_code == 0);
        CHECK(result.out == "checked 1 file: no problems\n");
    }
}
