// The suite itself: every test case can be run on its own by ctest. catch_discover_tests passes
// the names through a CMake list, where ";" separates items and an unbalanced "[" or "]" joins
// them: one name holding "[" merged the 26 names discovered after it into one test that matched
// nothing, so they passed under ctest without running; one holding ";" was split in two halves
// that matched nothing.
#include <catch2/catch.hpp>

#include <string>

TEST_CASE("no test case name holds a semicolon or a square bracket") {
    for (const Catch::TestCase& test : Catch::getRegistryHub().getTestCaseRegistry().getAllTests()) {
        INFO(test.name);
        CHECK(test.name.find_first_of(";[]") == std::string::npos);
    }
}
