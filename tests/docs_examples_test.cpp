// The examples of docs/formats.md: every YAML block headed by `# PATH` is written to PATH of one
// scratch repository, and that repository must check clean, so a user can paste them as they are.
#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

#include "test_support.hpp"

using namespace reclint::testing;

namespace {

// (path, text) of every ```yaml block of `markdown` whose first line is `# PATH`.
std::vector<std::pair<std::string, std::string>> headed_yaml_blocks(const std::string& markdown) {
    std::vector<std::pair<std::string, std::string>> blocks;
    const std::string open = "```yaml\n";
    for (std::size_t at = markdown.find(open); at != std::string::npos; at = markdown.find(open, at)) {
        const std::size_t begin = at + open.size();
        const std::size_t end = markdown.find("```", begin);
        REQUIRE(end != std::string::npos);
        const std::string text = markdown.substr(begin, end - begin);
        if (text.starts_with("# ")) {
            blocks.emplace_back(text.substr(2, text.find('\n') - 2), text);
        }
        at = end + 3;
    }
    return blocks;
}

}  // namespace

TEST_CASE("the examples of docs/formats.md form a repository that checks clean") {
    const auto blocks = headed_yaml_blocks(read_text(source_dir() / "docs/formats.md"));
    std::vector<std::string> paths;
    for (const auto& block : blocks) {
        paths.push_back(block.first);
    }
    // One example of each kind of file, and the configuration.
    CHECK(paths == std::vector<std::string>{"dags/job_feed_daily.yaml", "argo/job_feed_daily.yaml",
                                            "experiments/job_feed_graph_v2.yaml", "experiments/search_interleave.yaml",
                                            "holdouts/global_2026h2.yaml", "catalog.yaml", ".reclint.yaml"});

    const ScratchFolder repository;
    write_file(repository.path() / ".git/HEAD", "ref: refs/heads/main\n");
    for (const auto& [path, text] : blocks) {
        repository.write(path, text);
    }
    const RunResult result = run_reclint_in(repository.path(), {"check", "--today", "2026-12-03"});
    INFO(result.out << result.err);
    CHECK(result.exit_code == 0);
    CHECK(result.out == "checked 6 files: no problems\n");
}
