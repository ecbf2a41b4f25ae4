// The safe edits rules attach as fixes (which the language server offers as quick fixes and
// `check --fix` applies), and how the editor names them.
#include <catch2/catch.hpp>

#include "engine/fix_plan.hpp"
#include "engine/fixes.hpp"
#include "lsp/quick_fixes.hpp"

using namespace reclint;

namespace {

const SourceFile kFile("dags/feed.yaml",
                       "jobs:\n  - name: train\n    dependencies: [extrct, \"extrct\"]\n    dependency: []\n");

Span span_of(const SourceFile& file, std::string_view token, std::size_t occurrence = 0) {
    std::size_t at = file.text().find(token);
    for (; occurrence > 0; --occurrence)
        at = file.text().find(token, at + 1);
    const auto begin = static_cast<std::uint32_t>(at);
    return {begin, begin + static_cast<std::uint32_t>(token.size())};
}

}  // namespace

TEST_CASE("fixes: a name is replaced where it is written, inside its quotes") {
    const auto plain = rename_edit(kFile, span_of(kFile, "extrct"), "extrct", "extract");
    REQUIRE(plain);
    CHECK(plain->span == Span{41, 47});
    CHECK(plain->text == "extract");
    const auto quoted = rename_edit(kFile, span_of(kFile, "\"extrct\""), "extrct", "extract");
    REQUIRE(quoted);
    CHECK(quoted->span == Span{50, 56});
    const Span key = span_of(kFile, "dependency:");
    CHECK(rename_edit(kFile, {key.begin, key.end - 1}, "dependency", "dependencies"));
}

TEST_CASE("fixes: none for another span, an odd name, or a name that would need quoting") {
    CHECK_FALSE(rename_edit(kFile, span_of(kFile, "train"), "extrct", "extract"));
    CHECK_FALSE(rename_edit(kFile, span_of(kFile, "extrct"), "extrct", "ex tract"));
    CHECK_FALSE(rename_edit(kFile, span_of(kFile, "extrct"), "extrct", "-extract"));
    CHECK_FALSE(rename_edit(kFile, span_of(kFile, "extrct"), "extrct", "extrct"));
}

TEST_CASE("fixes: a repeated entry goes with its line or its comma, never with a comment") {
    const SourceFile block("a.yaml", "deps:\r\n  - a\r\n  - b\r\n  - a\r\nnext: 1\r\n");
    const auto line = remove_entry_edit(block, span_of(block, "a", 1));
    REQUIRE(line);
    CHECK(apply_edits(block.text(), {*line}) == "deps:\r\n  - a\r\n  - b\r\nnext: 1\r\n");
    const SourceFile flow("a.yaml", "deps: [a, b,\n  a ]\n");
    const auto entry = remove_entry_edit(flow, span_of(flow, "a", 1));
    REQUIRE(entry);
    CHECK(apply_edits(flow.text(), {*entry}) == "deps: [a, b ]\n");
    const SourceFile commented("a.yaml", "deps:\n  - a\n  - a  # again\n");
    CHECK_FALSE(remove_entry_edit(commented, span_of(commented, "a", 1)));
}

TEST_CASE("fixes: overlapping fixes are not both taken, and the later one waits") {
    const SourceFile file("a.yaml", "deps: [extrct]\n");
    Diagnostic first{.rule = "x", .file = &file, .span = {7, 13}};
    first.fix = {{&file, {7, 13}, "extract"}};
    Diagnostic second = first;
    second.fix = {{&file, {9, 10}, "y"}};
    Diagnostic third = first;
    third.fix = {{&file, {14, 14}, "!"}};
    const std::vector<FileFixPlan> plans = plan_fixes({first, second, third});
    REQUIRE(plans.size() == 1);
    CHECK(plans[0].fixes == 2);
    CHECK(plans[0].skipped == 1);
    CHECK(apply_edits(file.text(), plans[0].edits) == "deps: [extract]!\n");
}

TEST_CASE("lsp quick fixes: the title says what the fix does") {
    Diagnostic diagnostic{.rule = "x", .file = &kFile};
    CHECK(lsp::quick_fix_title(diagnostic).empty());
    diagnostic.fix = {{&kFile, {41, 47}, "extract"}};
    CHECK(lsp::quick_fix_title(diagnostic) == "replace with \"extract\"");
    diagnostic.fix = {{&kFile, {41, 49}, ""}};
    CHECK(lsp::quick_fix_title(diagnostic) == "remove the repeated entry");
}
