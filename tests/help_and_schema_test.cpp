// The help texts (examples, exit codes, where to read about a rule), the --output-format alias
// and `reclint schema KIND`.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "schema/embedded_schemas.hpp"
#include "test_support.hpp"

using namespace reclint::testing;

TEST_CASE("the help ends with examples, the exit codes and how to read a rule's page") {
    const ScratchFolder folder;
    const RunResult main_help = run_reclint_in(folder.path(), {"--help"});
    CHECK(main_help.exit_code == 0);
    CHECK(main_help.out.find("Examples:\n  reclint                                 check the repository") !=
          std::string::npos);
    CHECK(main_help.out.find("Exit codes: 0 no error") != std::string::npos);
    CHECK(main_help.out.find("reclint explain ID prints a rule's page.") != std::string::npos);

    const RunResult check_help = run_reclint_in(folder.path(), {"check", "--help"});
    CHECK(check_help.exit_code == 0);
    CHECK(check_help.out.find("--format,--output-format") != std::string::npos);
    CHECK(check_help.out.find("reclint check --select 'experiment/*'") != std::string::npos);
    CHECK(check_help.out.find("3 an internal error.\nreclint explain ID") != std::string::npos);

    for (const char* command : {"rules", "explain", "graph", "schema"}) {
        const RunResult help = run_reclint_in(folder.path(), {command, "--help"});
        INFO(command);
        CHECK(help.exit_code == 0);
        CHECK(help.out.find(std::string("Example: reclint ") + command) != std::string::npos);
    }
}

TEST_CASE("the option --output-format is another name of --format") {
    ScratchFolder folder;
    folder.write("dags/feed.yaml", kBrokenDag);
    const RunResult result = run_reclint_in(folder.path(), {"check", "--output-format", "json"});
    CHECK(result.exit_code == 1);
    CHECK(nlohmann::json::parse(result.out)["summary"]["errors"] == 2);
    CHECK(run_reclint_in(folder.path(), {"rules", "--output-format", "json"}).out.starts_with("[\n"));
}

TEST_CASE("reclint schema prints the JSON Schema of each kind") {
    const ScratchFolder folder;
    for (const char* kind : {"dag", "experiment", "holdout", "catalog", "config", "argo"}) {
        INFO(kind);
        const RunResult result = run_reclint_in(folder.path(), {"schema", kind});
        CHECK(result.exit_code == 0);
        CHECK(result.err.empty());
        CHECK(result.out == read_text(source_dir() / "schemas" / (std::string(kind) + ".json")));
        CHECK(nlohmann::json::parse(result.out).contains("$schema"));
    }
    const RunResult unknown = run_reclint_in(folder.path(), {"schema", "experiments"});
    CHECK(unknown.exit_code == 2);
    CHECK(unknown.out.empty());
    CHECK(unknown.err.find("experiments not in {dag,experiment,holdout,catalog,config,argo}") != std::string::npos);
}

namespace {

// The paths of the properties of `schema` (its definitions, map values and items included) that
// have no description.
void collect_undescribed(const nlohmann::json& schema, const std::string& path, std::vector<std::string>& missing) {
    if (!schema.is_object()) return;
    if (schema.contains("properties")) {
        for (const auto& [name, property] : schema["properties"].items()) {
            if (!property.contains("description")) missing.push_back(path + name);
            collect_undescribed(property, path + name + ".", missing);
        }
    }
    if (schema.contains("additionalProperties"))
        collect_undescribed(schema["additionalProperties"], path + "*.", missing);
    if (schema.contains("items")) collect_undescribed(schema["items"], path + "[].", missing);
    if (schema.contains("definitions")) {
        for (const auto& [name, definition] : schema["definitions"].items()) {
            collect_undescribed(definition, "#" + name + ".", missing);
        }
    }
}

}  // namespace

TEST_CASE("every property of our schemas has a description for editors to show") {
    // reclint's own schemas, as `reclint schema` prints them (Argo's vendored ones are not ours).
    REQUIRE(reclint::embedded_schemas().size() == 6);
    for (const reclint::EmbeddedSchema& schema : reclint::embedded_schemas()) {
        INFO(schema.name);
        std::vector<std::string> missing;
        collect_undescribed(nlohmann::json::parse(schema.text), "", missing);
        CHECK(missing == std::vector<std::string>{});
    }
}

TEST_CASE("the description check finds a property without one, however deep") {
    std::vector<std::string> missing;
    collect_undescribed(nlohmann::json::parse(R"({
      "properties": {"a": {"description": "x", "items": {"properties": {"b": {}}}}},
      "definitions": {"d": {"additionalProperties": {"properties": {"c": {"type": "string"}}}}}
    })"),
                        "", missing);
    CHECK(missing == std::vector<std::string>{"a.[].b", "#d.*.c"});
}
