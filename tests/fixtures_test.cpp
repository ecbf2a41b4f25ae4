// Runs every golden case under fixtures/<category>/<rule>/<case>/: the case's files are copied
// to a scratch folder, `reclint check --color never <args>` runs there, and its whole output
// must equal expected.txt. A case with a folder base/ is a pull request: the scratch folder is a
// git repository whose branch "main" holds base/'s files as one commit, with the case's other
// files as uncommitted changes on top (args then hold `--base main`). Set
// RECLINT_UPDATE_GOLDEN=1 to rewrite the expected files (then read the diff before committing).
#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>

#include "test_support.hpp"

namespace fs = std::filesystem;
using namespace reclint::testing;

namespace {

std::vector<fs::path> fixture_cases() {
    std::vector<fs::path> cases;
    for (const auto& category : fs::directory_iterator(source_dir() / "fixtures")) {
        if (!category.is_directory()) continue;
        for (const auto& rule : fs::directory_iterator(category.path())) {
            if (!rule.is_directory()) continue;
            for (const auto& each : fs::directory_iterator(rule.path())) {
                if (each.is_directory()) cases.push_back(each.path());
            }
        }
    }
    std::sort(cases.begin(), cases.end());
    return cases;
}

std::vector<std::string> case_arguments(const fs::path& folder) {
    std::vector<std::string> arguments{"check", "--color", "never"};
    std::ifstream file(folder / "args");
    for (std::string line; std::getline(file, line);) {
        if (!line.empty()) arguments.push_back(line);
    }
    return arguments;
}

// Lays the case out in `scratch`: its files, over a commit of base/'s when it has one.
void lay_out(const fs::path& folder, const fs::path& scratch) {
    if (fs::exists(folder / "base")) {
        fs::copy(folder / "base", scratch, fs::copy_options::recursive);
        const RunResult committed = run_git_in(scratch, "git init -q -b main && git add -A && git commit -qm base");
        REQUIRE(committed.err == "");
        for (const auto& entry : fs::directory_iterator(scratch)) {
            if (entry.path().filename() != ".git") fs::remove_all(entry.path());
        }
    }
    for (const auto& entry : fs::directory_iterator(folder)) {
        const fs::path name = entry.path().filename();
        if (name == "base" || name == "args" || name == "expected.txt") continue;
        fs::copy(entry.path(), scratch / name, fs::copy_options::recursive);
    }
}

std::string render(const RunResult& result) {
    std::string text = result.out + "[exit " + std::to_string(result.exit_code) + "]\n";
    std::istringstream err(result.err);
    for (std::string line; std::getline(err, line);)
        text += "stderr: " + line + "\n";
    return text;
}

}  // namespace

TEST_CASE("every fixture produces its expected output", "[fixtures]") {
    const bool update = std::getenv("RECLINT_UPDATE_GOLDEN") != nullptr;
    const std::vector<fs::path> cases = fixture_cases();
    REQUIRE(!cases.empty());
    for (const fs::path& folder : cases) {
        const std::string name = folder.lexically_relative(source_dir() / "fixtures").generic_string();
        SECTION(name) {
            ScratchFolder scratch;
            lay_out(folder, scratch.path());
            const std::string actual = render(run_reclint_in(scratch.path(), case_arguments(folder)));
            if (update) std::ofstream(folder / "expected.txt", std::ios::binary) << actual;
            REQUIRE(fs::exists(folder / "expected.txt"));
            CHECK(actual == read_text(folder / "expected.txt"));
        }
    }
}
