// Untrusted text never reaches a terminal or a GitHub log raw: file names and values are shown
// through one filter (control characters as symbols, invisible bidirectional controls spelled
// out) on stdout and stderr, in every format, so a pull request cannot forge a workflow command
// (`::error::`, `::add-mask::`, `::stop-commands::`), an escape sequence or reordered text.
#include <catch2/catch.hpp>

#include <sstream>

#include "test_support.hpp"
#include "text/printable.hpp"

namespace fs = std::filesystem;
using namespace reclint::testing;

namespace {

// A dangling symlink whose name starts a workflow command on a line of its own, and a symlink
// loop whose name colors the terminal red.
void write_hostile_names(const ScratchFolder& folder) {
    fs::create_symlink(folder.path() / "gone.yaml", folder.path() / "feed\n::error::forged.yaml");
    fs::create_symlink("\x1b[31mloop.yaml", folder.path() / "\x1b[31mloop.yaml");
}

// What both formats print on stderr for those two names.
const std::string kHostileNamesErr =
    "reclint: error: \u241b[31mloop.yaml: cannot read: too many levels of symbolic links (a symlink "
    "loop?)\n"
    "reclint: error: feed\u240a::error::forged.yaml: cannot read: the symlink points to a file that "
    "does not exist\n";

bool has_line_starting_with(const std::string& text, std::string_view start) {
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);) {
        if (line.starts_with(start)) return true;
    }
    return false;
}

}  // namespace

TEST_CASE("printable shows control characters as symbols and spells out invisible reordering") {
    CHECK(reclint::printable("a\nb\rc\x1b[0m\x7f\td") == "a\u240ab\u240dc\u241b[0m\u2421\td");
    CHECK(reclint::printable("x\u202Ey\u2066z\u2069\u200E\u200F\u061C\u202A\u2028") ==
          "x<U+202E>y<U+2066>z<U+2069><U+200E><U+200F><U+061C><U+202A><U+2028>");
    CHECK(reclint::printable("\xC2\x85|\xFF|\u00e9\U0001F600") == "\uFFFD|\uFFFD|\u00e9\U0001F600");
}

TEST_CASE("a file name cannot start a workflow command or an escape sequence on stderr") {
    ScratchFolder folder;
    write_hostile_names(folder);
    for (const std::string format : {"text", "github"}) {
        const RunResult result = run_reclint_in(folder.path(), {"check", "--format", format});
        CHECK(result.exit_code == 2);
        CHECK(result.err == kHostileNamesErr);
        CHECK_FALSE(has_line_starting_with(result.err, "::"));
        CHECK_FALSE(has_line_starting_with(result.out, "::"));
        CHECK(result.err.find('\x1b') == std::string::npos);
    }
}

TEST_CASE("a path named on the command line is escaped in usage errors") {
    ScratchFolder folder;
    const RunResult missing = run_reclint_in(folder.path(), {"check", "a\n::add-mask::b.yaml"});
    CHECK(missing.exit_code == 2);
    CHECK(missing.err == "reclint: error: a\u240a::add-mask::b.yaml: no such file or directory\n");
    const RunResult format = run_reclint_in(folder.path(), {"check", "--format", "x\n::stop-commands::y"});
    CHECK(format.exit_code == 2);
    CHECK_FALSE(has_line_starting_with(format.err, "::"));
    CHECK(format.err.find("x\u240a::stop-commands::y") != std::string::npos);
    const RunResult output = run_reclint_in(folder.path(), {"check", "-o", "no/such/\x1b]0;title\x07.txt"});
    CHECK(output.exit_code == 2);
    CHECK(output.err == "reclint: error: cannot write no/such/\u241b]0;title\u2407.txt\n");
}

TEST_CASE("bidirectional controls are spelled out in paths and snippets, the caret still under its token") {
    ScratchFolder folder;
    folder.write("dags/feed\u202E.yaml",
                 "name: job-feed-daily\njobs:\n  - {name: \"x\u2066y\", command: a, comand: b}\n");
    const RunResult text = run_reclint_in(folder.path(), {"check", "--select", "schema/*"});
    CHECK(text.exit_code == 1);
    CHECK(text.out ==
          "dags/feed<U+202E>.yaml:3:31: error: unknown key \"comand\" in a job, did you mean \"command\"? "
          "[schema/unknown-key]\n"
          " 3 |   - {name: \"x<U+2066>y\", command: a, comand: b}\n"
          "   |                                      ^^^^^^\n"
          "checked 1 file: 1 error, 0 warnings\n");
    const RunResult github = run_reclint_in(folder.path(), {"check", "--select", "schema/*", "--format", "github"});
    CHECK(github.out ==
          "::error file=dags/feed<U+202E>.yaml,line=3,col=31,endLine=3,endColumn=37,title=schema/unknown-key::"
          "unknown key \"comand\" in a job, did you mean \"command\"?\n"
          "checked 1 file: 1 error, 0 warnings\n");
}
