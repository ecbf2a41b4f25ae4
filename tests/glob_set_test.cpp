// GlobSet answers exactly as trying each pattern with gitignore_matches() does.
#include <catch2/catch.hpp>

#include "text/glob.hpp"

using namespace reclint;

TEST_CASE("a glob set matches what its patterns match one by one", "[glob]") {
    const std::vector<std::string> patterns = {
        "vendor/",     "/build", "**/testdata/**", "*.tmp.yaml", "dags/old", "gen/d1/**/*.yaml",
        "x[0-9].json", "a\\*b",  "#note",          "",           "name",     "deep/er/",
        "?.yaml",      "/"};
    const std::vector<std::string> paths = {"vendor/a.yaml",
                                            "a/vendor/b.yaml",
                                            "build",
                                            "src/build/x.yaml",
                                            "a/testdata/b/c.yaml",
                                            "f.tmp.yaml",
                                            "d/f.tmp.yaml",
                                            "dags/old",
                                            "dags/old/x.yaml",
                                            "x/dags/old",
                                            "gen/d1/x/y.yaml",
                                            "gen/d1/y.yaml",
                                            "gen/d10/y.yaml",
                                            "x1.json",
                                            "q/x2.json",
                                            "a*b",
                                            "name",
                                            "x/name/y",
                                            "names",
                                            "deep/er/z.yaml",
                                            "x/deep/er",
                                            "a.yaml",
                                            "ab.yaml",
                                            ""};
    for (std::size_t count = 0; count <= patterns.size(); ++count) {
        const std::vector<std::string> some(patterns.begin(), patterns.begin() + static_cast<std::ptrdiff_t>(count));
        const GlobSet set(some);
        for (const std::string& path : paths) {
            bool expected = false;
            for (const std::string& pattern : some)
                expected = expected || gitignore_matches(pattern, path);
            INFO(count << " patterns, path " << path);
            CHECK(set.matches(path) == expected);
        }
    }
}

TEST_CASE("one ** matches in time linear in the path", "[glob]") {
    const std::string path = std::string(20'000, 'a') + "/" + std::string(20'000, 'b') + "/c.yaml";
    CHECK(glob_matches("**/c.yaml", path));
    CHECK_FALSE(glob_matches("**/**/**/d.yaml", path));
}
