// The DAG model read from a DAG file (names, spans, duplicates, unknown names) and the graph
// algorithms on it (cycles, the edges on them).
#include <catch2/catch.hpp>

#include "load/yaml_loader.hpp"
#include "model/dag_cycles.hpp"
#include "model/dag_file.hpp"
#include "schema/schema_validator.hpp"

using namespace reclint;

namespace {

struct LoadedDag {
    SourceFile source;
    ParsedYaml yaml;
    Dag dag;
};

std::unique_ptr<LoadedDag> load_dag(const std::string& text) {
    auto loaded = std::make_unique<LoadedDag>(LoadedDag{SourceFile("feed.yaml", text), {}, {}});
    loaded->yaml = parse_yaml(loaded->source);
    REQUIRE(loaded->yaml.documents.size() == 1);
    loaded->dag = read_dag_file(*loaded->yaml.documents[0].root);
    return loaded;
}

std::string where(const SourceFile& source, Span span) {
    const Position begin = source.position(span.begin);
    const Position end = source.position(span.end);
    return std::to_string(begin.line) + ":" + std::to_string(begin.column) + "-" + std::to_string(end.line) + ":" +
           std::to_string(end.column);
}

// Jobs named "j0", "j1", ... and the given edges (job index, name of the dependency).
struct SmallDag {
    std::vector<std::string> names;
    Dag dag;
    SmallDag(std::size_t jobs, const std::vector<std::pair<std::uint32_t, std::string>>& edges) {
        names.reserve(jobs + edges.size());
        for (std::size_t i = 0; i < jobs; ++i)
            names.push_back("j" + std::to_string(i));
        for (std::size_t i = 0; i < jobs; ++i)
            dag.jobs.push_back({names[i], {}, {}});
        for (const auto& [job, name] : edges) {
            names.push_back(name);
            dag.dependencies.push_back({job, names.back(), {}});
        }
        dag.link();
    }
};

// A cycle's path as "j0 j2 j1" (the jobs the path's edges leave).
std::string path_of(const Dag& dag, const DagCycle& cycle) {
    std::string text;
    for (const std::uint32_t edge : cycle.path) {
        text += (text.empty() ? "" : " ") + std::string(dag.jobs[dag.source(dag.dependencies[edge])].name);
    }
    return text;
}

}  // namespace

TEST_CASE("a DAG file's jobs and dependencies are read with their spans") {
    const auto loaded = load_dag(
        "name: feed\n"
        "jobs:\n"
        "  - name: extract\n"
        "    command: x\n"
        "  - name: \"train\"\n"
        "    command: x\n"
        "    dependencies: [extract, 42, extrac]\n"
        "  - {command: x, dependencies: [train]}\n"
        "  - name: extract\n"
        "    command: y\n"
        "    dependencies:\n"
        "      - train\n");
    const Dag& dag = loaded->dag;
    CHECK(dag.name == "feed");
    CHECK(where(loaded->source, dag.name_span) == "1:7-1:11");
    REQUIRE(dag.jobs.size() == 3);  // the job without a name is left out
    CHECK(dag.jobs[1].name == "train");
    CHECK(where(loaded->source, dag.jobs[1].name_span) == "5:11-5:18");
    CHECK(where(loaded->source, dag.jobs[1].span) == "5:5-7:40");
    CHECK(dag.jobs[2].first == 0);  // a later "extract" is the same node as the first
    CHECK(dag.is_first(1));
    REQUIRE(dag.dependencies.size() == 3);  // 42 is not a name
    CHECK(dag.dependencies[0].target == 0);
    CHECK(where(loaded->source, dag.dependencies[0].span) == "7:20-7:27");
    CHECK(!dag.dependencies[1].resolved());
    CHECK(dag.dependencies[1].name == "extrac");
    CHECK(dag.dependencies[2].job == 2);
    CHECK(dag.source(dag.dependencies[2]) == 0);
    CHECK(where(loaded->source, dag.dependencies[2].span) == "12:9-12:14");
}

TEST_CASE("a dependency list that cannot be trusted is marked unknown on the job's first namesake") {
    const auto loaded = load_dag(
        "name: feed\n"
        "jobs:\n"
        "  - {name: extract, command: x}\n"
        "  - {name: train, command: x, dependencies: [extract]}\n"
        "  - {name: infer, command: x, dependencies: train}\n"
        "  - {name: score, command: x, dependencies: [extract, 42]}\n"
        "  - {name: publish, command: x, dependencies: [infer]}\n"
        "  - {name: publish, command: x, dependencies: [scor]}\n"
        "  - {name: report, command: x, dependencies: }\n");
    const Dag& dag = loaded->dag;
    REQUIRE(dag.jobs.size() == 7);
    CHECK_FALSE(dag.jobs[0].dependencies_unknown);  // no list: none
    CHECK_FALSE(dag.jobs[1].dependencies_unknown);
    CHECK(dag.jobs[2].dependencies_unknown);        // a string, not a list
    CHECK(dag.jobs[3].dependencies_unknown);        // 42 is not a name
    CHECK(dag.jobs[4].dependencies_unknown);        // its later namesake names no job
    CHECK_FALSE(dag.jobs[6].dependencies_unknown);  // null: an empty list
}

TEST_CASE("a key the schema says is a misspelled \"dependencies\" makes the job's list unknown") {
    const auto loaded = load_dag(
        "name: feed\n"
        "jobs:\n"
        "  - {name: extract, command: x}\n"
        "  - {name: train, command: x, dependency: [extract]}\n"
        "  - {name: infer, command: x, dependency: [train], dependencies: [train]}\n");
    const Node& root = *loaded->yaml.documents[0].root;
    const std::vector<SchemaViolation> violations = validate_against_schema(root, "dag", 100);
    REQUIRE(violations.size() == 2);
    const Dag dag = read_dag_file(root, violations);
    CHECK_FALSE(dag.jobs[0].dependencies_unknown);
    CHECK(dag.jobs[1].dependencies_unknown);
    CHECK_FALSE(dag.jobs[2].dependencies_unknown);          // the list is there, spelled right
    CHECK_FALSE(loaded->dag.jobs[1].dependencies_unknown);  // without the schema's verdict, nothing is known
}

TEST_CASE("a document that is not a mapping gives an empty DAG") {
    const auto loaded = load_dag("- jobs\n");
    CHECK(loaded->dag.jobs.empty());
    CHECK(loaded->dag.name.empty());
}

TEST_CASE("one cycle per strongly connected component through its first job") {
    // j0 <-> j1 (and j0 -> j2, a way out); j3 -> j4 -> j5 -> j3 with a chord j5 -> j4; j6 -> j6.
    const SmallDag small(
        7, {{0, "j1"}, {0, "j2"}, {1, "j0"}, {3, "j4"}, {4, "j5"}, {5, "j4"}, {5, "j3"}, {6, "j6"}, {2, "missing"}});
    const DependencyGraph graph(small.dag);
    const std::vector<DagCycle> cycles = find_cycles(graph);
    REQUIRE(cycles.size() == 2);  // the self-loop is not a cycle here
    CHECK(cycles[0].jobs == std::vector<std::uint32_t>{0, 1});
    CHECK(path_of(small.dag, cycles[0]) == "j0 j1");
    CHECK(cycles[0].path == std::vector<std::uint32_t>{0, 2});
    CHECK(cycles[1].jobs == std::vector<std::uint32_t>{3, 4, 5});
    CHECK(path_of(small.dag, cycles[1]) == "j3 j4 j5");
    CHECK(small.dag.dependencies[cycles[1].path.back()].name == "j3");  // the closing edge

    const std::vector<bool> on_cycle = dependencies_on_cycles(graph, cycles);
    CHECK(on_cycle == std::vector<bool>{true, false, true, true, true, true, true, true, false});
}

TEST_CASE("the reported cycle is a shortest one through the first job") {
    // j0 -> j1 -> j2 -> j3 -> j0, and the shortcut j0 -> j3.
    const SmallDag small(4, {{0, "j1"}, {1, "j2"}, {2, "j3"}, {3, "j0"}, {0, "j3"}});
    const std::vector<DagCycle> cycles = find_cycles(DependencyGraph(small.dag));
    REQUIRE(cycles.size() == 1);
    CHECK(path_of(small.dag, cycles[0]) == "j0 j3");
    CHECK(cycles[0].jobs.size() == 4);
}

TEST_CASE("the dependencies of a duplicated job count for its first job") {
    SmallDag small(3, {{1, "j0"}, {2, "j1"}});
    // Rename j2 to j0: the copy's dependency j1 now leaves j0, closing j0 -> j1 -> j0.
    small.names[2] = "j0";
    small.dag.jobs[2].name = small.names[2];
    small.dag.link();
    const std::vector<DagCycle> cycles = find_cycles(DependencyGraph(small.dag));
    REQUIRE(cycles.size() == 1);
    CHECK(cycles[0].jobs == std::vector<std::uint32_t>{0, 1});
    CHECK(path_of(small.dag, cycles[0]) == "j0 j1");
}
