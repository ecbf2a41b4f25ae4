// Every rule has its source at rules/<id>.cpp, its page, and fixtures that make it fire; every
// page and fixture folder belongs to a rule.
#include <catch2/catch.hpp>

#include "engine/registry.hpp"
#include "test_support.hpp"

namespace fs = std::filesystem;
using namespace reclint;
using namespace reclint::testing;

namespace {

bool some_case_reports(const fs::path& rule_folder, std::string_view id) {
    const std::string tag = "[" + std::string(id) + "]";
    for (const auto& each : fs::directory_iterator(rule_folder)) {
        if (read_text(each.path() / "expected.txt").find(tag) != std::string::npos) return true;
    }
    return false;
}

}  // namespace

TEST_CASE("every rule has a source file, a page and firing fixtures", "[catalog]") {
    REQUIRE(registered_rules().size() >= 5);
    for (const Rule* rule : registered_rules()) {
        const std::string id(rule->info().id);
        INFO("rule " << id);
        CHECK(fs::exists(source_dir() / "rules" / (id + ".cpp")));
        const RulePage* page = find_rule_page(id);
        REQUIRE(page != nullptr);
        CHECK(page->markdown.starts_with("# " + id + "\n"));
        const std::string severity_line = "Severity: " + std::string(severity_name(rule->info().default_severity));
        CHECK(page->markdown.find(severity_line) != std::string_view::npos);
        const fs::path fixtures = source_dir() / "fixtures" / id;
        REQUIRE(fs::is_directory(fixtures));
        CHECK(some_case_reports(fixtures, id));
    }
}

TEST_CASE("every page and fixture folder names a rule", "[catalog]") {
    for (const RulePage& page : rule_pages()) {
        INFO("page " << page.id);
        CHECK(find_rule(page.id) != nullptr);
    }
    for (const auto& category : fs::directory_iterator(source_dir() / "fixtures")) {
        for (const auto& rule : fs::directory_iterator(category.path())) {
            const std::string id = rule.path().lexically_relative(source_dir() / "fixtures").generic_string();
            INFO("fixture folder " << id);
            CHECK(find_rule(id) != nullptr);
        }
    }
}

TEST_CASE("rule ids are unique and sorted", "[catalog]") {
    const std::vector<std::string_view> ids = rule_ids();
    CHECK(std::is_sorted(ids.begin(), ids.end()));
    CHECK(std::adjacent_find(ids.begin(), ids.end()) == ids.end());
}
