// The raw-text comment finder: a `#` in a quoted string or a block scalar is never a comment, and
// on real manifests blanking every comment it finds leaves the parsed documents unchanged.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "load/yaml_comments.hpp"
#include "load/yaml_loader.hpp"
#include "test_support.hpp"

namespace fs = std::filesystem;
using namespace reclint;
using namespace reclint::testing;

namespace {

// Each comment as its text, prefixed with "own:" when it stands alone on its line.
std::vector<std::string> comments_of(std::string_view text) {
    std::vector<std::string> found;
    for (const YamlComment& comment : find_yaml_comments(text)) {
        found.push_back((comment.own_line ? "own:" : "") +
                        std::string(text.substr(comment.span.begin, comment.span.end - comment.span.begin)));
    }
    return found;
}

using Comments = std::vector<std::string>;

// The documents of `text` as one line of text per node, keys and values included (no recursion).
std::string tree_of(const std::string& text) {
    const SourceFile source("x.yaml", text);
    const ParsedYaml yaml = parse_yaml(source);
    std::ostringstream out;
    out << yaml.problems.size() << " problems\n";
    for (const YamlDocument& document : yaml.documents) {
        std::vector<std::pair<const Node*, int>> pending{{document.root, 0}};
        while (!pending.empty()) {
            const auto [node, depth] = pending.back();
            pending.pop_back();
            out << std::string(static_cast<std::size_t>(depth), ' ') << static_cast<int>(node->type) << ' '
                << node->value() << '\n';
            for (auto entry = node->entries().rbegin(); entry != node->entries().rend(); ++entry) {
                pending.push_back({entry->value, depth + 1});
                pending.push_back({entry->key, depth + 1});
            }
            for (auto item = node->items().rbegin(); item != node->items().rend(); ++item)
                pending.push_back({*item, depth + 1});
        }
    }
    return out.str();
}

// Removes each comment: a line holding only a comment goes entirely (a line of blanks left behind
// would be content of a block scalar above it), a comment after text goes from its `#` on.
std::string without_comments(const std::string& text) {
    std::string result;
    std::size_t copied = 0;
    for (const YamlComment& comment : find_yaml_comments(text)) {
        std::size_t cut = comment.span.begin;
        std::size_t resume = comment.span.end;
        if (comment.own_line) {
            cut = text.rfind('\n', cut) == std::string::npos ? 0 : text.rfind('\n', cut) + 1;
            const std::size_t newline = text.find('\n', resume);
            resume = newline == std::string::npos ? text.size() : newline + 1;
        }
        result.append(text, copied, cut - copied);
        copied = resume;
    }
    return result + text.substr(copied);
}

// Every `#` that could open a comment but was not taken for one must be text of some scalar: its
// rest of line appears in a parsed value. This catches comments the finder misses.
std::vector<std::string> missed_comments(const std::string& text) {
    const SourceFile source("x.yaml", text);
    const ParsedYaml yaml = parse_yaml(source);
    std::string values;
    for (const YamlDocument& document : yaml.documents) {
        std::vector<const Node*> pending{document.root};
        while (!pending.empty()) {
            const Node* node = pending.back();
            pending.pop_back();
            values.append(node->value()).push_back('\n');
            for (const MapEntry& entry : node->entries())
                pending.insert(pending.end(), {entry.key, entry.value});
            pending.insert(pending.end(), node->items().begin(), node->items().end());
        }
    }
    std::vector<bool> in_comment(text.size(), false);
    for (const YamlComment& comment : find_yaml_comments(text)) {
        std::fill(in_comment.begin() + comment.span.begin, in_comment.begin() + comment.span.end, true);
    }
    std::vector<std::string> missed;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '#' || in_comment[i] || (i > 0 && text[i - 1] != ' ' && text[i - 1] != '\n')) continue;
        std::string rest = text.substr(i, text.find('\n', i) - i);
        // A quoted scalar's value lacks its closing quote.
        while (!rest.empty() &&
               (rest.back() == ' ' || rest.back() == '\r' || rest.back() == '"' || rest.back() == '\'')) {
            rest.pop_back();
        }
        if (values.find(rest) == std::string::npos) missed.push_back(rest);
    }
    return missed;
}

}  // namespace

TEST_CASE("comments at the end of a line and on a line of their own") {
    CHECK(comments_of("# top\nname: feed  # the name\njobs: []\n") == Comments{"own:# top", "# the name"});
    CHECK(comments_of("  # indented\r\nkey: value #crlf\r\n") == Comments{"own:# indented", "#crlf"});
    CHECK(comments_of("\xEF\xBB\xBF# after a BOM\n") == Comments{"own:# after a BOM"});
    CHECK(comments_of("--- # document\n... # end\n") == Comments{"# document", "# end"});
    CHECK(comments_of("key: value") == Comments{});
}

TEST_CASE("a hash inside a scalar is text") {
    CHECK(comments_of("a: b#c\nd: 'e # f'\ng: \"h # i\" # j\n") == Comments{"# j"});
    CHECK(comments_of("a: 'it''s # here' # there\n") == Comments{"# there"});
    CHECK(comments_of("a: \"escaped \\\" # still text\" # comment\n") == Comments{"# comment"});
    CHECK(comments_of("url: http://x/#anchor # comment\n") == Comments{"# comment"});
    CHECK(comments_of("plain: don't # comment\n") == Comments{"# comment"});
    CHECK(comments_of("anchor: &a#b x # comment\n") == Comments{"# comment"});
}

TEST_CASE("quoted strings that span lines hide their hashes") {
    CHECK(comments_of("a: \"first\n  # not a comment\n  last\" # comment\n# own\n") ==
          Comments{"# comment", "own:# own"});
    CHECK(comments_of("a: 'first\n  # not a comment\n  ' # comment\n") == Comments{"# comment"});
}

TEST_CASE("block scalars hide their hashes until the indentation drops") {
    const std::string text =
        "script: |  # header\n"
        "  #!/bin/bash\n"
        "\n"
        "  echo hi # not a comment\n"
        "# after the block\n"
        "folded: >-\n"
        "    # text\n"
        "  # less indented: a comment\n"
        "list:\n"
        "  - |\n"
        "    # text\n"
        "  - x # comment\n"
        "explicit: |2\n"
        "     # text, indented more than the indicator says\n"
        "  # text\n"
        "end: 1 # comment\n";
    CHECK(comments_of(text) ==
          Comments{"# header", "own:# after the block", "own:# less indented: a comment", "# comment", "# comment"});
}

TEST_CASE("flow collections, JSON and keys") {
    CHECK(comments_of("a: [x, 'y # z', {k: \"v # w\"}] # c\n") == Comments{"# c"});
    CHECK(comments_of("{\"a\":\"b # c\", \"d\": [1, 2]}\n") == Comments{});
    CHECK(comments_of("a: [x, # first\n  y] # second\n") == Comments{"# first", "# second"});
    CHECK(comments_of("\"key # x\": value # c\n? complex # c2\n: value\n") == Comments{"# c", "# c2"});
}

TEST_CASE("text that does not parse is scanned without reading past its end") {
    CHECK(comments_of("a: \"never closed # x\n# y\n") == Comments{});
    CHECK(comments_of("a: 'x\\") == Comments{});
    CHECK(comments_of("a: \"x\\") == Comments{});
    CHECK(comments_of("a: |") == Comments{});
    CHECK(comments_of("#") == Comments{"own:#"});
}

TEST_CASE("removing the comments found leaves every real manifest's documents unchanged") {
    std::size_t files = 0, comments = 0;
    std::vector<fs::path> inputs;
    for (const auto& entry : fs::recursive_directory_iterator(shared_dir() / "corpus" / "argo-examples")) {
        if (entry.path().extension() == ".yaml") inputs.push_back(entry.path());
    }
    for (const auto& entry : fs::recursive_directory_iterator(source_dir() / "fixtures")) {
        if (entry.path().extension() == ".yaml" || entry.path().extension() == ".yml") inputs.push_back(entry.path());
    }
    std::sort(inputs.begin(), inputs.end());
    REQUIRE(inputs.size() > 200);
    for (const fs::path& path : inputs) {
        const std::string text = read_text(path);
        if (text.size() > 1024 * 1024) continue;
        INFO(path.string());
        CHECK(tree_of(without_comments(text)) == tree_of(text));
        CHECK(missed_comments(text) == std::vector<std::string>{});
        comments += find_yaml_comments(text).size();
        ++files;
    }
    // The corpus has comments both outside and inside scalars (shell scripts): the check bites.
    CHECK(comments > 100);
    INFO(files << " files, " << comments << " comments");
    SUCCEED();
}
