// Runs every golden case under fixtures/<category>/<rule>/<case>/: the case's files are copied
// to a scratch folder, `reclint check --color never <args>` runs there, and its whole output
// must equal expected.txt. A case with a folder base/ is a pull request: the scratch folder is a
// git repository whose branch "main" holds base/'s files as one commit, with the case's other
// files as uncommitted changes on top (args then hold `--base main`). Set
// RECLINT_UPDATE_GOLDEN=1 to rewrite the expected files (then read the diff before committing).
// A case with a folder fixed/ runs `--fix`: afterwards each file there must equal the scratch
// folder's file byte for byte, and a second run must change nothing.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <set>

#include "engine/registry.hpp"

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
        if (name == "base" || name == "args" || name == "expected.txt" || name == "fixed") continue;
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

// The files after `--fix` are those of fixed/; fixing again changes nothing.
void check_fixed(const fs::path& folder, const fs::path& scratch) {
    std::vector<std::pair<fs::path, std::string>> fixed;
    for (const auto& entry : fs::recursive_directory_iterator(folder / "fixed")) {
        if (!entry.is_regular_file()) continue;
        const fs::path relative = entry.path().lexically_relative(folder / "fixed");
        CHECK(read_text(scratch / relative) == read_text(entry.path()));
        fixed.emplace_back(relative, read_text(entry.path()));
    }
    REQUIRE(!fixed.empty());
    run_reclint_in(scratch, case_arguments(folder));
    for (const auto& [relative, text] : fixed)
        CHECK(read_text(scratch / relative) == text);
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
            if (fs::exists(folder / "fixed")) check_fixed(folder, scratch.path());
        }
    }
}

TEST_CASE("a rule has a --fix golden case (a folder fixed/) exactly when it says it can fix", "[fixtures]") {
    std::set<std::string> with_fixed;
    for (const fs::path& folder : fixture_cases()) {
        if (fs::exists(folder / "fixed"))
            with_fixed.insert(folder.parent_path().lexically_relative(source_dir() / "fixtures").generic_string());
    }
    std::set<std::string> fixable;
    for (const reclint::Rule* rule : reclint::registered_rules()) {
        if (rule->info().fixable) fixable.emplace(rule->info().id);
    }
    CHECK(with_fixed == fixable);
}
