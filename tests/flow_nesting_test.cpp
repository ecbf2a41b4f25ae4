// The pre-check that finds runs of "[" before yaml-cpp buffers them: what it counts and what not.
#include <catch2/catch.hpp>

#include "load/flow_nesting.hpp"

using reclint::find_too_deep_flow;

TEST_CASE("flow openers past the limit are found at the first one too many") {
    CHECK(find_too_deep_flow("[[[[", 3) == 3U);
    CHECK(find_too_deep_flow("a: [[[[x]]]]", 3) == 6U);
    CHECK(find_too_deep_flow("- {a: {b: {c: {d: 1}}}}", 3) == 14U);
    CHECK(find_too_deep_flow("[a[[[", 3) == 4U);
    CHECK(find_too_deep_flow("a:\n  [\n  [\n  [\n  [\n", 3) == 17U);
    CHECK(find_too_deep_flow("{\"a\":\"[[[[\",\"b\":[[[1]]]}", 3) == 18U);
}

TEST_CASE("closed collections and brackets that are not flow are not counted") {
    CHECK(find_too_deep_flow("[[[]]][[[]]]", 3) == std::nullopt);
    CHECK(find_too_deep_flow("a: \"[[[[\"", 3) == std::nullopt);
    CHECK(find_too_deep_flow("a: 'it''s [[[['", 3) == std::nullopt);
    CHECK(find_too_deep_flow("a: 1 # [[[[\n", 3) == std::nullopt);
    CHECK(find_too_deep_flow("a: x[[[[\n", 3) == std::nullopt);
    CHECK(find_too_deep_flow("a: |\n  [[[[\n\n  [[[[\nb: [[[x]]]\n", 3) == std::nullopt);
    CHECK(find_too_deep_flow("[&x \"[[[[\", !t '[[[[', *x]", 3) == std::nullopt);
    CHECK(find_too_deep_flow("a: \"[[[[", 3) == std::nullopt);
}

TEST_CASE("a block scalar ends at the first line indented no deeper than its header") {
    CHECK(find_too_deep_flow("a: >-\n  [[[[\nb: [[[[x]]]]\n", 3) == 19U);
    CHECK(find_too_deep_flow("a: |  # comment\n    [[[[\nb: [[[[x]]]]\n", 3) == 31U);
}

TEST_CASE("a quoted value after a plain key in a flow mapping is skipped as one scalar") {
    // Argo's `- {name: in, value: "{{tasks.a.outputs.result}}"}`, once per task: the braces inside
    // the quotes are text, so a long DAG template never reads as deep nesting.
    std::string tasks;
    for (int i = 0; i < 300; ++i)
        tasks += "- {name: in, value: \"{{tasks.a.outputs.result}}\"}\n  depends: \"a.Succeeded\"\n";
    CHECK(find_too_deep_flow(tasks, 3) == std::nullopt);
    CHECK(find_too_deep_flow("{a: \"{{{{\", b: [[[[x]]]]}", 3) == 17U);
    // Without a blank after "a:" the quote belongs to the plain scalar, where "{" is still an indicator.
    CHECK(find_too_deep_flow("{a:\"{{{{\"}", 3) == 6U);
}
