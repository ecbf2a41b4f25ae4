// The logical path of a diagnostic's place: names that survive lines moving.
#include <catch2/catch.hpp>

#include "engine/logical_path.hpp"

namespace {

// The logical path of the `occurrence`-th appearance of `needle` in `text`.
std::string path_of(const std::string& text, const std::string& needle, int occurrence = 0) {
    const reclint::SourceFile source("test.yaml", text);
    const reclint::ParsedYaml parsed = reclint::parse_yaml(source);
    REQUIRE(parsed.problems.empty());
    std::size_t at = text.find(needle);
    for (int i = 0; i < occurrence; ++i)
        at = text.find(needle, at + 1);
    REQUIRE(at != std::string::npos);
    const auto begin = static_cast<std::uint32_t>(at);
    return reclint::logical_path(parsed.documents, {begin, begin + static_cast<std::uint32_t>(needle.size())});
}

const std::string kDag =
    "name: job-feed-daily\n"
    "jobs:\n"
    "  - name: extract\n"
    "    command: python extract.py\n"
    "  - name: train\n"
    "    command: python train.py\n"
    "    dependencies: [extract, extrat]\n";

}  // namespace

TEST_CASE("logical paths name sequence items by their name and everything else by key or index") {
    CHECK(path_of(kDag, "extrat") == "jobs[train].dependencies[1]");
    CHECK(path_of(kDag, "dependencies") == "jobs[train].dependencies");
    CHECK(path_of(kDag, "[extract, extrat]") == "jobs[train].dependencies");
    CHECK(path_of(kDag, "name: train\n    command: python train.py\n    dependencies: [extract, extrat]") ==
          "jobs[train]");
    CHECK(path_of(kDag, "job-feed-daily") == "name");
    CHECK(path_of(kDag, "python extract.py") == "jobs[extract].command");
    CHECK(path_of("jobs:\n  - command: x\n  - command: y\n", "y") == "jobs[1].command");
}

TEST_CASE("logical paths do not change when lines are inserted above") {
    const std::string moved =
        "# a comment\n\n"
        "name: job-feed-daily\n"
        "jobs:\n"
        "  - name: score\n"
        "    command: python score.py\n"
        "  - name: extract\n"
        "    command: python extract.py\n"
        "  - name: train\n"
        "    command: python train.py\n"
        "    dependencies: [extract, extrat]\n";
    CHECK(path_of(moved, "extrat") == path_of(kDag, "extrat"));
}

TEST_CASE("logical paths quote keys and names that would read ambiguously") {
    CHECK(path_of("option: {\"a.b\": 1, \"odd key\": 2}\n", "2") == "option[\"odd key\"]");
    CHECK(path_of("option: {\"a.b\": 1}\n", "1") == "option[\"a.b\"]");
    CHECK(path_of("jobs:\n  - {name: \"7\", command: x}\n", "x") == "jobs[\"7\"].command");
    CHECK(path_of("jobs:\n  - {name: \"a \\\"b\\\"\", command: x}\n", "x") == "jobs[\"a \\\"b\\\"\"].command");
    CHECK(path_of("tables:\n  - {name: recsys.popular, columns: [user_id]}\n", "[user_id]") ==
          "tables[recsys.popular].columns");
    CHECK(path_of("tables:\n  - {name: recsys.popular, columns: [user_id]}\n", "user_id") ==
          "tables[recsys.popular].columns[0]");
}

TEST_CASE("logical paths tell the documents of a file apart by kind and name") {
    const std::string manifest =
        "apiVersion: argoproj.io/v1alpha1\n"
        "kind: WorkflowTemplate\n"
        "metadata:\n"
        "  name: feed\n"
        "spec:\n"
        "  templates:\n"
        "    - name: main\n"
        "      dag:\n"
        "        tasks:\n"
        "          - {name: a, template: whalesay}\n"
        "---\n"
        "kind: ConfigMap\n"
        "metadata: {name: settings}\n"
        "data: {key: value}\n"
        "---\n"
        "- one\n"
        "- two\n";
    CHECK(path_of(manifest, "whalesay") ==
          "documents[WorkflowTemplate/feed].spec.templates[main].dag.tasks[a].template");
    CHECK(path_of(manifest, "value") == "documents[ConfigMap/settings].data.key");
    CHECK(path_of(manifest, "two") == "documents[2][1]");
}

TEST_CASE("logical paths find keys after merged ones, and follow aliases to where they are written") {
    const std::string merged =
        "defaults: &defaults\n"
        "  command: x\n"
        "jobs:\n"
        "  - <<: *defaults\n"
        "    name: a\n"
        "    dependencies: [upstream]\n"
        "  - *defaults\n";
    CHECK(path_of(merged, "upstream") == "jobs[a].dependencies[0]");
    CHECK(path_of(merged, "x") == "defaults.command");
    CHECK(path_of(merged, "*defaults", 1) == "jobs[1]");
}

TEST_CASE("a span outside every document has an empty logical path") {
    const reclint::SourceFile source("test.yaml", "a: 1\n");
    const reclint::ParsedYaml parsed = reclint::parse_yaml(source);
    CHECK(reclint::logical_path(parsed.documents, {100, 101}).empty());
    CHECK(reclint::logical_path({}, {0, 1}).empty());
}
