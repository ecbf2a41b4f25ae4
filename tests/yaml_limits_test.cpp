// The loader against hostile text: nesting (flow, block, through aliases, left open), alias
// expansion, the memory budget, and the JSON root that yaml-cpp would otherwise buffer whole.
#include <catch2/catch.hpp>

#include "load/yaml_loader.hpp"

using namespace reclint;

namespace {

struct Loaded {
    SourceFile source;
    ParsedYaml yaml;
};

Loaded load(const std::string& text, YamlLimits limits = {}, const std::string& path = "x.yaml") {
    Loaded loaded{SourceFile(path, text), {}};
    loaded.yaml = parse_yaml(loaded.source, limits);
    return loaded;
}

// "line:column message" of the only problem.
std::string only_problem(const Loaded& loaded) {
    REQUIRE(loaded.yaml.problems.size() == 1);
    const LoadProblem& problem = loaded.yaml.problems[0];
    const Position at = loaded.source.position(problem.span.begin);
    return std::to_string(at.line) + ":" + std::to_string(at.column) + " " + problem.message;
}

std::string repeat(std::string_view text, std::size_t times) {
    std::string result;
    result.reserve(text.size() * times);
    for (std::size_t i = 0; i < times; ++i)
        result += text;
    return result;
}

}  // namespace

TEST_CASE("a large document without aliases is not taken for a billion laughs") {
    std::string text = "tables:\n";
    for (int i = 0; i < 60'000; ++i)
        text += "  - t" + std::to_string(i) + "\n";
    const Loaded loaded = load(text);
    CHECK(loaded.yaml.problems.empty());
    REQUIRE(loaded.yaml.documents.size() == 1);
    CHECK(loaded.yaml.documents[0].root->find("tables")->items().size() == 60'000);
}

TEST_CASE("a run of opening brackets is stopped at the first level past the limit, however long") {
    CHECK(only_problem(load("a: " + std::string(1'000'000, '['))) == "1:260 nesting deeper than 256 levels");
    CHECK(only_problem(load("a: " + repeat("{a: ", 100'000))) == "1:1028 nesting deeper than 256 levels");
    CHECK(only_problem(load(repeat("[\n", 300))) == "257:1 nesting deeper than 256 levels");
    CHECK(only_problem(load("a: " + repeat("[x, ", 300) + std::string(300, ']') + "\n")) ==
          "1:1028 nesting deeper than 256 levels");
}

TEST_CASE("brackets in quoted, block and plain scalars and in comments are not nesting") {
    const std::string brackets(300, '[');
    const Loaded loaded =
        load("a: \"" + brackets + "\"\nb: '" + brackets + "'\n# " + brackets + "\nc: |\n  " + brackets + "\n  " +
             brackets + "\nd: x" + brackets + "\ne: {\"k\":\"" + brackets + "\"}\n");
    CHECK(loaded.yaml.problems.empty());
    CHECK(loaded.yaml.documents.size() == 1);
}

TEST_CASE("an opening bracket left open below the nesting limit is a syntax error") {
    CHECK(only_problem(load("a: " + std::string(200, '[') + "\n")) ==
          "2:1 \"]\" expected: a flow sequence is not closed");
    // yaml-cpp counts each of these twice and stops at 500 on its own.
    CHECK(only_problem(load("a: " + std::string(253, '[') + "\n")) ==
          "1:252 nesting too deep for the YAML parser (is a \"[\" never closed?)");
}

TEST_CASE("block nesting past the limit is reported where it passes it") {
    std::string indented;
    for (int level = 0; level < 300; ++level)
        indented += std::string(level, ' ') + "k:\n";
    CHECK(only_problem(load(indented)) == "257:257 nesting deeper than 256 levels");
    CHECK(only_problem(load(repeat("- ", 100'000) + "x\n")) == "1:513 nesting deeper than 256 levels");
    CHECK(only_problem(load(repeat("? ", 100'000) + "x\n")) == "1:513 nesting deeper than 256 levels");
}

TEST_CASE("nesting through aliases counts the levels the alias brings") {
    const std::string deep = std::string(200, '[') + "x" + std::string(200, ']');
    const std::string text = "a: &a " + deep + "\nb: " + std::string(100, '[') + "*a" + std::string(100, ']') + "\n";
    CHECK(only_problem(load(text)) == "2:104 nesting deeper than 256 levels");
    CHECK(load("a: &a " + deep + "\nb: [[*a]]\n").yaml.problems.empty());
}

TEST_CASE("loading stops at the memory budget") {
    YamlLimits small;
    small.memory_base = 1024 * 1024;
    small.memory_per_byte = 0;
    const std::string long_flow = "- [" + repeat("1,", 300'000) + "1]\n";
    CHECK(only_problem(load(long_flow, small)) ==
          "1:3 the YAML parser needs more than 1 MiB for this file (a very long \"[...]\" or "
          "\"{...}\"?)");
    // The same file is fine with the default budget.
    CHECK(load(long_flow).yaml.problems.empty());
}

TEST_CASE("a JSON file's root collection keeps its positions") {
    const Loaded loaded = load("\n  {\"name\": \"feed\",\n   \"jobs\": [1, 2]}\n", {}, "x.json");
    REQUIRE(loaded.yaml.problems.empty());
    const Node& root = *loaded.yaml.documents.at(0).root;
    CHECK(loaded.source.position(root.span.begin) == Position{2, 3});
    CHECK(loaded.source.position(root.entries()[1].key->span.begin) == Position{3, 4});
    CHECK(loaded.source.position(root.find("jobs")->items()[1]->span.begin) == Position{3, 16});
    const Loaded broken = load("{\"jobs\": [1, 2}\n", {}, "x.json");
    CHECK(only_problem(broken) == "1:15 this bracket does not close the collection that is open here");
}

TEST_CASE("a YAML file's root flow collection may still be a key") {
    const Loaded loaded = load("{a: 1}: b\n");
    CHECK(loaded.yaml.problems.empty());
    REQUIRE(loaded.yaml.documents.size() == 1);
    CHECK(loaded.yaml.documents[0].root->entries().size() == 1);
}
