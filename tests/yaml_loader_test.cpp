// The loader: spans of keys and values, multi-byte columns, CRLF, flow collections, aliases,
// merge keys, duplicate keys, limits and syntax errors at the right place.
#include <catch2/catch.hpp>

#include "load/yaml_loader.hpp"

using namespace reclint;

namespace {

struct Loaded {
    SourceFile source;
    ParsedYaml yaml;
};

Loaded load(const std::string& text, YamlLimits limits = {}) {
    Loaded loaded{SourceFile("x.yaml", text), {}};
    loaded.yaml = parse_yaml(loaded.source, limits);
    return loaded;
}

std::string where(const SourceFile& source, Span span) {
    const Position begin = source.position(span.begin);
    const Position end = source.position(span.end);
    return std::to_string(begin.line) + ":" + std::to_string(begin.column) + "-" + std::to_string(end.line) + ":" +
           std::to_string(end.column);
}

const Node& root_of(const Loaded& loaded) {
    REQUIRE(loaded.yaml.documents.size() == 1);
    return *loaded.yaml.documents[0].root;
}

}  // namespace

TEST_CASE("keys and values of block mappings have exact spans") {
    const Loaded loaded = load("name: job-feed\njobs:\n  - name: extract\n    command: \"python x.py\"  # c\n");
    const Node& root = root_of(loaded);
    REQUIRE(root.is_mapping());
    CHECK(where(loaded.source, root.entries()[0].key->span) == "1:1-1:5");
    CHECK(where(loaded.source, root.entries()[0].value->span) == "1:7-1:15");
    const Node& job = *root.find("jobs")->items()[0];
    CHECK(where(loaded.source, job.entries()[0].key->span) == "3:5-3:9");
    CHECK(where(loaded.source, job.entries()[1].value->span) == "4:14-4:27");
    CHECK(job.entries()[1].value->value() == "python x.py");
    CHECK(job.entries()[1].value->style == ScalarStyle::double_quoted);
}

TEST_CASE("columns count code points, not bytes") {
    const Loaded loaded = load("owner: \"équipe\"\nteam: 推荐系统\nx: y\n");
    const Node& root = root_of(loaded);
    CHECK(where(loaded.source, root.entries()[0].value->span) == "1:8-1:16");
    CHECK(where(loaded.source, root.entries()[1].value->span) == "2:7-2:11");
}

TEST_CASE("CRLF line endings keep positions right") {
    const Loaded loaded = load("a: 1\r\nb:\r\n  - c\r\n");
    const Node& root = root_of(loaded);
    CHECK(where(loaded.source, root.entries()[1].key->span) == "2:1-2:2");
    CHECK(where(loaded.source, root.entries()[1].value->items()[0]->span) == "3:5-3:6");
    CHECK(loaded.source.line_text(2) == "b:");
}

TEST_CASE("flow collections span their brackets") {
    const Loaded loaded = load("deps: [extract, \"load\"]\nmap: {a: 1, b: [x]}\n");
    const Node& root = root_of(loaded);
    const Node& deps = *root.find("deps");
    CHECK(where(loaded.source, deps.span) == "1:7-1:24");
    CHECK(where(loaded.source, deps.items()[0]->span) == "1:8-1:15");
    CHECK(where(loaded.source, deps.items()[1]->span) == "1:17-1:23");
    CHECK(where(loaded.source, root.find("map")->span) == "2:6-2:20");
}

TEST_CASE("scalars resolve to YAML 1.2 core schema types") {
    const Loaded loaded = load("a: 50\nb: 33.33\nc: \"50\"\nd: true\ne: yes\nf: ~\ng:\nh: 2026-12-01\ni: !!str 5\n");
    const Node& root = root_of(loaded);
    CHECK(root.find("a")->scalar_type() == ScalarType::integer);
    CHECK(root.find("b")->scalar_type() == ScalarType::number);
    CHECK(root.find("c")->scalar_type() == ScalarType::string);
    CHECK(root.find("d")->scalar_type() == ScalarType::boolean);
    CHECK(root.find("e")->scalar_type() == ScalarType::string);
    CHECK(root.find("f")->is_null());
    CHECK(root.find("g")->is_null());
    CHECK(root.find("h")->is_string());
    CHECK(root.find("i")->is_string());
}

TEST_CASE("a core-schema tag decides the type, and any other tag leaves the value's own") {
    const Loaded loaded =
        load("a: !!int \"7\"\nb: !!float \"1.5\"\nc: !!bool \"true\"\nd: !!null \"\"\ne: !custom 42\nf: !!str true\n");
    const Node& root = root_of(loaded);
    CHECK(root.find("a")->scalar_type() == ScalarType::integer);
    CHECK(root.find("b")->scalar_type() == ScalarType::number);
    CHECK(root.find("c")->scalar_type() == ScalarType::boolean);
    CHECK(root.find("d")->scalar_type() == ScalarType::null);
    CHECK(root.find("e")->scalar_type() == ScalarType::integer);
    CHECK(root.find("f")->scalar_type() == ScalarType::string);
}

TEST_CASE("a node shows only the contents of its own type") {
    const Loaded loaded = load("s: text\nq: [a, b]\nm: {k: v}\n");
    const Node& root = root_of(loaded);
    const Node& scalar = *root.find("s");
    const Node& sequence = *root.find("q");
    const Node& mapping = *root.find("m");
    CHECK(scalar.value() == "text");
    CHECK(scalar.items().empty());
    CHECK(scalar.entries().empty());
    CHECK(sequence.value().empty());
    CHECK(sequence.items().size() == 2);
    CHECK(sequence.entries().empty());
    CHECK(mapping.value().empty());
    CHECK(mapping.items().empty());
    CHECK(mapping.entries().size() == 1);
}

TEST_CASE("an alias has its own span and the anchored content") {
    const Loaded loaded = load("base: &b {team: recsys}\nother: *b\n");
    const Node& other = *root_of(loaded).find("other");
    CHECK(where(loaded.source, other.span) == "2:8-2:10");
    REQUIRE(other.is_mapping());
    CHECK(other.find_string("team") == "recsys");
}

TEST_CASE("merge keys bring in the entries the mapping does not have") {
    const Loaded loaded = load("defaults: &d {image: py, retries: 2}\njob:\n  <<: *d\n  retries: 5\n");
    const Node& job = *root_of(loaded).find("job");
    REQUIRE(job.entries().size() == 2);
    CHECK(job.find_string("image") == "py");
    CHECK(job.find("retries")->value() == "5");
    CHECK(job.find("<<") == nullptr);
}

TEST_CASE("several documents per file") {
    const Loaded loaded = load("a: 1\n---\nb: 2\n---\n");
    REQUIRE(loaded.yaml.documents.size() == 3);
    CHECK(loaded.yaml.documents[1].root->find("b") != nullptr);
    CHECK(loaded.yaml.documents[2].root->is_null());
}

TEST_CASE("a duplicate key is reported at the second key with a note at the first") {
    const Loaded loaded = load("jobs:\n  - name: a\n    command: x\n    command: y\n");
    REQUIRE(loaded.yaml.problems.size() == 1);
    const LoadProblem& problem = loaded.yaml.problems[0];
    CHECK(problem.kind == LoadProblem::Kind::duplicate_key);
    CHECK(problem.message == "duplicate key \"command\"");
    CHECK(where(loaded.source, problem.span) == "4:5-4:12");
    REQUIRE(problem.note_span);
    CHECK(where(loaded.source, *problem.note_span) == "3:5-3:12");
}

TEST_CASE("syntax errors are reported at the parser's position") {
    SECTION("an unclosed flow sequence, with a note where it opens") {
        const Loaded loaded = load("a: [1, 2\nb: 3\n");
        REQUIRE(loaded.yaml.problems.size() == 1);
        const LoadProblem& problem = loaded.yaml.problems[0];
        CHECK(problem.kind == LoadProblem::Kind::syntax);
        CHECK(problem.message == "\"]\" expected: a flow sequence is not closed");
        REQUIRE(problem.note_span);
        CHECK(where(loaded.source, *problem.note_span) == "1:4-1:5");
        CHECK(loaded.yaml.documents.empty());
    }
    SECTION("bad indentation") {
        const Loaded loaded = load("a: b\n  c: d\n");
        REQUIRE(loaded.yaml.problems.size() == 1);
        CHECK(loaded.yaml.problems[0].message ==
              "a mapping value is not allowed here; check the indentation, or quote a value that contains \": \"");
        CHECK(where(loaded.source, loaded.yaml.problems[0].span) == "2:4-2:5");
    }
    SECTION("a tab used for indentation") {
        const Loaded loaded = load("a:\n\t- b\n");
        REQUIRE(loaded.yaml.problems.size() == 1);
        CHECK(loaded.yaml.problems[0].message == "a tab indents this line; YAML indents with spaces only");
        CHECK(where(loaded.source, loaded.yaml.problems[0].span) == "2:1-2:2");
    }
    SECTION("an unterminated quoted string, which yaml-cpp alone would accept") {
        const Loaded loaded = load("a: 1\nk: \"open\n");
        REQUIRE(loaded.yaml.problems.size() == 1);
        CHECK(where(loaded.source, loaded.yaml.problems[0].span) == "2:4-2:5");
    }
    SECTION("an undefined alias") {
        const Loaded loaded = load("a: *nope\n");
        REQUIRE(loaded.yaml.problems.size() == 1);
        CHECK(loaded.yaml.problems[0].message == "the referenced anchor is not defined");
    }
}

TEST_CASE("a \",\" outside a flow collection is a syntax error at the comma") {
    // Where a document starts, yaml-cpp leaves the "," unread and ends an empty document before it,
    // again and again; elsewhere it says only that the collection did not end.
    const std::string message =
        "\",\" separates the entries of a \"[...]\" or \"{...}\" and cannot start a value; quote a value that "
        "begins with it";
    for (const auto& [text, at] : std::vector<std::pair<std::string, std::string>>{
             {", " + std::string(10'000, 'x') + "\n", "1:1-1:2"},
             {"a: 1\n--- ,\n", "2:5-2:6"},
             {"&anchor ,\n", "1:9-1:10"},
             {"!tag , x\n", "1:6-1:7"},
             {"a: 1\n, b\n", "2:1-2:2"},
             {"jobs:\n  - a\n  , b\n", "3:3-3:4"},
         }) {
        INFO(text.substr(0, 20));
        const Loaded loaded = load(text);
        REQUIRE(loaded.yaml.problems.size() == 1);
        CHECK(loaded.yaml.problems[0].kind == LoadProblem::Kind::syntax);
        CHECK(loaded.yaml.problems[0].message == message);
        CHECK(where(loaded.source, loaded.yaml.problems[0].span) == at);
    }
    SECTION("empty documents one after another are not mistaken for it") {
        const Loaded loaded = load("---\n---\n--- ~\n...\n");
        CHECK(loaded.yaml.problems.empty());
        CHECK(loaded.yaml.documents.size() == 3);
    }
}

TEST_CASE("text that is not UTF-8 or holds control characters is rejected with a position") {
    SECTION("invalid UTF-8") {
        const Loaded loaded = load("a: b\nc: \xff\n");
        REQUIRE(loaded.yaml.problems.size() == 1);
        CHECK(loaded.yaml.problems[0].message ==
              "invalid UTF-8: byte 0xFF does not start or continue a character here");
        CHECK(where(loaded.source, loaded.yaml.problems[0].span) == "2:4-2:5");
    }
    SECTION("a NUL byte") {
        const Loaded loaded = load(std::string("a: b\0", 5));
        REQUIRE(loaded.yaml.problems.size() == 1);
        CHECK(loaded.yaml.problems[0].message ==
              "control character 0x00 is not allowed in YAML (is this a binary file?)");
    }
    SECTION("UTF-16") {
        const Loaded loaded = load(std::string{'\xff', '\xfe', 'a', '\0', ':', '\0'}, {});
        REQUIRE(loaded.yaml.problems.size() == 1);
        CHECK(loaded.yaml.problems[0].message == "the file is UTF-16 or UTF-32 encoded; reclint reads UTF-8 only");
    }
}

TEST_CASE("limits stop hostile documents early") {
    SECTION("nesting") {
        const Loaded loaded = load("a: " + std::string(300, '[') + std::string(300, ']') + "\n");
        REQUIRE(loaded.yaml.problems.size() == 1);
        CHECK(loaded.yaml.problems[0].kind == LoadProblem::Kind::limits);
        CHECK(loaded.yaml.problems[0].message == "nesting deeper than 256 levels");
    }
    SECTION("nesting within the limit is fine") {
        const Loaded loaded = load("a: " + std::string(200, '[') + std::string(200, ']') + "\n");
        CHECK(loaded.yaml.problems.empty());
    }
    SECTION("billion laughs") {
        std::string text = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
        for (char level = 'b'; level <= 'j'; ++level) {
            const std::string previous(1, static_cast<char>(level - 1));
            text += std::string(1, level) + ": &" + level + " [*" + previous + ", *" + previous + ", *" + previous +
                    ", *" + previous + ", *" + previous + ", *" + previous + ", *" + previous + ", *" + previous +
                    ", *" + previous + ", *" + previous + "]\n";
        }
        const Loaded loaded = load(text);
        REQUIRE(loaded.yaml.problems.size() == 1);
        CHECK(loaded.yaml.problems[0].kind == LoadProblem::Kind::limits);
        // a: 11 nodes, b: 111, c: 1,111, d: 11,111; the aliases of "e" pass 100,000.
        CHECK(loaded.source.position(loaded.yaml.problems[0].span.begin).line == 5);
    }
    SECTION("a large document without aliases is within the limits") {
        std::string text = "jobs:\n";
        for (int i = 0; i < 60'000; ++i)
            text += "  - {name: j" + std::to_string(i) + ", command: x}\n";
        const Loaded loaded = load(text);  // 300,001 nodes
        CHECK(loaded.yaml.problems.empty());
        CHECK(loaded.yaml.documents.size() == 1);
    }
    SECTION("a recursive alias") {
        const Loaded loaded = load("a: &r [*r]\n");
        REQUIRE(loaded.yaml.problems.size() == 1);
        CHECK(loaded.yaml.problems[0].kind == LoadProblem::Kind::limits);
    }
}

TEST_CASE("JSON surrogate-pair escapes are one character, positions unchanged") {
    Loaded loaded{SourceFile("x.json", "{\"name\": \"smile \\ud83d\\ude00 \\uD83D\\uDE00!\", \"b\": 1}\n"), {}};
    loaded.yaml = parse_yaml(loaded.source, {});
    REQUIRE(loaded.yaml.problems.empty());
    const Node& root = root_of(loaded);
    CHECK(root.find("name")->value() == "smile \U0001F600 \U0001F600!");
    CHECK(where(loaded.source, root.find("name")->span) == "1:10-1:44");
    CHECK(where(loaded.source, root.entries()[1].key->span) == "1:46-1:49");
    // An escaped backslash is not an escape: "\\ud83d" stays text, and the lone low half is refused.
    Loaded lone{SourceFile("y.json", "{\"b\": [\"\\\\ud83d\\ude00\"]}\n"), {}};
    lone.yaml = parse_yaml(lone.source, {});
    REQUIRE(lone.yaml.problems.size() == 1);
    CHECK(lone.yaml.problems[0].message == "invalid unicode: 56832");
}

TEST_CASE("JSON keys over 1,024 characters are keys, positions unchanged") {
    const std::string long_key(1100, 'k');
    const std::string longer_key(5000, 'q');
    Loaded loaded{SourceFile("x.json", "{\"a\": 1, \"" + long_key + "\": {\"b\": [2, {\"" + longer_key +
                                           "\" : \"v\"}]},\n  \"" + long_key + "x\": 3}\n"),
                  {}};
    loaded.yaml = parse_yaml(loaded.source, {});
    REQUIRE(loaded.yaml.problems.empty());
    const Node& root = root_of(loaded);
    REQUIRE(root.entries().size() == 3);
    const Node* inner = root.find(long_key);
    REQUIRE(inner != nullptr);
    CHECK(where(loaded.source, root.entries()[1].key->span) == "1:10-1:1112");
    CHECK(where(loaded.source, inner->find("b")->span) == "1:1120-1:6135");
    const Node& nested = *inner->find("b")->items()[1];
    CHECK(nested.find(longer_key)->value() == "v");
    CHECK(where(loaded.source, nested.entries()[0].value->span) == "1:6130-1:6133");
    CHECK(where(loaded.source, root.entries()[2].key->span) == "2:3-2:1106");
    CHECK(where(loaded.source, root.entries()[2].value->span) == "2:1108-2:1109");
    // A long string that is a value, or an item of a list, stays as it is.
    Loaded values{SourceFile("y.json", "[\"" + long_key + "\", {\"a\": \"" + long_key + "\"}]\n"), {}};
    values.yaml = parse_yaml(values.source, {});
    REQUIRE(values.yaml.problems.empty());
    CHECK(root_of(values).items()[1]->find("a")->value() == long_key);
}

TEST_CASE("a byte order mark at the start of a later document is skipped, positions unchanged") {
    const std::string bom = "\xEF\xBB\xBF";
    const Loaded after = load("a: 1\n---\n" + bom + "kind: Workflow\n" + bom + "---\n" + bom + "b: 2\n");
    REQUIRE(after.yaml.problems.empty());
    REQUIRE(after.yaml.documents.size() == 3);
    const Node& second = *after.yaml.documents[1].root;
    REQUIRE(second.find("kind") != nullptr);
    CHECK(where(after.source, second.entries()[0].key->span) == "3:2-3:6");
    CHECK(where(after.source, second.entries()[0].value->span) == "3:8-3:16");
    CHECK(after.yaml.documents[2].root->find("b") != nullptr);
    // Elsewhere a BOM is text, as YAML says.
    const Loaded inside = load("a: x" + bom + "\n");
    CHECK(root_of(inside).find("a")->value() == "x" + bom);
}
