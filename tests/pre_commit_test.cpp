// The pre-commit hook (.pre-commit-hooks.yaml), run by the real pre-commit in a scratch git
// repository, offline: a commit with a broken file is refused with the diagnostic shown.
#include <catch2/catch.hpp>

#include <filesystem>

#include "test_support.hpp"

namespace fs = std::filesystem;
using namespace reclint::testing;

namespace {

// A home, a pre-commit cache, a repository holding this repository's hook definition, and a
// project whose .pre-commit-config.yaml uses it; reclint is found on PATH as users install it.
class HookedProject {
  public:
    HookedProject() {
        write_file(hooks_ / ".pre-commit-hooks.yaml", read_text(source_dir() / ".pre-commit-hooks.yaml"));
        const RunResult hooks = run("git init -q && git add . && git commit -qm hooks && git rev-parse HEAD", hooks_);
        REQUIRE(hooks.exit_code == 0);
        const std::string revision = hooks.out.substr(0, hooks.out.find('\n'));
        write_file(project_ / ".pre-commit-config.yaml", "repos:\n  - repo: " + hooks_.string() + "\n    rev: " +
                                                             revision + "\n    hooks:\n      - id: reclint\n");
        const RunResult installed =
            run("git init -q && git add .pre-commit-config.yaml && pre-commit install", project_);
        REQUIRE(installed.err == "");
        REQUIRE(installed.exit_code == 0);
    }

    const fs::path& project() const { return project_; }

    RunResult run(const std::string& script, const fs::path& cwd) const {
        const std::string binary_folder = fs::path(RECLINT_BINARY).parent_path().string();
        return run_bash_in(cwd, script,
                           {{"PATH", binary_folder + ":/usr/local/bin:/usr/bin:/bin"},
                            {"HOME", (root_.path() / "home").string()},
                            {"PRE_COMMIT_HOME", (root_.path() / "cache").string()},
                            {"GIT_AUTHOR_NAME", "Data Scientist"},
                            {"GIT_AUTHOR_EMAIL", "ds@example.com"},
                            {"GIT_COMMITTER_NAME", "Data Scientist"},
                            {"GIT_COMMITTER_EMAIL", "ds@example.com"}});
    }
    RunResult commit(const std::string& message) const {
        return run("git add -A && git commit -qm " + shell_quote(message), project_);
    }

  private:
    ScratchFolder root_;
    fs::path hooks_ = root_.path() / "hooks";
    fs::path project_ = root_.path() / "project";
};

}  // namespace

TEST_CASE("pre-commit is installed: the hook tests need the real one") {
    ScratchFolder folder;
    const RunResult found =
        run_bash_in(folder.path(), "command -v pre-commit", {{"PATH", "/usr/local/bin:/usr/bin:/bin"}});
    INFO("install the Debian package pre-commit (it is in .ci/packages-test)");
    REQUIRE(found.exit_code == 0);
}

TEST_CASE("the pre-commit hook refuses a commit with a broken file and shows the diagnostic") {
    const HookedProject hooked;
    write_file(hooked.project() / "dags/feed.yaml", kBrokenDag);
    write_file(hooked.project() / "README.md", "# recs\n");
    const RunResult refused = hooked.commit("add the feed");
    INFO("pre-commit said:\n" << refused.out << refused.err);
    CHECK(refused.exit_code == 1);
    // git passes a hook's output to stderr. pre-commit's own line: the hook's name, dots up to
    // its width, the status.
    CHECK(refused.err.find("\nreclint....") != std::string::npos);
    CHECK(refused.err.find("Failed\n- hook id: reclint\n- exit code: 1\n\n" + kBrokenDagFindings +
                           "checked 1 file: 2 errors, 0 warnings\n") != std::string::npos);
    const RunResult head = hooked.run("git rev-parse --verify -q HEAD", hooked.project());
    CHECK(head.exit_code != 0);  // nothing was committed

    write_file(hooked.project() / "dags/feed.yaml", kCleanDag);
    const RunResult accepted = hooked.commit("add the feed");
    INFO("pre-commit said:\n" << accepted.out << accepted.err);
    CHECK(accepted.exit_code == 0);
    CHECK(accepted.err.starts_with("reclint...."));
    CHECK(accepted.err.ends_with("Passed\n"));
}

TEST_CASE("the pre-commit hook reports only the changed files, with the repository's config") {
    const HookedProject hooked;
    // Already committed (past the hook): not changed in the next commit, so not reported.
    write_file(hooked.project() / "old/broken.yaml", kBrokenDag);
    REQUIRE(hooked.run("git add -A && git commit -qm old --no-verify", hooked.project()).exit_code == 0);
    // The config at the repository root applies although pre-commit passes only dags/feed.yaml.
    write_file(hooked.project() / ".reclint.yaml", "rules: {schema/unknown-key: off}\n");
    write_file(hooked.project() / "dags/feed.yaml",
               "name: job-feed-daily\njobs:\n  - name: extract\n    command: python extract.py\n   "
               " retries: 3\n");
    const RunResult accepted = hooked.commit("add the feed");
    INFO("pre-commit said:\n" << accepted.out << accepted.err);
    CHECK(accepted.exit_code == 0);
    CHECK(accepted.err.find("\nreclint....") != std::string::npos);
    CHECK(accepted.err.ends_with("Passed\n"));
}
