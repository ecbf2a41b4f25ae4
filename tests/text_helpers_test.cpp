// The small text helpers that messages, the loader's scans and the rules share (src/text/).
#include <catch2/catch.hpp>

#include "text/ascii_case.hpp"
#include "text/plural.hpp"
#include "text/quoted.hpp"
#include "text/span.hpp"
#include "text/utf8.hpp"
#include "text/yaml_characters.hpp"

using namespace reclint;

TEST_CASE("plural adds an s unless the count is one") {
    CHECK(plural(0, "file") == "0 files");
    CHECK(plural(1, "file") == "1 file");
    CHECK(plural(2, "warning") == "2 warnings");
}

TEST_CASE("case folding changes only ASCII letters") {
    CHECK(lowercase("Dependencies_2") == "dependencies_2");
    CHECK(lowercase("\xC3\x89t\xC3\xA9") == "\xC3\x89t\xC3\xA9");  // "Été": not ASCII, left alone
    CHECK(lowercase_first("No such file") == "no such file");
    CHECK(lowercase_first("").empty());
    CHECK(equal_ignoring_case('D', 'd'));
    CHECK_FALSE(equal_ignoring_case('d', 'e'));
}

TEST_CASE("quoted puts a name in double quotes") {
    CHECK(quoted("train") == "\"train\"");
    CHECK(quoted(std::string(200, 'a')) == "\"" + std::string(200, 'a') + "\"");
    // A longer name by its first 100 bytes, never cutting a character in two (\u00e9 is 2 bytes).
    CHECK(quoted(std::string(201, 'a')) == "\"" + std::string(100, 'a') + "\u2026\"");
    std::string accented = std::string(99, 'a');
    for (int i = 0; i < 60; ++i)
        accented += "\u00e9";
    CHECK(quoted(accented) == "\"" + std::string(99, 'a') + "\u2026\"");
    CHECK(quoted_list({"a", "b", "c"}) == "\"a\", \"b\" and \"c\"");
}

TEST_CASE("a span contains the spans inside it, its bounds included") {
    const Span outer{10, 20};
    CHECK(outer.contains({10, 20}));
    CHECK(outer.contains({12, 15}));
    CHECK(outer.contains({20, 20}));
    CHECK_FALSE(outer.contains({9, 12}));
    CHECK_FALSE(outer.contains({15, 21}));
}

TEST_CASE("a UTF-8 lead byte tells the length of its sequence") {
    CHECK(utf8::sequence_length('a') == 1);
    CHECK(utf8::sequence_length(0xC3) == 2);
    CHECK(utf8::sequence_length(0xE2) == 3);
    CHECK(utf8::sequence_length(0xF0) == 4);
    CHECK(utf8::sequence_length(0x80) == 0);  // a continuation byte
    CHECK(utf8::sequence_length(0xC0) == 0);  // only ever overlong
    CHECK(utf8::sequence_length(0xF5) == 0);  // beyond U+10FFFF
}

TEST_CASE("the YAML character classes keep white space, breaks and blanks apart") {
    CHECK(is_white(' '));
    CHECK(is_white('\t'));
    CHECK_FALSE(is_white('\r'));
    CHECK(is_break('\n'));
    CHECK(is_break('\r'));
    CHECK_FALSE(is_break(' '));
    CHECK(is_blank('\r'));
    CHECK(is_blank(' '));
    CHECK_FALSE(is_blank('\n'));
    for (const char c : std::string_view(",[]{}"))
        CHECK(is_flow_indicator(c));
    CHECK_FALSE(is_flow_indicator(':'));
}
