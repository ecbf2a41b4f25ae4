// The sarif format: valid against the official SARIF 2.1.0 schema, the rules with results
// described, and fingerprints that survive lines being inserted above a finding.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validator.hpp>

#include <regex>

#include "engine/registry.hpp"
#include "test_support.hpp"

using namespace reclint::testing;
using nlohmann::json;

namespace {

// What valijson finds wrong with `document` under the official SARIF 2.1.0 schema (draft-04).
std::vector<std::string> sarif_schema_errors(const json& document) {
    static const json schema_document = json::parse(read_text(shared_dir() / "schemas" / "sarif-schema-2.1.0.json"));
    valijson::Schema schema;
    valijson::SchemaParser parser(valijson::SchemaParser::kDraft4);
    const valijson::adapters::NlohmannJsonAdapter schema_adapter(schema_document);
    parser.populateSchema(schema_adapter, schema);
    valijson::Validator validator;
    valijson::ValidationResults results;
    const valijson::adapters::NlohmannJsonAdapter target(document);
    validator.validate(schema, target, &results);
    std::vector<std::string> errors;
    valijson::ValidationResults::Error error;
    while (results.popError(error)) {
        std::string where;
        for (const std::string& part : error.context)
            where += part;
        errors.push_back(where + ": " + error.description);
    }
    return errors;
}

json run_sarif(const ScratchFolder& folder, std::vector<std::string> arguments = {}) {
    arguments.insert(arguments.begin(), {"check", "--format", "sarif"});
    const RunResult result = run_reclint_in(folder.path(), arguments);
    REQUIRE(result.err.empty());
    return json::parse(result.out);
}

// The results of the rules a test is about (other rules may fire on the same files as they are
// added).
json results_of(const json& sarif, const std::vector<std::string>& rules) {
    json kept = json::array();
    for (const json& result : sarif["runs"][0]["results"]) {
        if (std::find(rules.begin(), rules.end(), result["ruleId"]) != rules.end()) kept.push_back(result);
    }
    return kept;
}

const std::string kDuplicateKey =
    "name: job-feed-daily\n"
    "jobs:\n"
    "  - name: extract\n"
    "    command: python extract.py\n"
    "    command: python extract2.py\n";

}  // namespace

TEST_CASE("sarif output validates against the official SARIF 2.1.0 schema") {
    ScratchFolder folder;
    folder.write("dags/feed.yaml", kDuplicateKey);
    folder.write("dags/my feed.yaml", "name: feed\njobs:\n  - {name: a, command: x, dependency: [b]}\n");
    folder.write("argo/feed.yaml",
                 "apiVersion: argoproj.io/v1alpha1\nkind: Workflow\nmetadata: {name: a}\nspec: {}\n---\n"
                 "kind: Experiment\nname: x\nbogus: 1\n");
    folder.write(".reclint.yaml", "docs_url: https://example.com/reclint/rules/{id}.md\n");  // helpUri is a URI
    const json sarif = run_sarif(folder);
    CHECK(sarif["runs"][0]["results"].size() >= 2);
    CHECK(sarif_schema_errors(sarif) == std::vector<std::string>{});

    ScratchFolder clean;
    clean.write("feed.yaml", "name: feed\njobs:\n  - {name: a, command: x}\n");
    const json empty = run_sarif(clean);
    CHECK(empty["runs"][0]["results"] == json::array());
    CHECK(sarif_schema_errors(empty) == std::vector<std::string>{});
}

TEST_CASE("sarif is laid out as one indented document, results or none") {
    // Written one result at a time, it reads exactly as the same document dumped whole would.
    const auto dumped_whole = [](const std::string& text) {
        return nlohmann::ordered_json::parse(text).dump(2, ' ', false) + "\n";
    };
    ScratchFolder folder;
    folder.write("dags/feed.yaml", kDuplicateKey);
    folder.write("dags/other.yaml", "name: feed\njobs:\n  - {name: a, command: x, dependency: [b]}\n");
    const RunResult findings = run_reclint_in(folder.path(), {"check", "--format", "sarif"});
    REQUIRE(json::parse(findings.out)["runs"][0]["results"].size() == 2);
    CHECK(findings.out == dumped_whole(findings.out));

    ScratchFolder clean;
    clean.write("feed.yaml", "name: feed\njobs:\n  - {name: a, command: x}\n");
    const RunResult none = run_reclint_in(clean.path(), {"check", "--format", "sarif"});
    CHECK(none.out.find("\"results\": []") != std::string::npos);
    CHECK(none.out == dumped_whole(none.out));
}

TEST_CASE("the schema check rejects what is not SARIF") {
    ScratchFolder folder;
    folder.write("feed.yaml", kDuplicateKey);
    json sarif = run_sarif(folder);
    sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] = 0;
    CHECK_FALSE(sarif_schema_errors(sarif).empty());
    sarif = run_sarif(folder);
    sarif.erase("version");
    CHECK_FALSE(sarif_schema_errors(sarif).empty());
}

TEST_CASE("a sarif result has the rule, level, message, full region, logical location and notes") {
    ScratchFolder folder;
    folder.write("feed.yaml", kDuplicateKey);
    const json results = run_sarif(folder)["runs"][0]["results"];
    REQUIRE(results.size() == 1);
    json result = results[0];
    const std::string fingerprint = result["partialFingerprints"]["reclint/logicalPath/v1"];
    CHECK(std::regex_match(fingerprint, std::regex("[0-9a-f]{16}")));
    result.erase("partialFingerprints");
    const json expected = json::parse(R"({
      "ruleId": "yaml/duplicate-key",
      "ruleIndex": 0,
      "level": "error",
      "message": {"text": "duplicate key \"command\""},
      "locations": [{
        "physicalLocation": {
          "artifactLocation": {"uri": "feed.yaml", "uriBaseId": "%SRCROOT%"},
          "region": {"startLine": 5, "startColumn": 5, "endLine": 5, "endColumn": 12}
        },
        "logicalLocations": [{"fullyQualifiedName": "jobs[extract].command"}]
      }],
      "relatedLocations": [{
        "id": 1,
        "physicalLocation": {
          "artifactLocation": {"uri": "feed.yaml", "uriBaseId": "%SRCROOT%"},
          "region": {"startLine": 4, "startColumn": 5, "endLine": 4, "endColumn": 12}
        },
        "message": {"text": "first defined here"}
      }]
    })");
    CHECK(result == expected);
}

TEST_CASE("sarif describes the rules with results, with their pages as help") {
    ScratchFolder folder;
    folder.write("feed.yaml", kDuplicateKey + "    k1: 1\n");
    folder.write(".reclint.yaml", "rules: {schema/unknown-key: warning}\n");
    const json sarif = run_sarif(folder);
    const json& driver = sarif["runs"][0]["tool"]["driver"];
    const auto page = [](std::string_view id) { return std::string(reclint::find_rule_page(id)->markdown); };
    json expected = json::parse(R"json({
      "name": "reclint",
      "rules": [
        {"id": "schema/unknown-key",
         "shortDescription": {"text": "a key the format does not have, with did-you-mean (dependency -> dependencies)"},
         "fullDescription": {"text": "Reports a key that the file's format does not have, and suggests the key that was probably meant."},
         "defaultConfiguration": {"level": "warning"},
         "properties": {"tags": ["schema"]}},
        {"id": "yaml/duplicate-key",
         "shortDescription": {"text": "a key given twice in one mapping (the second one; a note points at the first)"},
         "fullDescription": {"text": "Reports a key written twice in the same mapping. The second occurrence gets the diagnostic and a note points at the first."},
         "defaultConfiguration": {"level": "error"},
         "properties": {"tags": ["yaml"]}}
      ]
    })json");
    expected["version"] = expected["semanticVersion"] = RECLINT_VERSION;
    json rules = driver["rules"];
    REQUIRE(rules.size() == 2);
    for (json& rule : rules) {
        const std::string text = page(rule["id"].get<std::string>());
        CHECK(rule["help"] == json{{"text", text}, {"markdown", text}});  // the page as written
        CHECK(text.find("\n\n## ") != std::string::npos);                 // line breaks kept
        rule.erase("help");
    }
    json tool = driver;
    tool["rules"] = rules;
    CHECK(tool == expected);
    const json results = sarif["runs"][0]["results"];
    REQUIRE(results.size() == 2);
    CHECK(results[0]["ruleId"] == "yaml/duplicate-key");
    CHECK(results[0]["ruleIndex"] == 1);
    CHECK(results[1]["ruleIndex"] == 0);
}

TEST_CASE("sarif rules link their published page when the config sets docs_url") {
    ScratchFolder folder;
    folder.write("feed.yaml", kDuplicateKey);
    folder.write(".reclint.yaml", "docs_url: https://example.com/reclint/{id}.md\n");
    const json rules = run_sarif(folder)["runs"][0]["tool"]["driver"]["rules"];
    REQUIRE(rules.size() == 1);
    CHECK(rules[0]["helpUri"] == "https://example.com/reclint/yaml/duplicate-key.md");

    folder.write(".reclint.yaml", "{}\n");
    CHECK_FALSE(run_sarif(folder)["runs"][0]["tool"]["driver"]["rules"][0].contains("helpUri"));
}

TEST_CASE("a sarif report of two findings stays small") {
    // Measured: 9,646 bytes (it was 332 KB when every rule's page was listed). GitHub accepts
    // 10 MB of gzipped SARIF per upload.
    ScratchFolder folder;
    folder.write("dags/feed.yaml", kDuplicateKey);
    folder.write("dags/other.yaml", "name: feed\njobs:\n  - {name: a, command: x, dependency: [b]}\n");
    const RunResult result = run_reclint_in(folder.path(), {"check", "--format", "sarif"});
    REQUIRE(json::parse(result.out)["runs"][0]["results"].size() == 2);
    CHECK(result.out.size() < 16 * 1024);
}

TEST_CASE("sarif fingerprints survive lines inserted above a finding") {
    ScratchFolder folder;
    folder.write("dags/feed.yaml", kDuplicateKey + "  - name: train\n    command: x\n    dependency: [extract]\n");
    const std::vector<std::string> rules = {"yaml/duplicate-key", "schema/unknown-key"};
    const json before = results_of(run_sarif(folder), rules);
    folder.write("dags/feed.yaml",
                 "# the daily feed\n\nname: job-feed-daily\njobs:\n  - name: score\n    command: python "
                 "score.py\n"
                 "  - name: extract\n    command: python extract.py\n    command: python extract2.py\n"
                 "  - name: train\n    command: x\n    dependency: [extract]\n");
    const json after = results_of(run_sarif(folder), rules);
    REQUIRE(before.size() == 2);
    REQUIRE(after.size() == 2);
    for (std::size_t i = 0; i < 2; ++i) {
        CHECK(before[i]["ruleId"] == after[i]["ruleId"]);
        CHECK(before[i]["locations"][0]["physicalLocation"]["region"]["startLine"] !=
              after[i]["locations"][0]["physicalLocation"]["region"]["startLine"]);
        CHECK(before[i]["partialFingerprints"] == after[i]["partialFingerprints"]);
    }
    CHECK(before[0]["partialFingerprints"] != before[1]["partialFingerprints"]);
}

TEST_CASE("sarif fingerprints tell apart findings that share rule, file and node") {
    ScratchFolder folder;
    folder.write("feed.yaml",
                 "name: feed\njobs:\n  - {name: a, command: x, k1: 1}\n  - {name: a, command: y, k1: 2}\n");
    const json results = results_of(run_sarif(folder), {"schema/unknown-key"});
    REQUIRE(results.size() == 2);
    CHECK(results[0]["locations"][0]["logicalLocations"] == results[1]["locations"][0]["logicalLocations"]);
    CHECK(results[0]["partialFingerprints"] != results[1]["partialFingerprints"]);
}

TEST_CASE("sarif uris are relative to the repository root and percent-encoded") {
    ScratchFolder folder;
    folder.write("sub/my dags/feed%.yaml", kDuplicateKey);
    const RunResult result = run_reclint_in(folder.path() / "sub", {"check", "--format", "sarif"},
                                            {{"GITHUB_WORKSPACE", folder.path().string()}});
    const json location = json::parse(result.out)["runs"][0]["results"][0]["locations"][0];
    CHECK(location["physicalLocation"]["artifactLocation"] ==
          json{{"uri", "sub/my%20dags/feed%25.yaml"}, {"uriBaseId", "%SRCROOT%"}});
}
