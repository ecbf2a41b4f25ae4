// The job summary: Markdown appended to $GITHUB_STEP_SUMMARY (or --summary FILE), with counts by
// rule, every diagnostic linked to its line, graphs, and GitHub's 1 MiB limit.
#include <catch2/catch.hpp>

#include <filesystem>
#include <sstream>

#include "report/summary_reporter.hpp"
#include "test_support.hpp"

namespace fs = std::filesystem;
using namespace reclint::testing;

namespace {

const std::string kDuplicateKey =
    "name: job-feed-daily\njobs:\n  - name: extract\n    command: python extract.py\n"
    "    command: python extract2.py\n    comand: x\n";

const std::vector<std::pair<std::string, std::string>> kGithubRun = {
    {"GITHUB_SERVER_URL", "https://github.com"}, {"GITHUB_REPOSITORY", "org/recs"}, {"GITHUB_SHA", "abc123"}};

std::string summary_of(const reclint::Report& report, const reclint::SummaryOptions& options) {
    std::ostringstream out;
    reclint::write_summary(out, report, options);
    return out.str();
}

}  // namespace

TEST_CASE("the summary has counts by rule and every diagnostic linked to its line") {
    ScratchFolder folder;
    ScratchFolder outside;
    folder.write("dags/feed.yaml", kDuplicateKey);
    const fs::path summary = outside.write("summary.md", "from an earlier step\n");
    auto variables = kGithubRun;
    variables.emplace_back("GITHUB_STEP_SUMMARY", summary.string());
    const RunResult result = run_reclint_in(folder.path(), {"check", "--format", "github"}, variables);
    CHECK(result.exit_code == 1);
    CHECK(read_text(summary) ==
          "from an earlier step\n"
          "## reclint\n\n"
          "checked 1 file\\: 2 errors, 0 warnings\n\n"
          "| Rule | Severity | Count |\n"
          "| :--- | :--- | ---: |\n"
          "| `schema/unknown-key` | error | 1 |\n"
          "| `yaml/duplicate-key` | error | 1 |\n\n"
          "### Diagnostics\n\n"
          "- **error** "
          "[dags/feed\\.yaml\\:5](https://github.com/org/recs/blob/abc123/dags/feed.yaml#L5) "
          "duplicate key \"command\" `yaml/duplicate-key`\n"
          "  - note: "
          "[dags/feed\\.yaml\\:4](https://github.com/org/recs/blob/abc123/dags/feed.yaml#L4) "
          "first defined here\n"
          "- **error** "
          "[dags/feed\\.yaml\\:6](https://github.com/org/recs/blob/abc123/dags/feed.yaml#L6) "
          "unknown key \"comand\" in a job, did you mean \"command\"? `schema/unknown-key`\n\n");
}

TEST_CASE(
    "the summary goes to --summary FILE with any format, and to $GITHUB_STEP_SUMMARY only under "
    "github") {
    ScratchFolder folder;
    folder.write("repo/feed.yaml", "name: feed\njobs:\n  - {name: a, command: x}\n");
    const fs::path repo = folder.path() / "repo";
    const fs::path step_summary = folder.path() / "step.md";
    const std::vector<std::pair<std::string, std::string>> variables = {{"GITHUB_STEP_SUMMARY", step_summary.string()}};

    CHECK(run_reclint_in(repo, {"check"}, variables).exit_code == 0);
    CHECK_FALSE(fs::exists(step_summary));

    const RunResult text = run_reclint_in(repo, {"check", "--summary", "../summary.md"}, variables);
    CHECK(text.out == "checked 1 file: no problems\n");
    CHECK(read_text(folder.path() / "summary.md") == "## reclint\n\nchecked 1 file\\: no problems\n\n");
    CHECK_FALSE(fs::exists(step_summary));

    run_reclint_in(repo, {"check", "--format", "github"}, variables);
    run_reclint_in(repo, {"check", "--format", "github"}, variables);
    CHECK(read_text(step_summary) ==
          "## reclint\n\nchecked 1 file\\: no problems\n\n## reclint\n\nchecked 1 file\\: no "
          "problems\n\n");
}

TEST_CASE("a summary that cannot be written is a usage error") {
    ScratchFolder folder;
    folder.write("feed.yaml", "name: feed\njobs:\n  - {name: a, command: x}\n");
    const RunResult result = run_reclint_in(folder.path(), {"check", "--summary", "missing/summary.md"});
    CHECK(result.exit_code == 2);
    CHECK(result.err == "reclint: error: cannot write the summary to missing/summary.md\n");
}

TEST_CASE("the summary shows messages as text: no link, image, HTML or table cell comes out of them") {
    ScratchFolder folder;
    folder.write("feed.yaml",
                 "name: feed\njobs:\n  - name: a\n    command: x\n"
                 "    \"![i](http://e.io/x.png) <img src=x> | *b* `c` $d$ www.e.io\": 1\n");
    const RunResult result = run_reclint_in(folder.path(), {"check", "--summary", "summary.md"});
    const std::string summary = read_text(folder.path() / "summary.md");
    CHECK(summary.find("- **error** [feed\\.yaml\\:5](feed.yaml#L5) unknown key "
                       "\"\\!\\[i\\]\\(http\\://e\\.io/x\\.png\\) "
                       "\\<img src=x\\> \\| \\*b\\* \\`c\\` \\$d\\$ www\\.e\\.io\" in a job "
                       "`schema/unknown-key`\n") != std::string::npos);
}

TEST_CASE("a summary past GitHub's 1 MiB is cut with a note, counting the file's earlier content") {
    ScratchFolder folder;
    ScratchFolder outside;
    // 20 files, since at most 1,000 findings of a rule in a file are listed.
    const int files = 20;
    const int keys = files * 1000;
    for (int file = 0; file < files; ++file) {
        std::string dag =
            "name: job-feed-" + std::to_string(file) + "\njobs:\n  - name: extract\n    command: python extract.py\n";
        for (int i = 0; i < keys / files; ++i)
            dag += "    unknown_" + std::to_string(i) + ": 1\n";
        folder.write("feed" + std::to_string(file) + ".yaml", dag);
    }
    const std::string earlier(1000, 'x');
    const fs::path summary = outside.write("summary.md", earlier);
    const RunResult result =
        run_reclint_in(folder.path(), {"check", "--format", "github"}, {{"GITHUB_STEP_SUMMARY", summary.string()}});
    CHECK(result.exit_code == 1);
    const std::string text = read_text(summary);
    CHECK(text.size() <= reclint::kGithubSummaryLimit);
    CHECK(text.size() > reclint::kGithubSummaryLimit - 1000);
    CHECK(text.starts_with(earlier + "## reclint\n"));
    std::size_t shown = 0;
    for (std::size_t at = text.find("\n- **error**"); at != std::string::npos;
         at = text.find("\n- **error**", at + 1)) {
        ++shown;
    }
    REQUIRE(shown < static_cast<std::size_t>(keys));
    CHECK(text.ends_with("\n\n**The summary stops here:** GitHub limits a job summary to 1 MiB, and " +
                         std::to_string(keys - shown) +
                         " diagnostics did not fit\\. The annotations and `reclint \\-\\-format text` or "
                         "`\\-\\-format sarif` list every diagnostic\\.\n"));
}

TEST_CASE("the summary draws each graph it is given in a Mermaid block that its text cannot close") {
    const reclint::SourceFile file("dags/feed.yaml", "name: feed\n");
    const std::vector<reclint::Diagnostic> diagnostics = {
        {"dag/cycle", reclint::Severity::error, &file, {6, 10}, "cycle a -> b -> a", {}}};
    const reclint::Report report{diagnostics, 1};
    reclint::SummaryOptions options;
    options.diagrams = {{"dags/feed.yaml: feed", "graph TD\n  a --> b\n  b -.->|cycle| a\n"},
                        {"odd", "graph TD\n  a[\"```\"] --> b"},
                        {"huge", std::string(reclint::kMermaidTextLimit + 1, 'x')}};
    CHECK(summary_of(report, options) ==
          "## reclint\n\n"
          "checked 1 file\\: 1 error, 0 warnings\n\n"
          "| Rule | Severity | Count |\n"
          "| :--- | :--- | ---: |\n"
          "| `dag/cycle` | error | 1 |\n\n"
          "### Diagnostics\n\n"
          "- **error** [dags/feed\\.yaml\\:1](dags/feed.yaml#L1) cycle a \\-\\> b \\-\\> a "
          "`dag/cycle`\n\n"
          "### Graphs\n\n"
          "#### dags/feed\\.yaml\\: feed\n\n"
          "```mermaid\ngraph TD\n  a --> b\n  b -.->|cycle| a\n```\n\n"
          "#### odd\n\n"
          "````mermaid\ngraph TD\n  a[\"```\"] --> b\n````\n\n"
          "#### huge\n\n"
          "The diagram has 50001 characters, more than GitHub's Mermaid draws (50000); `reclint "
          "graph` prints it\\.\n\n");
}

TEST_CASE("a summary never exceeds its limit, and says what it left out") {
    const reclint::SourceFile file("feed.yaml", "a: 1\nb: 2\nc: 3\n");
    const std::vector<reclint::Diagnostic> diagnostics = {
        {"schema/invalid", reclint::Severity::error, &file, {0, 1}, "first", {}},
        {"schema/invalid", reclint::Severity::error, &file, {5, 6}, "second", {}},
        {"schema/invalid", reclint::Severity::error, &file, {10, 11}, "third", {}}};
    const reclint::Report report{diagnostics, 1};
    reclint::SummaryOptions options;
    options.diagrams = {{"feed", "graph TD\n  a --> b\n"}};
    const std::string head =
        "## reclint\n\nchecked 1 file\\: 3 errors, 0 warnings\n\n| Rule | Severity | Count |\n"
        "| :--- | :--- | ---: |\n| `schema/invalid` | error | 3 |\n\n### Diagnostics\n\n";
    const std::string first = "- **error** [feed\\.yaml\\:1](feed.yaml#L1) first `schema/invalid`\n";
    const std::string note =
        "\n**The summary stops here:** GitHub limits a job summary to 1 MiB, and 2 diagnostics and "
        "1 diagram did "
        "not fit\\. The annotations and `reclint \\-\\-format text` or `\\-\\-format sarif` list "
        "every "
        "diagnostic\\.\n";
    options.max_bytes = 400 + head.size() + first.size() + 10;
    CHECK(summary_of(report, options) == head + first + note);
    options.max_bytes = 100;
    CHECK(summary_of(report, options).empty());
    options.max_bytes = 0;
    CHECK(summary_of(report, options).empty());
}
