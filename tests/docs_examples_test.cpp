// The YAML examples of docs/formats.md and the README, so a user can paste them as they are: every
// block of formats.md, headed by `# PATH`, is written to PATH of one scratch repository, which must
// check clean; each README block, headed by its path too, must leave that repository clean when
// written over it.
#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

#include "test_support.hpp"

using namespace reclint::testing;

namespace {

// (path, text) of every ```yaml block of `markdown`; the path is the first line's `# PATH`, or
// empty when the first line is not one.
std::vector<std::pair<std::string, std::string>> yaml_blocks(const std::string& markdown) {
    std::vector<std::pair<std::string, std::string>> blocks;
    const std::string open = "```yaml\n";
    for (std::size_t at = markdown.find(open); at != std::string::npos; at = markdown.find(open, at)) {
        const std::size_t begin = at + open.size();
        const std::size_t end = markdown.find("```", begin);
        REQUIRE(end != std::string::npos);
        const std::string text = markdown.substr(begin, end - begin);
        const std::string first = text.substr(0, text.find('\n'));
        const bool headed = first.starts_with("# ") && first.find(' ', 2) == std::string::npos;
        blocks.emplace_back(headed ? first.substr(2) : "", text);
        at = end + 3;
    }
    return blocks;
}

std::vector<std::string> paths_of(const std::vector<std::pair<std::string, std::string>>& blocks) {
    std::vector<std::string> paths;
    paths.reserve(blocks.size());
    for (const auto& block : blocks) {
        paths.push_back(block.first);
    }
    return paths;
}

// A git repository holding the examples of docs/formats.md.
void write_formats_examples(const ScratchFolder& repository) {
    write_file(repository.path() / ".git/HEAD", "ref: refs/heads/main\n");
    for (const auto& [path, text] : yaml_blocks(read_text(source_dir() / "docs/formats.md"))) {
        repository.write(path, text);
    }
}

RunResult check_examples(const ScratchFolder& repository) {
    return run_reclint_in(repository.path(), {"check", "--today", "2026-12-03"});
}

}  // namespace

TEST_CASE("the examples of docs/formats.md form a repository that checks clean") {
    const std::vector<std::string> paths = paths_of(yaml_blocks(read_text(source_dir() / "docs/formats.md")));
    // One example of each kind of file, and the configuration.
    CHECK(paths == std::vector<std::string>{"dags/job_feed_daily.yaml", "argo/job_feed_daily.yaml",
                                            "experiments/job_feed_graph_v2.yaml", "experiments/search_interleave.yaml",
                                            "holdouts/global_2026h2.yaml", "catalog.yaml", ".reclint.yaml"});

    const ScratchFolder repository;
    write_formats_examples(repository);
    const RunResult result = check_examples(repository);
    INFO(result.out << result.err);
    CHECK(result.exit_code == 0);
    CHECK(result.out == "checked 6 files: no problems\n");
}

TEST_CASE("each YAML example of the README checks clean where its first line puts it") {
    const auto blocks = yaml_blocks(read_text(source_dir() / "README.md"));
    // The GitHub workflow, the pre-commit config, two configs, the suppression comments, the
    // editor's schema line; none without its path.
    CHECK(paths_of(blocks) == std::vector<std::string>{".github/workflows/reclint.yml", ".pre-commit-config.yaml",
                                                       ".reclint.yaml", "dags/legacy_feed.yaml", ".reclint.yaml",
                                                       "experiments/search_interleave.yaml"});
    for (const auto& [path, text] : blocks) {
        INFO(path << ":\n" << text);
        const ScratchFolder repository;
        write_formats_examples(repository);
        repository.write(path, text);
        const RunResult result = check_examples(repository);
        INFO(result.out << result.err);
        CHECK(result.exit_code == 0);
        CHECK(result.out.ends_with(": no problems\n"));
    }
}
