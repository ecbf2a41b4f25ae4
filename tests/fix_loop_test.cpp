// The passes of `--fix` and `--diff`: fixes applied until none is left or the passes run out, and
// the edits of all passes folded into one set of edits of the original text (what --diff prints).
#include <catch2/catch.hpp>

#include <memory>
#include <random>

#include "engine/fix_loop.hpp"
#include "engine/fix_plan.hpp"

using namespace reclint;

namespace {

// Random disjoint edits of a text of `size` bytes, sorted: replacements, insertions, deletions.
std::vector<Edit> random_edits(std::mt19937& random, std::size_t size) {
    std::uniform_int_distribution<std::size_t> step(0, 4);
    std::uniform_int_distribution<std::size_t> length(0, 3);
    std::vector<Edit> edits;
    std::size_t at = step(random);
    while (at <= size) {
        const std::size_t end = std::min(size, at + length(random));
        edits.push_back({nullptr,
                         {static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(end)},
                         std::string(length(random), static_cast<char>('A' + edits.size() % 26))});
        at = end + 1 + step(random);  // the next edit starts past this one: insertions at one place overlap
    }
    return edits;
}

// A checker whose one rule reports the first "aa" of a file, with the fix that makes it "a". It
// keeps the file it checked, as a real check keeps its repository.
struct PairChecker {
    std::string path = "dags/feed.yaml";
    std::unique_ptr<SourceFile> file;
    std::vector<Diagnostic> diagnostics;
    std::vector<std::string> seen;  // the texts checked, in order
    bool reads_texts = true;        // false: a file read from disk whatever the texts (the config)

    const std::vector<Diagnostic>& check(const std::string& text) {
        seen.push_back(text);
        file = std::make_unique<SourceFile>(path, text);
        diagnostics.clear();
        if (const std::size_t at = text.find("aa"); at != std::string::npos) {
            const auto begin = static_cast<std::uint32_t>(at);
            Diagnostic diagnostic{.rule = "x/pair", .file = file.get(), .span = {begin, begin + 2}};
            diagnostic.fix = {{file.get(), {begin, begin + 2}, "a"}};
            diagnostics.push_back(std::move(diagnostic));
        }
        return diagnostics;
    }

    FixLoop fix(const std::string& text, std::size_t most_passes = kMostFixPasses) {
        const std::vector<Diagnostic>& first = check(text);
        const FixableText fixable = [](const SourceFile& source) {
            return std::optional<std::pair<std::string, std::string>>{{"\xEF\xBB\xBF", source.text()}};
        };
        const Recheck recheck = [&](const FileTexts& texts) -> const std::vector<Diagnostic>& {
            const auto given = texts.find(path);
            return check(reads_texts && given != texts.end() ? given->second : text);
        };
        return fix_until_settled(first, fixable, recheck, most_passes);
    }
};

}  // namespace

TEST_CASE("fix loop: the edits of two passes fold into edits of the original with the same result") {
    std::mt19937 random(17);
    std::uniform_int_distribution<std::size_t> size(0, 40);
    for (int round = 0; round < 2000; ++round) {
        std::string original;
        for (std::size_t i = size(random); i > 0; --i)
            original += static_cast<char>('a' + i % 26);
        const std::vector<Edit> earlier = random_edits(random, original.size());
        const std::string between = apply_edits(original, earlier);
        const std::vector<Edit> later = random_edits(random, between.size());
        const std::vector<Edit> composed = compose_edits(between, earlier, later);
        INFO("round " << round << ": " << original);
        REQUIRE(apply_edits(original, composed) == apply_edits(between, later));
        for (std::size_t i = 1; i < composed.size(); ++i)
            REQUIRE(composed[i - 1].span.end < composed[i].span.begin);  // sorted, disjoint, not touching
    }
}

TEST_CASE("fix loop: edits apart stay apart, and an edit of a fixed place merges with its fix") {
    const std::string original = "dependencies: [extrat, extract, extract]\n";
    const std::vector<Edit> earlier = {{nullptr, {15, 21}, "extract"}, {nullptr, {30, 39}, ""}};
    const std::string between = apply_edits(original, earlier);
    REQUIRE(between == "dependencies: [extract, extract]\n");
    const std::vector<Edit> later = {{nullptr, {22, 31}, ""}};
    const std::vector<Edit> composed = compose_edits(between, earlier, later);
    REQUIRE(composed.size() == 1);
    CHECK(composed[0].span == Span{15, 39});
    CHECK(composed[0].text == "extract");
    const std::vector<Edit> apart = compose_edits(between, earlier, {{nullptr, {0, 12}, "deps"}});
    REQUIRE(apart.size() == 3);
    CHECK(apart[0].span == Span{0, 12});
    CHECK(apart[1].span == Span{15, 21});
    CHECK(apart[2].span == Span{30, 39});
}

TEST_CASE("fix loop: a fix that makes another is applied in the next pass, until none is left") {
    PairChecker checker;
    const FixLoop loop = checker.fix("x: aaaa\n");
    CHECK(loop.passes == 3);
    CHECK(checker.seen == std::vector<std::string>{"x: aaaa\n", "x: aaa\n", "x: aa\n", "x: a\n"});
    REQUIRE(loop.files.size() == 1);
    const FixedFile& file = loop.files[0];
    CHECK(file.path == "dags/feed.yaml");
    CHECK(file.bom == "\xEF\xBB\xBF");
    CHECK(file.original == "x: aaaa\n");
    CHECK(file.text == "x: a\n");
    CHECK(file.fixes == 3);
    CHECK(file.settled);
    CHECK(apply_edits(file.original, file.edits) == file.text);
    CHECK(unified_diff(file.path, file.bom + file.original, file.edits, file.bom.size()) ==
          "--- a/dags/feed.yaml\n+++ b/dags/feed.yaml\n@@ -1,1 +1,1 @@\n-\xEF\xBB\xBFx: aaaa\n+\xEF\xBB\xBFx: a\n");
}

TEST_CASE("fix loop: passes stop at the limit, and the files still fixable are named unsettled") {
    PairChecker checker;
    const FixLoop loop = checker.fix("x: aaaaaaaaaaaaaaaa\n", 10);  // 16: 15 fixes to settle
    CHECK(loop.passes == 10);
    CHECK(checker.seen.size() == 11);
    REQUIRE(loop.files.size() == 1);
    CHECK(loop.files[0].text == "x: aaaaaa\n");
    CHECK(loop.files[0].fixes == 10);
    CHECK_FALSE(loop.files[0].settled);
    CHECK(apply_edits(loop.files[0].original, loop.files[0].edits) == loop.files[0].text);

    PairChecker exact;
    const FixLoop settled = exact.fix("x: aaaaaaaaaaa\n", 10);  // 11: settles in the last pass
    CHECK(settled.passes == 10);
    CHECK(settled.files[0].text == "x: a\n");
    CHECK(settled.files[0].settled);
}

TEST_CASE("fix loop: a file the check reads from elsewhere keeps the first fixes and gets no more") {
    PairChecker checker;
    checker.reads_texts = false;
    const FixLoop loop = checker.fix("x: aaaa\n");
    CHECK(loop.passes == 1);
    REQUIRE(loop.files.size() == 1);
    CHECK(loop.files[0].text == "x: aaa\n");
    CHECK(loop.files[0].fixes == 1);
    CHECK(loop.files[0].settled);
}

TEST_CASE("fix loop: a file the caller leaves alone is not fixed") {
    PairChecker checker;
    const std::vector<Diagnostic>& first = checker.check("x: aa\n");
    const FixLoop loop = fix_until_settled(
        first, [](const SourceFile&) { return std::optional<std::pair<std::string, std::string>>{}; },
        [&](const FileTexts&) -> const std::vector<Diagnostic>& { return checker.check("x: aa\n"); });
    CHECK(loop.passes == 0);
    CHECK(loop.files.empty());
    CHECK(checker.seen.size() == 1);
}
