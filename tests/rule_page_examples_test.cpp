// Every rule page's failing example, run through reclint, prints exactly the diagnostics the page
// shows: a page that drifts from the real output fails here.
//
// A page may show several examples: each is one or more ```yaml blocks (its files) followed by one
// plain ``` block (the output). A yaml block preceded by a line "`path`:" is written to that path
// (several files for cross-file rules, `.reclint.yaml` for settings); one unnamed block goes to the
// file of the first diagnostic shown. The output's "path:line:col: severity: message" lines are
// compared with every such line of the real text output, in order. Examples run in a folder of
// their own with --today 2026-12-01. A block named "`main:path`:" is a file of the base revision
// of a change/* example: such files are committed on a branch "main" of a git repository, the
// others written over them, and reclint runs with --base main. An output block whose first line is
// "$ reclint check ARG..." runs with those arguments (one or more paths, for instance).
#include <catch2/catch.hpp>

#include <algorithm>
#include <regex>
#include <sstream>

#include "engine/registry.hpp"
#include "test_support.hpp"

using namespace reclint;
using namespace reclint::testing;

namespace {

struct ExampleFile {
    std::string path;
    std::string text;
};

struct Example {
    std::vector<ExampleFile> files;
    std::vector<std::string> shown;
    std::vector<std::string> arguments;  // after `reclint check`, from a "$ reclint check" line
};

std::vector<std::string> words_after(std::string_view prefix, const std::string& line) {
    std::vector<std::string> words;
    std::istringstream rest(line.substr(prefix.size()));
    for (std::string word; rest >> word;)
        words.push_back(word);
    return words;
}

const std::regex& diagnostic_line() {
    static const std::regex pattern(R"(^[^\s:]+:\d+:\d+: (error|warning|info|note): .*)");
    return pattern;
}

std::string_view failing_section(std::string_view page) {
    const std::string_view heading = "## Failing example\n";
    const auto begin = page.find(heading);
    if (begin == std::string_view::npos) return {};
    const auto body = begin + heading.size();
    const auto end = page.find("\n## ", body);
    return page.substr(body, end == std::string_view::npos ? std::string_view::npos : end - body);
}

// "`dags/feed.yaml`:" names the file of the block that follows it.
std::string file_name_in(const std::string& line) {
    if (line.size() > 3 && line.front() == '`' && line.ends_with("`:")) return line.substr(1, line.size() - 3);
    return {};
}

std::vector<Example> parse_failing_examples(std::string_view page) {
    std::vector<Example> examples;
    Example example;
    std::istringstream lines{std::string(failing_section(page))};
    std::string line, last_text_line, block, fence;
    bool inside = false;
    while (std::getline(lines, line)) {
        if (!inside && line.starts_with("```")) {
            inside = true;
            fence = line.substr(3);
            block.clear();
        } else if (inside && line == "```") {
            inside = false;
            if (fence == "yaml") example.files.push_back({file_name_in(last_text_line), block});
            if (fence.empty()) {
                std::istringstream output(block);
                const std::string_view command = "$ reclint check ";
                for (std::string shown; std::getline(output, shown);) {
                    if (std::regex_match(shown, diagnostic_line())) example.shown.push_back(shown);
                    if (shown.starts_with(command)) example.arguments = words_after(command, shown);
                }
                examples.push_back(std::move(example));
                example = {};
            }
            last_text_line.clear();
        } else if (inside) {
            block += line + "\n";
        } else if (!line.empty()) {
            last_text_line = line;
        }
    }
    return examples;
}

std::vector<std::string> diagnostics_printed(const std::string& out) {
    std::vector<std::string> printed;
    std::istringstream lines(out);
    for (std::string line; std::getline(lines, line);) {
        if (std::regex_match(line, diagnostic_line())) printed.push_back(line);
    }
    return printed;
}

// Commits the example's "main:" files on a branch "main" and removes them from the working tree.
bool write_base_files(const ScratchFolder& folder, const Example& example) {
    bool any = false;
    for (const ExampleFile& file : example.files) {
        if (!file.path.starts_with("main:")) continue;
        folder.write(file.path.substr(5), file.text);
        any = true;
    }
    if (!any) return false;
    const RunResult committed = run_git_in(folder.path(), "git init -q -b main && git add -A && git commit -qm base");
    REQUIRE(committed.exit_code == 0);
    for (const ExampleFile& file : example.files) {
        if (file.path.starts_with("main:")) std::filesystem::remove(folder.path() / file.path.substr(5));
    }
    return true;
}

}  // namespace

TEST_CASE("every rule page's failing example shows the output reclint prints", "[catalog][pages]") {
    for (const RulePage& page : rule_pages()) {
        INFO("page rules/" << page.id << ".md");
        const std::vector<Example> examples = parse_failing_examples(page.markdown);
        REQUIRE(!examples.empty());
        for (const Example& example : examples) {
            REQUIRE(!example.files.empty());
            REQUIRE(!example.shown.empty());
            const auto unnamed =
                std::ranges::count_if(example.files, [](const ExampleFile& file) { return file.path.empty(); });
            REQUIRE(unnamed <= 1);
            const std::string first_path = example.shown.front().substr(0, example.shown.front().find(':'));
            ScratchFolder folder;
            std::vector<std::string> arguments = {"check", "--color", "never", "--today", "2026-12-01"};
            if (write_base_files(folder, example)) arguments.insert(arguments.end(), {"--base", "main"});
            arguments.insert(arguments.end(), example.arguments.begin(), example.arguments.end());
            for (const ExampleFile& file : example.files) {
                if (!file.path.starts_with("main:"))
                    folder.write(file.path.empty() ? first_path : file.path, file.text);
            }
            const RunResult run = run_reclint_in(folder.path(), arguments);
            INFO(run.err);
            CHECK(diagnostics_printed(run.out) == example.shown);
        }
    }
}
