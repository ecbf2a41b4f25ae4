// Which findings the language server offers a quick fix for, and what the fix replaces.
#include <catch2/catch.hpp>

#include "lsp/quick_fixes.hpp"

using namespace reclint;

namespace {

const SourceFile kFile("dags/feed.yaml",
                       "jobs:\n  - name: train\n    dependencies: [extrct, \"extrct\"]\n    dependency: []\n");

Diagnostic finding(std::string_view token, std::size_t occurrence, std::string message) {
    std::size_t at = kFile.text().find(token);
    for (; occurrence > 0; --occurrence)
        at = kFile.text().find(token, at + 1);
    const auto begin = static_cast<std::uint32_t>(at);
    Diagnostic diagnostic;
    diagnostic.file = &kFile;
    diagnostic.span = {begin, begin + static_cast<std::uint32_t>(token.size())};
    diagnostic.message = std::move(message);
    return diagnostic;
}

}  // namespace

TEST_CASE("lsp quick fixes: one did-you-mean candidate replaces the name the finding points at") {
    const auto fix =
        lsp::did_you_mean_fix(finding("extrct", 0, "dependency on unknown job \"extrct\", did you mean \"extract\"?"));
    REQUIRE(fix);
    CHECK(fix->span == Span{41, 47});
    CHECK(fix->text == "extract");
    const auto key = lsp::did_you_mean_fix(
        finding("dependency", 0, "unknown key \"dependency\" in a job, did you mean \"dependencies\"?"));
    REQUIRE(key);
    CHECK(key->text == "dependencies");
    // A quoted name: the quotes stay.
    const auto quoted = lsp::did_you_mean_fix(
        finding("\"extrct\"", 0, "dependency on unknown job \"extrct\", did you mean \"extract\"?"));
    REQUIRE(quoted);
    CHECK(quoted->span == Span{50, 56});
    CHECK(quoted->text == "extract");
}

TEST_CASE("lsp quick fixes: none for several candidates, another span or an odd name") {
    // Two candidates.
    CHECK_FALSE(lsp::did_you_mean_fix(
        finding("extrct", 0, "dependency on unknown job \"extrct\", did you mean \"extract\" or \"extracts\"?")));
    // The span is not the name the message quotes last.
    CHECK_FALSE(
        lsp::did_you_mean_fix(finding("train", 0, "dependency on unknown job \"extrct\", did you mean \"extract\"?")));
    // A suggestion that is not a plain name.
    CHECK_FALSE(lsp::did_you_mean_fix(
        finding("extrct", 0, "dependency on unknown job \"extrct\", did you mean \"ex tract\"?")));
    // No name before the question.
    CHECK_FALSE(lsp::did_you_mean_fix(finding("extrct", 0, "settings of another kind: did you mean \"extract\"?")));
    CHECK_FALSE(lsp::did_you_mean_fix(finding("extrct", 0, "dependency on unknown job \"extrct\"")));
}
