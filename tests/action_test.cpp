// The GitHub Action's scripts (.ci/action, .ci/install-packages) run as the runner runs them: a
// fresh bash with the runner's variables, inputs only as INPUT_* variables, files for outputs.
#include <catch2/catch.hpp>

#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <regex>

#include "test_support.hpp"

namespace fs = std::filesystem;
using namespace reclint::testing;

namespace {

using Variables = std::vector<std::pair<std::string, std::string>>;

// A runner: a workspace, the files the runner reads back, and the variables it sets.
struct FakeRunner {
    ScratchFolder root;
    fs::path workspace = root.path() / "workspace";
    fs::path summary = root.path() / "runner" / "summary.md";
    fs::path output = root.path() / "runner" / "output";
    fs::path temp = root.path() / "runner" / "temp";

    FakeRunner() {
        fs::create_directories(workspace);
        fs::create_directories(temp);
    }
    Variables variables(const Variables& inputs = {}) const {
        Variables all = {{"PATH", "/usr/local/bin:/usr/bin:/bin"},
                         {"HOME", root.path().string()},
                         {"GITHUB_ACTIONS", "true"},
                         {"GITHUB_WORKSPACE", workspace.string()},
                         {"GITHUB_STEP_SUMMARY", summary.string()},
                         {"GITHUB_OUTPUT", output.string()},
                         {"RUNNER_TEMP", temp.string()},
                         {"GITHUB_ACTION_PATH", source_dir().string()},
                         {"RECLINT", RECLINT_BINARY}};
        all.insert(all.end(), inputs.begin(), inputs.end());
        return all;
    }
    RunResult run(const std::string& script, const Variables& inputs = {}) const {
        return run_bash_in(workspace, "bash " + shell_quote((source_dir() / script).string()) + "\n",
                           variables(inputs));
    }
};

// What reclint says about paths that are not there: each taken as a path, as it was written.
std::string not_found(std::initializer_list<const char*> paths) {
    std::string text;
    for (const char* path : paths)
        text += std::string("reclint: error: ") + path + ": no such file or directory\n";
    return text;
}

}  // namespace

TEST_CASE("the action's run step annotates, writes the summary, the outputs and SARIF") {
    FakeRunner runner;
    write_file(runner.workspace / "dags/feed.yaml", kBrokenDag);
    write_file(runner.workspace / "other/ignored.yaml", kBrokenDag);
    const RunResult result =
        runner.run(".ci/action/run.sh", {{"INPUT_PATHS", "dags"}, {"INPUT_SARIF_FILE", "reclint.sarif"}});
    CHECK(result.exit_code == 1);
    CHECK(result.err.empty());
    CHECK(read_text(runner.output) == "errors=2\nwarnings=0\n");

    // Exactly what reclint writes itself (github_report_test and sarif_report_test check that).
    const Variables on_github = {{"GITHUB_WORKSPACE", runner.workspace.string()}};
    const RunResult github = run_reclint_in(
        runner.workspace, {"check", "--format", "github", "--summary", "../direct.md", "dags"}, on_github);
    CHECK(github.out.starts_with("::error file=dags/feed.yaml,line=3,endLine=4,title=schema/invalid::"));
    CHECK(result.out == github.out);
    CHECK(read_text(runner.summary) == read_text(runner.root.path() / "direct.md"));
    const RunResult sarif = run_reclint_in(runner.workspace, {"check", "--format", "sarif", "dags"}, on_github);
    CHECK(read_text(runner.workspace / "reclint.sarif") == sarif.out);
    CHECK(fs::is_empty(runner.temp));
}

TEST_CASE("the action's run step passes on a clean repository") {
    FakeRunner runner;
    write_file(runner.workspace / "dags/feed.yaml", kCleanDag);
    const RunResult result = runner.run(".ci/action/run.sh");
    CHECK(result.exit_code == 0);
    CHECK(result.out == "checked 1 file: no problems\n");
    CHECK(read_text(runner.output) == "errors=0\nwarnings=0\n");
    CHECK(read_text(runner.summary) == "## reclint\n\nchecked 1 file\\: no problems\n\n");
}

TEST_CASE("the action's run step honours working-directory, config and max-warnings") {
    FakeRunner runner;
    write_file(runner.workspace / "recs/dags/feed.yaml", kBrokenDag);
    write_file(runner.workspace / "recs/lenient.yaml",
               "rules: {schema/invalid: warning, schema/unknown-key: warning}\n");
    const RunResult result = runner.run(".ci/action/run.sh", {{"INPUT_WORKING_DIRECTORY", "recs"},
                                                              {"INPUT_PATHS", "dags\n"},
                                                              {"INPUT_CONFIG", "lenient.yaml"},
                                                              {"INPUT_MAX_WARNINGS", "1"}});
    CHECK(result.exit_code == 1);
    CHECK(result.out.starts_with("::warning file=recs/dags/feed.yaml,line=3,endLine=4,title=schema/invalid::"));
    CHECK(result.out.ends_with("checked 1 file: 0 errors, 2 warnings\n"));
    CHECK(read_text(runner.output) == "errors=0\nwarnings=2\n");
}

TEST_CASE("the action's run step compares with the base commit: existing findings pass, in the summary only") {
    FakeRunner runner;
    write_file(runner.workspace / "dags/feed.yaml", kBrokenDag);
    REQUIRE(run_git_in(runner.workspace, "git init -q -b main && git add -A && git commit -qm base").exit_code == 0);
    write_file(runner.workspace / "dags/new.yaml", kBrokenDag);
    const RunResult result = runner.run(".ci/action/run.sh", {{"INPUT_BASE", "main"}});
    CHECK(result.exit_code == 1);
    CHECK(result.out.find("file=dags/feed.yaml") == std::string::npos);
    CHECK(result.out.find("file=dags/new.yaml") != std::string::npos);
    CHECK(result.out.ends_with("checked 2 files: 2 errors, 0 warnings (and 2 existing)\n"));
    CHECK(read_text(runner.output) == "errors=2\nwarnings=0\n");
    CHECK(read_text(runner.summary).find("`schema/unknown-key` \\(existing\\)") != std::string::npos);
    // Empty turns it off.
    CHECK(runner.run(".ci/action/run.sh", {{"INPUT_BASE", ""}}).out.find("file=dags/feed.yaml") != std::string::npos);
}

TEST_CASE("the action's base defaults to the pull request's base commit") {
    const YAML::Node action = YAML::LoadFile((source_dir() / "action.yml").string());
    CHECK(action["inputs"]["base"]["default"].as<std::string>() == "${{ github.event.pull_request.base.sha }}");
}

TEST_CASE("the action's inputs are data: nothing in them is run or expanded") {
    FakeRunner runner;
    write_file(runner.workspace / "dags/feed.yaml", kCleanDag);
    const RunResult result = runner.run(".ci/action/run.sh", {{"INPUT_PATHS", "$(touch pwned) `touch pwned2` *"}});
    CHECK(result.exit_code == 2);
    CHECK(result.err == not_found({"$(touch", "pwned)", "`touch", "pwned2`", "*"}));
    CHECK_FALSE(fs::exists(runner.workspace / "pwned"));
    CHECK_FALSE(fs::exists(runner.workspace / "pwned2"));
    CHECK(read_text(runner.output) == "errors=0\nwarnings=0\n");
}

TEST_CASE("the action's paths that start with a dash are paths, not options") {
    FakeRunner runner;
    write_file(runner.workspace / "dags/feed.yaml", kBrokenDag);
    const RunResult result = runner.run(".ci/action/run.sh", {{"INPUT_PATHS", "--format=json -o pwned --version"}});
    CHECK(result.exit_code == 2);
    CHECK(result.err == not_found({"--format=json", "-o", "pwned", "--version"}));
    CHECK_FALSE(fs::exists(runner.workspace / "pwned"));
}

TEST_CASE("the action's paths are one a line when there are several lines, spaces and all") {
    FakeRunner runner;
    write_file(runner.workspace / "my dags/feed.yaml", kBrokenDag);
    write_file(runner.workspace / "dags/[a-z]*.yaml", kCleanDag);
    write_file(runner.workspace / "dags/other.yaml", kBrokenDag);
    const RunResult result = runner.run(
        ".ci/action/run.sh", {{"INPUT_PATHS", "  my dags/feed.yaml  \n\n\tdags/[a-z]*.yaml\n$(touch pwned)\n"}});
    CHECK(result.exit_code == 2);
    CHECK(result.out.starts_with("::error file=my dags/feed.yaml,line=3,endLine=4,title=schema/invalid::"));
    CHECK(result.out.find("other.yaml") == std::string::npos);
    CHECK(result.err == not_found({"$(touch pwned)"}));
    CHECK_FALSE(fs::exists(runner.workspace / "pwned"));
}

TEST_CASE("the action's run step reports a working-directory that is not there") {
    FakeRunner runner;
    const RunResult result = runner.run(".ci/action/run.sh", {{"INPUT_WORKING_DIRECTORY", "no such\n::warning::x"}});
    CHECK(result.exit_code == 2);
    CHECK(result.out == "::error title=reclint::working-directory \"no such%0A::warning::x\" is not a folder\n");
    CHECK_FALSE(fs::exists(runner.output));
}

TEST_CASE("the action's cache key covers the sources and nothing else") {
    FakeRunner runner;
    ScratchFolder action;
    action.write("CMakeLists.txt", "project(x)\n");
    action.write("src/main.cpp", "int main() {}\n");
    action.write("README.md", "# x\n");
    action.write(".ci/packages", "g++\n");
    fs::copy_file(source_dir() / ".ci/action/cache-key.sh", action.path() / "cache-key.sh");
    const auto key = [&] {
        fs::remove(runner.output);
        Variables variables = runner.variables();
        variables.emplace_back("GITHUB_ACTION_PATH",
                               action.path().string());  // the later one wins in env
        const RunResult result =
            run_bash_in(runner.workspace, "bash " + shell_quote((action.path() / "cache-key.sh").string()), variables);
        REQUIRE(result.exit_code == 0);
        return read_text(runner.output);
    };
    const std::string first = key();
    CHECK(std::regex_match(
        first, std::regex("key=reclint-[0-9a-f]{64}\nbinary=" + action.path().string() + "/build/reclint\n")));
    CHECK(key() == first);
    action.write("README.md", "# y\n");
    CHECK(key() == first);
    action.write("src/main.cpp", "int main() { return 0; }\n");
    CHECK(key() != first);
}

namespace {

// The action's folder as the build step sees it, with spies in place of the commands a build runs
// (cmake, apt-get, dpkg-query): each call is appended to calls.log, nothing is built.
struct SpiedBuild {
    FakeRunner runner;
    ScratchFolder action;
    fs::path spies = action.path() / "spies";
    fs::path log = action.path() / "calls.log";

    SpiedBuild() {
        for (const char* script : {".ci/action/build.sh", ".ci/install-packages", ".ci/packages"}) {
            write_file(action.path() / script, read_text(source_dir() / script));
        }
        for (const char* command : {"cmake", "apt-get", "dpkg-query"}) {
            write_file(spies / command, std::string("#!/bin/sh\necho \"") + command + " $*\" >> \"$SPY_LOG\"\n");
        }
        write_file(spies / "sudo", "#!/bin/sh\nexec \"$@\"\n");  // the spied apt-get, as root or not
        for (const char* command : {"cmake", "apt-get", "dpkg-query", "sudo"}) {
            fs::permissions(spies / command, fs::perms::owner_all);
        }
    }
    RunResult run(const std::string& cache_hit) const {
        Variables variables = runner.variables({{"RECLINT_CACHE_HIT", cache_hit}, {"SPY_LOG", log.string()}});
        variables.emplace_back("GITHUB_ACTION_PATH", action.path().string());
        variables.emplace_back("PATH", spies.string() + ":/usr/bin:/bin");
        return run_bash_in(runner.workspace,
                           "bash " + shell_quote((action.path() / ".ci/action/build.sh").string()) + "\n", variables);
    }
};

}  // namespace

TEST_CASE("the action's build step on a cache hit installs and builds nothing") {
    SpiedBuild build;
    fs::create_directories(build.action.path() / "build");
    fs::create_symlink(RECLINT_BINARY, build.action.path() / "build" / "reclint");
    const RunResult result = build.run("true");
    CHECK(result.exit_code == 0);
    CHECK(result.out == "reclint: using the cached build (reclint " RECLINT_VERSION ")\n");
    CHECK_FALSE(fs::exists(build.log));
}

TEST_CASE("the action's build step on a cache miss installs .ci/packages and builds the static binary") {
    SpiedBuild build;
    const RunResult result = build.run("");
    CHECK(result.exit_code == 0);
    const std::string jobs = run_bash_in(build.runner.workspace, "nproc", build.runner.variables()).out;
    const std::string action = build.action.path().string();
    const std::string packages =
        "g++ cmake make pkg-config libyaml-cpp-dev libvalijson-dev nlohmann-json3-dev libcli11-dev libpq-dev "
        "libre2-dev libgit2-dev";
    std::string queries;
    for (const char* package : {"g++", "cmake", "make", "pkg-config", "libyaml-cpp-dev", "libvalijson-dev",
                                "nlohmann-json3-dev", "libcli11-dev", "libpq-dev", "libre2-dev", "libgit2-dev"}) {
        queries += std::string("dpkg-query -W -f=${Status} ") + package + "\n";
    }
    // Never -Werror: a user's compiler may warn about what CI's does not.
    CHECK(read_text(build.log) == queries + "apt-get update -qq\napt-get install -y -qq --no-install-recommends " +
                                      packages + "\ncmake -S " + action + " -B " + action +
                                      "/build -DCMAKE_BUILD_TYPE=Release -DRECLINT_STATIC=ON -DRECLINT_WERROR=OFF "
                                      "-DRECLINT_BUILD_TESTS=OFF -DRECLINT_BUILD_BENCH=OFF\ncmake --build " +
                                      action + "/build -j" + jobs.substr(0, jobs.find('\n')) + " --target reclint\n");
}

TEST_CASE("the install step finds every package installed: the action's list, and bootstrap's") {
    FakeRunner runner;
    const std::string script = shell_quote((source_dir() / ".ci/install-packages").string());
    const RunResult action = run_bash_in(runner.workspace, "bash " + script + " .ci/packages\n", runner.variables());
    CHECK(action.exit_code == 0);
    CHECK(action.out == "reclint: the packages of .ci/packages are installed\n");
    const RunResult bootstrap = run_bash_in(runner.workspace, "bash " + script + "\n", runner.variables());
    CHECK(bootstrap.exit_code == 0);
    CHECK(bootstrap.out == "reclint: the packages of .ci/packages .ci/packages-test are installed\n");
}

TEST_CASE("the action installs what building reclint needs, not the test tools, and only on a miss") {
    const std::string packages = read_text(source_dir() / ".ci/packages");
    CHECK(packages ==
          "g++\ncmake\nmake\npkg-config\nlibyaml-cpp-dev\nlibvalijson-dev\nnlohmann-json3-dev\nlibcli11-dev\nlibpq-"
          "dev\nlibre2-dev\nlibgit2-dev\n");
    const YAML::Node action = YAML::LoadFile((source_dir() / "action.yml").string());
    for (const YAML::Node& step : action["runs"]["steps"]) {
        if (step["run"]) CHECK(step["run"].as<std::string>().find("install-packages") == std::string::npos);
    }
}

TEST_CASE("action.yml passes inputs to its scripts only through env") {
    const YAML::Node action = YAML::LoadFile((source_dir() / "action.yml").string());
    REQUIRE(action["runs"]["using"].as<std::string>() == "composite");
    const YAML::Node steps = action["runs"]["steps"];
    REQUIRE(steps.size() == 4);
    for (const YAML::Node& step : steps) {
        if (!step["run"]) continue;
        const std::string run = step["run"].as<std::string>();
        CHECK(run.find("${{") == std::string::npos);
        std::smatch script;
        REQUIRE(std::regex_search(run, script, std::regex("\\$GITHUB_ACTION_PATH/([^\"]+)")));
        CHECK(fs::exists(source_dir() / script[1].str()));
    }
    for (const auto& input : action["inputs"]) {
        const std::string variable = "INPUT_" + std::regex_replace(input.first.as<std::string>(), std::regex("-"), "_");
        std::string upper;
        for (const char c : variable)
            upper += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        CHECK(steps[3]["env"][upper].as<std::string>() == "${{ inputs." + input.first.as<std::string>() + " }}");
    }
    CHECK(action["outputs"]["errors"]["value"].as<std::string>() == "${{ steps.run.outputs.errors }}");
    CHECK(action["outputs"]["warnings"]["value"].as<std::string>() == "${{ steps.run.outputs.warnings }}");
}
