// `reclint check --base REV` in real git repositories built here: which findings are existing,
// where clashes land, and the errors when there is nothing to compare with.
#include <catch2/catch.hpp>

#include <filesystem>

#include "pipeline/check_run.hpp"
#include "test_support.hpp"

namespace fs = std::filesystem;
using namespace reclint::testing;

namespace {

// A git repository whose branch "main" holds `files` as one commit.
class GitProject {
  public:
    explicit GitProject(const std::vector<std::pair<std::string, std::string>>& files) {
        for (const auto& [path, text] : files)
            folder_.write(path, text);
        git("git init -q -b main && git add -A && git commit -qm base");
    }
    const fs::path& path() const { return folder_.path(); }
    void write(const std::string& path, const std::string& text) const { folder_.write(path, text); }
    std::string git(const std::string& script) const {
        const RunResult result = run_git_in(folder_.path(), script);
        INFO(result.err);
        REQUIRE(result.exit_code == 0);
        return result.out;
    }
    RunResult check(std::vector<std::string> arguments) const {
        arguments.insert(arguments.begin(), {"check", "--color", "never"});
        return run_reclint_in(folder_.path(), arguments);
    }

  private:
    ScratchFolder folder_;
};

const std::string kBrokenFindingsExisting =
    "dags/feed.yaml:3:5: error: a job needs one of \"command\" or \"commands\" [schema/invalid] (existing)\n"
    " 3 |   - name: extract\n"
    "   |     ^^^^^^^^^^^^^\n"
    "dags/feed.yaml:4:5: error: unknown key \"comand\" in a job, did you mean \"command\"? [schema/unknown-key] "
    "(existing)\n"
    " 4 |     comand: python extract.py\n"
    "   |     ^^^^^^\n";

}  // namespace

TEST_CASE("check --base: an old finding is existing and does not fail the run") {
    const GitProject project({{"dags/feed.yaml", kBrokenDag}});
    const RunResult result = project.check({"--base", "main"});
    CHECK(result.out == kBrokenFindingsExisting + "checked 1 file: 0 errors, 0 warnings (and 2 existing)\n");
    CHECK(result.err == "");
    CHECK(result.exit_code == 0);
    // Without --base the same findings fail the run.
    CHECK(project.check({}).exit_code == 1);
}

TEST_CASE("check --base: lines inserted above an old finding leave it existing") {
    const GitProject project({{"dags/feed.yaml", kBrokenDag}});
    project.write("dags/feed.yaml", "# the daily feed\n# owned by recsys\n" + kBrokenDag);
    const RunResult result = project.check({"--base", "main", "--format", "json"});
    CHECK(result.out.find("\"line\": 5,") != std::string::npos);
    CHECK(result.out.find("\"baseline\": \"new\"") == std::string::npos);
    CHECK(result.out.find("\"baseline\": \"existing\"") != std::string::npos);
    CHECK(result.exit_code == 0);
}

TEST_CASE("check --base: an old finding in a renamed file stays existing") {
    const GitProject project({{"dags/feed.yaml", kBrokenDag}});
    project.git("git mv dags/feed.yaml dags/feed_daily.yaml");
    const RunResult result = project.check({"--base", "main"});
    std::string expected = kBrokenFindingsExisting;
    for (std::size_t at; (at = expected.find("dags/feed.yaml")) != std::string::npos;)
        expected.replace(at, 14, "dags/feed_daily.yaml");
    CHECK(result.out == expected + "checked 1 file: 0 errors, 0 warnings (and 2 existing)\n");
    CHECK(result.exit_code == 0);
}

TEST_CASE("check --base: a fixed finding is gone, and a new copy of an old one is new") {
    const GitProject project({{"dags/feed.yaml", kBrokenDag}});
    project.write("dags/feed.yaml", kCleanDag);
    project.write("dags/copy.yaml", "name: job-copy\njobs:\n  - name: extract\n    comand: python extract.py\n");
    const RunResult result = project.check({"--base", "main", "--select", "schema/unknown-key"});
    CHECK(result.out ==
          "dags/copy.yaml:4:5: error: unknown key \"comand\" in a job, did you mean \"command\"? "
          "[schema/unknown-key]\n"
          " 4 |     comand: python extract.py\n"
          "   |     ^^^^^^\n"
          "checked 2 files: 1 error, 0 warnings\n");
    CHECK(result.exit_code == 1);
}

TEST_CASE("check --base: each format tells existing findings from new ones") {
    const GitProject project({{"dags/feed.yaml", kBrokenDag}});
    project.write("dags/new.yaml", "name: job-new\njobs:\n  - name: extract\n    comand: python extract.py\n");
    const std::vector<std::string> only = {"--base", "main", "--select", "schema/unknown-key"};
    auto with = [&only](std::vector<std::string> more) {
        more.insert(more.begin(), only.begin(), only.end());
        return more;
    };
    const RunResult json = project.check(with({"--format", "json"}));
    CHECK(json.out.find("\"file\": \"dags/feed.yaml\",") < json.out.find("\"baseline\": \"existing\""));
    CHECK(json.out.find("\"file\": \"dags/new.yaml\",") < json.out.find("\"baseline\": \"new\""));
    CHECK(json.out.find("\"existing\": 1") != std::string::npos);
    const RunResult sarif = project.check(with({"--format", "sarif"}));
    CHECK(sarif.out.find("\"baselineState\": \"unchanged\"") < sarif.out.find("\"baselineState\": \"new\""));
    const ScratchFolder summary;
    const RunResult github =
        project.check(with({"--format", "github", "--summary", (summary.path() / "summary.md").string()}));
    CHECK(github.out.find("dags/feed.yaml") == std::string::npos);
    CHECK(github.out.find("::error file=dags/new.yaml,line=4") == 0);
    const std::string markdown = read_text(summary.path() / "summary.md");
    CHECK(markdown.find("`schema/unknown-key` \\(existing\\)\n") != std::string::npos);
    CHECK(github.exit_code == 1);
    // Without --base, no format says anything of a baseline.
    CHECK(project.check({"--format", "json"}).out.find("baseline") == std::string::npos);
}

namespace {

// A DAG of `jobs` jobs, all but the first `fixed` of which depend on a job that does not exist:
// more dag/unknown-dependency findings than one file reports (1,000).
std::string dag_with_unknown_dependencies(int jobs, int fixed = 0) {
    std::string text = "name: big\njobs:\n";
    for (int i = 0; i < jobs; ++i) {
        text += "  - {name: j" + std::to_string(i) + ", command: x" +
                (i >= fixed ? ", dependencies: [missing" + std::to_string(i) + "]" : "") + "}\n";
    }
    return text;
}

std::string last_line(const std::string& text) {
    const std::size_t end = text.size() - (text.ends_with('\n') ? 1 : 0);
    return text.substr(text.rfind('\n', end - 1) + 1);
}

}  // namespace

TEST_CASE("check --base: findings past the per-file cap are existing while the base left out as many") {
    const std::vector<std::string> arguments{"--base", "main", "--select", "dag/unknown-dependency"};
    const GitProject project({{"dags/big.yaml", dag_with_unknown_dependencies(1500)}});
    // 1,500 in both: 1,000 reported one by one and one diagnostic for the other 500, all existing.
    CHECK(last_line(project.check(arguments).out) == "checked 1 file: 0 errors, 0 warnings (and 1500 existing)\n");
    // 100 of the first fixed: findings the base left out move up into the first 1,000.
    project.write("dags/big.yaml", dag_with_unknown_dependencies(1500, 100));
    const RunResult fixed = project.check(arguments);
    CHECK(last_line(fixed.out) == "checked 1 file: 0 errors, 0 warnings (and 1400 existing)\n");
    CHECK(fixed.exit_code == 0);
    // 20 more than the base: new.
    project.write("dags/big.yaml", dag_with_unknown_dependencies(1520));
    const RunResult more = project.check(arguments);
    CHECK(last_line(more.out) == "checked 1 file: 20 errors, 0 warnings (and 1500 existing)\n");
    CHECK(more.exit_code == 1);
}

TEST_CASE("check --base: only new warnings count for --max-warnings") {
    const std::string unused = "# reclint: disable-file=dag/cycle\n";
    const GitProject project({{"dags/feed.yaml", unused + kCleanDag}});
    CHECK(project.check({"--max-warnings", "0"}).exit_code == 1);
    CHECK(project.check({"--max-warnings", "0", "--base", "main"}).exit_code == 0);
    project.write("dags/other.yaml", unused + "name: job-other\njobs:\n  - name: load\n    command: x\n");
    CHECK(project.check({"--max-warnings", "0", "--base", "main"}).exit_code == 1);
    CHECK(project.check({"--max-warnings", "1", "--base", "main"}).exit_code == 0);
}

TEST_CASE("check --base reads git objects and changes nothing in the repository") {
    const GitProject project({{"dags/feed.yaml", kBrokenDag}, {"dags/other.yaml", kCleanDag}});
    project.write("dags/feed.yaml", kCleanDag);
    project.write("dags/added.yaml", kBrokenDag);
    project.git("git add dags/added.yaml");
    const std::string state = "git status --porcelain && git ls-files -s && sha256sum .git/index";
    const std::string before = project.git(state);
    CHECK(project.check({"--base", "main"}).exit_code == 1);
    CHECK(project.git(state) == before);
}

TEST_CASE("check --base outside a git repository: one line, exit 2") {
    ScratchFolder folder;
    folder.write("dags/feed.yaml", kCleanDag);
    const RunResult result = run_reclint_in(folder.path(), {"check", "--base", "main"});
    CHECK(result.out == "");
    CHECK(result.err ==
          "reclint: error: --base needs a git repository, and " + folder.path().string() + " is not inside one\n");
    CHECK(result.exit_code == 2);
}

TEST_CASE("check --base with an unknown revision: one line, exit 2") {
    const GitProject project({{"dags/feed.yaml", kCleanDag}});
    const RunResult result = project.check({"--base", "origin/mian"});
    CHECK(result.out == "");
    CHECK(result.err == "reclint: error: unknown revision \"origin/mian\" (--base)\n");
    CHECK(result.exit_code == 2);
}

TEST_CASE("check --base in a shallow clone without the revision names fetch-depth") {
    const GitProject project({{"dags/feed.yaml", kCleanDag}});
    project.write("dags/feed.yaml", kBrokenDag);
    project.git("git commit -qam second");
    ScratchFolder clones;
    const fs::path clone = clones.path() / "clone";
    const RunResult cloned =
        run_git_in(clones.path(), "git clone -q --depth 1 file://" + project.path().string() + " clone");
    REQUIRE(cloned.exit_code == 0);
    const RunResult result = run_reclint_in(clone, {"check", "--base", "HEAD~1"});
    CHECK(result.out == "");
    CHECK(result.err ==
          "reclint: error: revision \"HEAD~1\" is not in this clone, which is shallow: fetch the history (with "
          "actions/checkout, set fetch-depth: 0)\n");
    CHECK(result.exit_code == 2);
    // The revision that is there works.
    CHECK(run_reclint_in(clone, {"check", "--color", "never", "--base", "HEAD"}).exit_code == 0);
}

TEST_CASE("check --base: a base file that does not parse only has the base's findings") {
    const GitProject project({{"dags/feed.yaml", std::string("name: job-feed-daily\njobs: [\n")}});
    project.write("dags/feed.yaml", kBrokenDag);
    const RunResult result = project.check({"--base", "main"});
    CHECK(result.out == kBrokenDagFindings + "checked 1 file: 2 errors, 0 warnings\n");
    CHECK(result.exit_code == 1);
}

TEST_CASE("check --base: a deleted file, and a symlink in one revision and a file in the other") {
    const GitProject project({{"dags/feed.yaml", kBrokenDag}, {"dags/real.yaml", kCleanDag}});
    project.git("ln -s real.yaml dags/link.yaml && git add -A && git commit -qm link && git branch linked");
    project.git("rm dags/feed.yaml dags/link.yaml");
    project.write("dags/link.yaml", kBrokenDag);
    const RunResult result = project.check({"--base", "linked", "--select", "schema/unknown-key"});
    CHECK(result.out ==
          "dags/link.yaml:4:5: error: unknown key \"comand\" in a job, did you mean \"command\"? "
          "[schema/unknown-key]\n"
          " 4 |     comand: python extract.py\n"
          "   |     ^^^^^^\n"
          "checked 2 files: 1 error, 0 warnings\n");
    CHECK(result.err == "");
    CHECK(result.exit_code == 1);
    // And the other way round: the file became a symlink to a broken file.
    project.git("git add -A && git commit -qm files && git branch files");
    project.git("rm dags/link.yaml && ln -s feed_copy.yaml dags/link.yaml");
    project.write("dags/feed_copy.yaml", kBrokenDag);
    const RunResult back = project.check({"--base", "files", "--select", "schema/unknown-key"});
    CHECK(back.out.find("dags/link.yaml:4:5: error: unknown key \"comand\" in a job, did you mean \"command\"? "
                        "[schema/unknown-key] (existing)\n") != std::string::npos);
    CHECK(back.exit_code == 1);  // the copy is new
}

TEST_CASE("check --base parses a file the pull request left alone once, for both revisions") {
    const GitProject project({{"dags/feed.yaml", kBrokenDag}, {"dags/other.yaml", kCleanDag}});
    project.write("dags/other.yaml", kCleanDag + "# edited\n");
    reclint::CheckRequest request;
    request.cwd = project.path();
    request.config.mode = reclint::ConfigChoice::Mode::discover;
    request.base = "main";
    const reclint::CheckResult result = reclint::run_check(request);
    REQUIRE(result.base);
    const reclint::InputFile* unchanged = result.repository->find("dags/feed.yaml");
    const reclint::InputFile* edited = result.repository->find("dags/other.yaml");
    REQUIRE(unchanged);
    REQUIRE(edited);
    CHECK(result.base->find("dags/feed.yaml") == unchanged);  // the same parsed file
    CHECK(!unchanged->changed);
    CHECK(result.base->find("dags/other.yaml") != edited);  // the base's own bytes, parsed again
    CHECK(edited->changed);
    CHECK(edited->counterpart == result.base->find("dags/other.yaml"));
}
