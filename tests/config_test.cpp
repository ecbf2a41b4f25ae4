// `.reclint.yaml` as a user meets it: where it is found, --config, --no-config, --verbose, and the
// command line's --select/--ignore, in `check` and in `rules`.
#include <catch2/catch.hpp>

#include <sstream>

#include "test_support.hpp"

namespace fs = std::filesystem;
using namespace reclint::testing;

namespace {

const std::string kMisspelledKeyDag =
    "name: job-feed-daily\n"
    "jobs:\n"
    "  - name: extract\n"
    "    command: python extract.py\n"
    "    comand: python extract.py\n";

const std::string kMisspelledKeyDagReport =
    "dags/feed.yaml:5:5: error: unknown key \"comand\" in a job, did you mean \"command\"? "
    "[schema/unknown-key]\n"
    " 5 |     comand: python extract.py\n"
    "   |     ^^^^^^\n"
    "checked 1 file: 1 error, 0 warnings\n";

// A repository `repo/` (it holds `.git`) with a broken DAG file in `repo/dags/`.
struct Repository {
    ScratchFolder scratch;
    fs::path root = scratch.path() / "repo";
    Repository() {
        fs::create_directories(root / ".git");
        scratch.write("repo/dags/feed.yaml", kMisspelledKeyDag);
    }
    void write(const std::string& relative, const std::string& text) const { scratch.write("repo/" + relative, text); }
};

// The line of `reclint rules` for `id`, with runs of blanks squeezed to one.
std::string rules_line(const std::string& listing, const std::string& id) {
    std::istringstream lines(listing);
    for (std::string line; std::getline(lines, line);) {
        if (!line.starts_with(id + " ")) continue;
        std::string squeezed;
        for (const char c : line) {
            if (c != ' ' || squeezed.empty() || squeezed.back() != ' ') squeezed += c;
        }
        return squeezed;
    }
    return "(no line for " + id + ")";
}

}  // namespace

TEST_CASE("the config is found by walking up from a subfolder to the repository root") {
    Repository repo;
    repo.write(".reclint.yaml", "rules:\n  schema/unknown-key: warning\n");
    const RunResult result = run_reclint_in(repo.root / "dags", {"check", "--verbose", "--color", "never"});
    CHECK(result.exit_code == 0);
    CHECK(result.err == "reclint: using config ../.reclint.yaml; its paths and globs are relative to ..\n");
    CHECK(result.out ==
          "feed.yaml:5:5: warning: unknown key \"comand\" in a job, did you mean \"command\"? "
          "[schema/unknown-key]\n"
          " 5 |     comand: python extract.py\n"
          "   |     ^^^^^^\n"
          "checked 1 file: 0 errors, 1 warning\n");
}

TEST_CASE("a config named .reclint.yml is found like .reclint.yaml, and is not an input") {
    Repository repo;
    repo.write(".reclint.yml", "rules:\n  schema/unknown-key: warning\n");
    const RunResult result = run_reclint_in(repo.root, {"check", "--verbose", "--color", "never"});
    CHECK(result.exit_code == 0);
    CHECK(result.err == "reclint: using config .reclint.yml; its paths and globs are relative to .\n");
    CHECK(result.out.find("warning: unknown key \"comand\"") != std::string::npos);
    CHECK(result.out.ends_with("checked 1 file: 0 errors, 1 warning\n"));
}

TEST_CASE("a folder with both .reclint.yaml and .reclint.yml is a config error") {
    Repository repo;
    repo.write(".reclint.yml", "rules:\n  schema/unknown-key: warning\n");
    repo.write(".reclint.yaml", "rules:\n  schema/unknown-key: off\n");
    const RunResult result = run_reclint_in(repo.root / "dags", {"check", "--color", "never"});
    CHECK(result.exit_code == 2);
    CHECK(result.err ==
          "reclint: error: ../.reclint.yml: two config files: this one and .reclint.yaml beside it; keep one\n");
}

TEST_CASE("a config above the repository root is not used") {
    Repository repo;
    repo.scratch.write(".reclint.yaml", "rules:\n  schema/unknown-key: off\n");
    const RunResult result = run_reclint_in(repo.root, {"check", "--verbose", "--color", "never"});
    CHECK(result.exit_code == 1);
    CHECK(result.err ==
          "reclint: using the default settings: no .reclint.yaml here or in a parent folder up to "
          "the repository "
          "root\n");
    CHECK(result.out == kMisspelledKeyDagReport);
}

TEST_CASE("the nearest config wins over one further up") {
    Repository repo;
    repo.write(".reclint.yaml", "rules:\n  schema/unknown-key: off\n");
    repo.write("dags/.reclint.yaml", "rules:\n  schema/unknown-key: warning\n");
    const RunResult result = run_reclint_in(repo.root / "dags", {"check", "--verbose", "--color", "never"});
    CHECK(result.exit_code == 0);
    CHECK(result.err == "reclint: using config .reclint.yaml; its paths and globs are relative to .\n");
    CHECK(result.out.ends_with("checked 1 file: 0 errors, 1 warning\n"));
}

TEST_CASE(
    "config names a file relative to the current folder, and its globs stay relative to the "
    "repository") {
    Repository repo;
    repo.write("ci/reclint.yaml", "exclude: [\"dags/legacy/**\"]\nrules:\n  schema/unknown-key: warning\n");
    repo.write("dags/legacy/old.yaml", kMisspelledKeyDag);
    const RunResult result = run_reclint_in(
        repo.root / "dags", {"check", "--config", "../ci/reclint.yaml", "--verbose", "--color", "never"});
    CHECK(result.exit_code == 0);
    CHECK(result.err ==
          "reclint: using config ../ci/reclint.yaml (--config); its paths and globs are relative "
          "to ..\n");
    CHECK(result.out ==
          "feed.yaml:5:5: warning: unknown key \"comand\" in a job, did you mean \"command\"? "
          "[schema/unknown-key]\n"
          " 5 |     comand: python extract.py\n"
          "   |     ^^^^^^\n"
          "checked 1 file: 0 errors, 1 warning\n");
}

TEST_CASE("config naming a missing file is a usage error") {
    Repository repo;
    const RunResult result = run_reclint_in(repo.root, {"check", "--config", "reclint.yml"});
    CHECK(result.exit_code == 2);
    CHECK(result.err == "reclint: error: reclint.yml: cannot read the config file: no such file or directory\n");
    CHECK(result.out == "checked 0 files: no problems found, but a file could not be read\n");
}

TEST_CASE("a config that is a dangling symlink or a symlink loop cannot be read: never the defaults") {
    Repository repo;
    fs::create_symlink("shared/reclint.yaml", repo.root / ".reclint.yaml");
    const RunResult dangling = run_reclint_in(repo.root / "dags", {"check"});
    CHECK(dangling.exit_code == 2);
    CHECK(dangling.err ==
          "reclint: error: ../.reclint.yaml: cannot read the config file: the symlink points to a file that does "
          "not exist\n");
    CHECK(dangling.out == "checked 0 files: no problems found, but a file could not be read\n");
    const RunResult rules = run_reclint_in(repo.root, {"rules"});
    CHECK(rules.exit_code == 2);
    CHECK(rules.err ==
          "reclint: error: .reclint.yaml: cannot read the config file: the symlink points to a file that does not "
          "exist\n");
    fs::remove(repo.root / ".reclint.yaml");
    fs::create_symlink(".reclint.yaml", repo.root / ".reclint.yaml");
    const RunResult loop = run_reclint_in(repo.root, {"check"});
    CHECK(loop.exit_code == 2);
    CHECK(loop.err ==
          "reclint: error: .reclint.yaml: cannot read the config file: too many levels of symbolic links (a symlink "
          "loop?)\n");
}

TEST_CASE("no-config ignores the config, even a broken one") {
    Repository repo;
    repo.write(".reclint.yaml", "rulez: {}\n");
    const RunResult result = run_reclint_in(repo.root, {"check", "--no-config", "--verbose", "--color", "never"});
    CHECK(result.exit_code == 1);
    CHECK(result.err == "reclint: using the default settings (--no-config)\n");
    CHECK(result.out == kMisspelledKeyDagReport);
}

TEST_CASE("a typo in the config found from a subfolder stops the run with exit code 2") {
    Repository repo;
    repo.write(".reclint.yaml", "rules:\n  schema/unknown-keys: warning\nexlude: [vendor/]\n");
    const RunResult result = run_reclint_in(repo.root / "dags", {"check", "--color", "never"});
    CHECK(result.exit_code == 2);
    CHECK(result.out ==
          "../.reclint.yaml:2:3: error: unknown rule \"schema/unknown-keys\", did you mean "
          "\"schema/unknown-key\"? "
          "[schema/unknown-key]\n"
          " 2 |   schema/unknown-keys: warning\n"
          "   |   ^^^^^^^^^^^^^^^^^^^\n"
          "../.reclint.yaml:3:1: error: unknown key \"exlude\" in the configuration, did you mean "
          "\"exclude\"? "
          "[schema/unknown-key]\n"
          " 3 | exlude: [vendor/]\n"
          "   | ^^^^^^\n"
          "checked 0 files: 2 errors, 0 warnings\n");
    CHECK(result.err == "reclint: error: the config file has problems; nothing was checked\n");
}

TEST_CASE("select and ignore name rules that exist, or the run stops with exit code 2") {
    Repository repo;
    const RunResult result = run_reclint_in(repo.root, {"check", "--select", "schema/unknown-keys,shema/*", "--ignore",
                                                        "yaml/*,yaml/duplicate_key", "--ignore", ""});
    CHECK(result.exit_code == 2);
    CHECK(result.out.empty());
    CHECK(result.err ==
          "reclint: error: --select: unknown rule \"schema/unknown-keys\", did you mean "
          "\"schema/unknown-key\"?\n"
          "reclint: error: --select: \"shema/*\" matches no rule, did you mean \"schema/*\"?\n"
          "reclint: error: --ignore: unknown rule \"yaml/duplicate_key\", did you mean "
          "\"yaml/duplicate-key\"?\n"
          "reclint: error: --ignore: an empty rule id\n");
}

TEST_CASE("select and ignore override the config") {
    Repository repo;
    repo.write(".reclint.yaml", "rules:\n  schema/unknown-key: off\n");
    const RunResult selected =
        run_reclint_in(repo.root, {"check", "--select", "schema/unknown-key", "--color", "never"});
    CHECK(selected.exit_code == 1);
    CHECK(selected.out == kMisspelledKeyDagReport);
    const RunResult ignored = run_reclint_in(repo.root, {"check", "--ignore", "schema/*", "dags/feed.yaml"});
    CHECK(ignored.exit_code == 0);  // the path after --ignore is a path, not another rule
    CHECK(ignored.out == "checked 1 file: no problems\n");
}

TEST_CASE("select keeps the rules that report unreadable files unless they are ignored by name") {
    Repository repo;
    repo.write("dags/broken.yaml", "name: x\njobs: [\n");
    const RunResult selected = run_reclint_in(repo.root, {"check", "--select", "schema/invalid", "--color", "never"});
    CHECK(selected.exit_code == 1);
    CHECK(selected.out ==
          "dags/broken.yaml:3:1: error: \"]\" expected: a flow sequence is not closed [yaml/syntax]\n"
          " 3 |\n"
          "   | ^\n"
          "dags/broken.yaml:2:7: note: the sequence opens here\n"
          " 2 | jobs: [\n"
          "   |       ^\n"
          "checked 2 files: 1 error, 0 warnings\n");
    const RunResult ignored =
        run_reclint_in(repo.root, {"check", "--select", "schema/invalid", "--ignore", "yaml/syntax"});
    CHECK(ignored.exit_code == 0);
    CHECK(ignored.out == "checked 2 files: no problems\n");
}

TEST_CASE("rules shows each rule's severity under the config and the command line") {
    Repository repo;
    repo.write(".reclint.yaml", "rules:\n  schema/*: warning\n  schema/invalid: error\n  yaml/duplicate-key: off\n");
    const RunResult configured = run_reclint_in(repo.root / "dags", {"rules"});
    CHECK(configured.exit_code == 0);
    CHECK(rules_line(configured.out, "schema/invalid") ==
          "schema/invalid error a value of the wrong type, a missing required key, a value outside "
          "an enum or pattern");
    CHECK(rules_line(configured.out, "schema/unknown-key").starts_with("schema/unknown-key warning a key"));
    CHECK(rules_line(configured.out, "yaml/duplicate-key").starts_with("yaml/duplicate-key off a key"));
    CHECK(rules_line(configured.out, "yaml/syntax").starts_with("yaml/syntax error a file"));

    const RunResult filtered =
        run_reclint_in(repo.root, {"rules", "--select", "schema/*,yaml/duplicate-key", "--ignore", "schema/invalid"});
    CHECK(filtered.exit_code == 0);
    CHECK(rules_line(filtered.out, "schema/invalid").starts_with("schema/invalid off "));
    CHECK(rules_line(filtered.out, "schema/unknown-key").starts_with("schema/unknown-key warning "));
    CHECK(rules_line(filtered.out, "yaml/duplicate-key").starts_with("yaml/duplicate-key error "));
    CHECK(rules_line(filtered.out, "suppression/unused").starts_with("suppression/unused off "));
    CHECK(rules_line(filtered.out, "yaml/syntax").starts_with("yaml/syntax error "));

    const RunResult defaults = run_reclint_in(repo.root, {"rules", "--no-config", "--format", "json"});
    CHECK(defaults.exit_code == 0);
    CHECK(defaults.out.find("{\n    \"id\": \"yaml/duplicate-key\",\n    \"severity\": \"error\",\n"
                            "    \"default_severity\": \"error\",") != std::string::npos);
}

TEST_CASE("rules refuses a config with problems instead of listing defaults") {
    Repository repo;
    repo.write(".reclint.yaml", "rules:\n  yaml/duplicate-keys: off\n");
    const RunResult result = run_reclint_in(repo.root, {"rules"});
    CHECK(result.exit_code == 2);
    CHECK(result.out.empty());
    CHECK(result.err ==
          ".reclint.yaml:2:3: error: unknown rule \"yaml/duplicate-keys\", did you mean "
          "\"yaml/duplicate-key\"? "
          "[schema/unknown-key]\n"
          " 2 |   yaml/duplicate-keys: off\n"
          "   |   ^^^^^^^^^^^^^^^^^^^\n"
          "reclint: error: the config file has problems\n");
    CHECK(run_reclint_in(repo.root, {"rules", "--select", "yaml/syntx"}).err ==
          "reclint: error: --select: unknown rule \"yaml/syntx\", did you mean \"yaml/syntax\"?\n");
}

TEST_CASE("a folder given with \"..\" finds its repository root as the shell would") {
    // `repo/` holds `.git` and the WorkflowTemplate; `other/` is no repository. Walking up the text
    // of "repo/../other" would reach `repo/` and read its WorkflowTemplate as context.
    ScratchFolder scratch;
    fs::create_directories(scratch.path() / "repo/.git");
    scratch.write("repo/common.yaml",
                  "apiVersion: argoproj.io/v1alpha1\nkind: WorkflowTemplate\n"
                  "metadata: {name: common}\nspec:\n  templates:\n"
                  "    - {name: run, container: {image: busybox}}\n");
    scratch.write("other/feed.yaml",
                  "apiVersion: argoproj.io/v1alpha1\nkind: Workflow\n"
                  "metadata: {generateName: feed-}\nspec:\n  entrypoint: main\n  templates:\n"
                  "    - name: main\n      steps:\n"
                  "        - - {name: run, templateRef: {name: common, template: run}}\n");
    const RunResult result =
        run_reclint_in(scratch.path() / "repo" / ".." / "other", {"check", "--color", "never", "--format", "json"});
    INFO(result.out << result.err);
    CHECK(result.exit_code == 0);
    CHECK(result.out.find("\"rule\": \"argo/missing-template-ref\"") != std::string::npos);
    CHECK(result.out.find("\"files_checked\": 1,") != std::string::npos);
}
