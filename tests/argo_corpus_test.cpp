// reclint over the real Argo Workflows examples (../shared/corpus/argo-examples, 217 manifests
// written by people outside this project): no errors and no warnings but those listed here, each
// with the reason it is right.
#include <catch2/catch.hpp>

#include <map>
#include <nlohmann/json.hpp>

#include "test_support.hpp"

namespace fs = std::filesystem;
using namespace reclint::testing;

namespace {

constexpr std::size_t kCorpusManifests = 217;

std::size_t yaml_files_under(const fs::path& folder) {
    std::size_t count = 0;
    for (const auto& entry : fs::recursive_directory_iterator(folder)) {
        if (entry.is_regular_file() && entry.path().extension() == ".yaml") ++count;
    }
    return count;
}

// "file:line rule" of the errors the corpus rightly gets, with why: these three files are really
// invalid, each rejected by the Kubernetes API server as it is written.
const std::map<std::string, std::string>& expected_errors() {
    static const std::map<std::string, std::string> errors = {
        {"fun-with-gifs.yaml:12 argo/name",
         "generateName is indented under labels: the Workflow has no name and no generateName"},
        {"k8s-jobs.yaml:8 argo/name",
         "\"name: k8s-jobs\" is indented into the block scalar of an annotation: the Workflow has "
         "no name"},
        {"k8s-patch-json-workflow.yaml:13 yaml/duplicate-key",
         "metadata has two \"annotations\" keys, which kubectl's strict decoding rejects"},
    };
    return errors;
}

// Every templateRef and workflowTemplateRef of the corpus names a WorkflowTemplate that the corpus
// has, so there is no argo/missing-template-ref warning, and no other warning.
const std::map<std::string, std::string>& expected_warnings() {
    static const std::map<std::string, std::string> warnings = {};
    return warnings;
}

// The entries of `found` that `expected` lacks, and those of `expected` that `found` lacks.
std::vector<std::string> differences(const std::map<std::string, std::string>& found,
                                     const std::map<std::string, std::string>& expected) {
    std::vector<std::string> different;
    for (const auto& [where, message] : found) {
        if (!expected.contains(where)) different.push_back("unexpected " + where + ": " + message);
    }
    for (const auto& [where, reason] : expected) {
        if (!found.contains(where)) different.push_back("missing " + where);
    }
    return different;
}

}  // namespace

TEST_CASE("the real Argo examples give only the listed findings", "[corpus]") {
    const fs::path corpus = shared_dir() / "corpus" / "argo-examples";
    REQUIRE(fs::is_directory(corpus));
    REQUIRE(yaml_files_under(corpus) == kCorpusManifests);
    const RunResult result = run_reclint_in(corpus, {"check", "--no-config", "--format", "json"});
    INFO(result.err);
    REQUIRE(result.err.empty());
    const nlohmann::json report = nlohmann::json::parse(result.out);
    std::map<std::string, std::string> errors, warnings;
    for (const auto& diagnostic : report["diagnostics"]) {
        const std::string where = diagnostic["file"].get<std::string>() + ":" +
                                  std::to_string(diagnostic["line"].get<int>()) + " " +
                                  diagnostic["rule"].get<std::string>();
        auto& found = diagnostic["severity"] == "error" ? errors : warnings;
        CHECK(found.emplace(where, diagnostic["message"].get<std::string>()).second);
    }
    CHECK(differences(errors, expected_errors()) == std::vector<std::string>{});
    CHECK(differences(warnings, expected_warnings()) == std::vector<std::string>{});
    CHECK(result.exit_code == 1);
    // Every file but those holding only other kinds: a ConfigMap, a PersistentVolumeClaim, a
    // ResourceQuota and two WorkflowEventBindings.
    CHECK(report["files_checked"] == kCorpusManifests - 5);
}
