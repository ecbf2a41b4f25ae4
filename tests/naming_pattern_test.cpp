// Naming patterns come from the config, which a pull request can change: RE2 compiles them under a
// size limit, so a hostile pattern is a config error at its position (exit 2), quickly, for both
// `check` and `rules`, and never a crash, a hang or gigabytes of memory.
#include <catch2/catch.hpp>

#include <chrono>

#include "model/naming_pattern.hpp"
#include "test_support.hpp"

using namespace reclint::testing;

namespace {

std::string repeated(std::string_view piece, int count) {
    std::string text;
    for (int i = 0; i < count; ++i)
        text += piece;
    return text;
}

std::string first_line(const std::string& text) {
    return text.substr(0, text.find('\n'));
}

// Runs `check` and `rules` in a project whose config sets naming.job to `pattern`; each must
// refuse the config at the pattern with `reason`, within a few seconds.
void expect_refused(const std::string& pattern, const std::string& reason) {
    ScratchFolder folder;
    folder.write(".reclint.yaml", "naming:\n  job: \"" + pattern + "\"\n");
    folder.write("dags/feed.yaml", kCleanDag);
    const std::string diagnostic =
        ".reclint.yaml:2:8: error: invalid regular expression in \"naming.job\": " + reason + " [schema/invalid]";
    const auto started = std::chrono::steady_clock::now();
    const RunResult check = run_reclint_in(folder.path(), {"check"});
    CHECK(check.exit_code == 2);
    CHECK(first_line(check.out) == diagnostic);
    CHECK(check.err == "reclint: error: the config file has problems; nothing was checked\n");
    const RunResult rules = run_reclint_in(folder.path(), {"rules"});
    CHECK(rules.exit_code == 2);
    CHECK(first_line(rules.err) == diagnostic);
    CHECK(rules.out.empty());
    CHECK(std::chrono::steady_clock::now() - started < std::chrono::seconds(10));
}

}  // namespace

TEST_CASE("16,000 nested groups are a config error at the pattern, not a stack overflow") {
    expect_refused(repeated("(", 16'000) + "a" + repeated(")", 16'000),
                   "the pattern is too complex: it compiles to more than 10000 RE2 instructions");
}

TEST_CASE("(a|b)? 8,000 times is a config error at the pattern, not 45 seconds and 3 GB") {
    expect_refused(repeated("(a|b)?", 8'000),
                   "the pattern is too complex: it compiles to more than 10000 RE2 instructions");
}

TEST_CASE("RE2 refuses what it cannot run in linear time, with its own message") {
    expect_refused("^([a-z])\\\\1$", "invalid escape sequence: \\1");
    expect_refused("^(?=a)", "invalid perl operator: (?=");
}

TEST_CASE("a naming pattern matches whole names, by RE2's syntax") {
    CHECK_FALSE(reclint::naming_pattern_problem("[a-z]+\\d?"));
    CHECK(reclint::matches_naming_pattern("[a-z]+\\d?", "extract"));
    CHECK(reclint::matches_naming_pattern("[a-z]+\\d?", "extract2"));
    CHECK_FALSE(reclint::matches_naming_pattern("[a-z]+\\d?", "extract22"));
    CHECK_FALSE(reclint::matches_naming_pattern("[a-z]+\\d?", "Extract"));
    CHECK(reclint::naming_pattern_problem(repeated("[a-z]{1,1000}", 10)) ==
          "the pattern is too complex: it compiles to more than 10000 RE2 instructions");
}

TEST_CASE("a name that breaks a configured RE2 pattern is reported") {
    ScratchFolder folder;
    folder.write(".reclint.yaml", "naming:\n  job: \"\\\\p{Ll}+\"\n");
    folder.write("dags/feed.yaml", "name: job-feed-daily\njobs:\n  - {name: Extract, command: x}\n");
    const RunResult result = run_reclint_in(folder.path(), {"check"});
    CHECK(result.exit_code == 0);
    CHECK(first_line(result.out) ==
          "dags/feed.yaml:3:12: warning: job name \"Extract\" does not match the pattern \"\\p{Ll}+\" [naming/job]");
}
