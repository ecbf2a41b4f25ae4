// The graphs of Argo manifests: `reclint graph` on each DAG template of a manifest (names in
// `depends` are edges), and the job summary's diagram of a manifest that drifted from its DAG file.
#include <catch2/catch.hpp>

#include "test_support.hpp"

using namespace reclint::testing;

namespace {

// Two DAG templates; in "main", train and evaluate wait for each other through `depends`.
const std::string kManifest =
    "apiVersion: argoproj.io/v1alpha1\n"
    "kind: Workflow\n"
    "metadata:\n"
    "  generateName: job-feed-\n"
    "spec:\n"
    "  entrypoint: main\n"
    "  templates:\n"
    "    - name: main\n"
    "      dag:\n"
    "        tasks:\n"
    "          - {name: extract, template: run}\n"
    "          - {name: train, template: run, depends: \"extract && evaluate.Succeeded\"}\n"
    "          - {name: evaluate, template: run, depends: train}\n"
    "          - {name: publish, template: backfill, depends: \"evaluate || train.Failed\"}\n"
    "    - name: backfill\n"
    "      dag:\n"
    "        tasks:\n"
    "          - {name: load, template: run}\n"
    "          - {name: store, template: run, dependencies: [load]}\n"
    "    - name: run\n"
    "      container: {image: python:3.12}\n";

const std::string kDagFile =
    "name: job-feed\n"
    "jobs:\n"
    "  - name: extract\n"
    "    command: python extract.py\n"
    "  - name: train\n"
    "    command: python train.py\n"
    "    dependencies: [extract]\n"
    "  - name: evaluate\n"
    "    command: python evaluate.py\n"
    "    dependencies: [train]\n";

// Generated from kDagFile, then `evaluate` dropped and `train` made to wait for nothing.
const std::string kDriftedManifest =
    "apiVersion: argoproj.io/v1alpha1\n"
    "kind: Workflow\n"
    "metadata:\n"
    "  name: job-feed\n"
    "  annotations:\n"
    "    reclint/source: dags/feed.yaml\n"
    "spec:\n"
    "  entrypoint: main\n"
    "  templates:\n"
    "    - name: main\n"
    "      dag:\n"
    "        tasks:\n"
    "          - {name: extract, template: run}\n"
    "          - {name: train, template: run}\n"
    "    - name: run\n"
    "      container: {image: python:3.12}\n";

}  // namespace

TEST_CASE("graph draws each DAG template of an Argo manifest, depends names as edges") {
    ScratchFolder folder;
    folder.write("argo/feed.yaml", kManifest);
    const RunResult result = run_reclint_in(folder.path(), {"graph", "argo/feed.yaml"});
    INFO(result.err);
    CHECK(result.exit_code == 0);
    CHECK(result.err.empty());
    CHECK(result.out ==
          "flowchart TD\n"
          "    subgraph d0[\"job-feed-: main\"]\n"
          "        d0n0[\"extract\"]\n"
          "        d0n1[\"train\"]\n"
          "        d0n2[\"evaluate\"]\n"
          "        d0n3[\"publish\"]\n"
          "    end\n"
          "    subgraph d1[\"job-feed-: backfill\"]\n"
          "        d1n0[\"load\"]\n"
          "        d1n1[\"store\"]\n"
          "    end\n"
          "    d0n0 --> d0n1\n"
          "    d0n2 --> d0n1\n"
          "    d0n1 --> d0n2\n"
          "    d0n2 --> d0n3\n"
          "    d0n1 --> d0n3\n"
          "    d1n0 --> d1n1\n"
          "    linkStyle 1,2 stroke:#d62728,stroke-width:3px\n"
          "    classDef cycle stroke:#d62728,stroke-width:3px\n"
          "    class d0n1,d0n2 cycle\n");
}

TEST_CASE("graph refuses an Argo manifest without a DAG template") {
    ScratchFolder folder;
    folder.write("argo/steps.yaml",
                 "apiVersion: argoproj.io/v1alpha1\nkind: Workflow\nmetadata: {name: steps}\n"
                 "spec:\n  entrypoint: main\n  templates:\n"
                 "    - name: main\n      container: {image: busybox}\n");
    const RunResult result = run_reclint_in(folder.path(), {"graph", "argo/steps.yaml"});
    CHECK(result.exit_code == 2);
    CHECK(result.out.empty());
    CHECK(result.err == "reclint: error: argo/steps.yaml: the Argo manifest has no DAG template\n");
}

TEST_CASE("the job summary draws a manifest that drifted from its DAG file") {
    ScratchFolder folder;
    folder.write("dags/feed.yaml", kDagFile);
    folder.write("argo/feed.yaml", kDriftedManifest);
    const RunResult result = run_reclint_in(folder.path(), {"check", "--no-config", "--summary", "summary.md"});
    INFO(result.out << result.err);
    CHECK(result.exit_code == 1);
    const std::string summary = read_text(folder.path() / "summary.md");
    const std::size_t graphs = summary.find("### Graphs\n");
    REQUIRE(graphs != std::string::npos);
    // Both edges of evaluate and train's edge to extract exist only in the DAG file.
    const std::string title =
        "argo/feed.yaml: main against dags/feed.yaml (dashed red: only in the DAG file; orange: "
        "only in the manifest)";
    CHECK(summary.substr(graphs) ==
          "### Graphs\n\n"
          "#### argo/feed\\.yaml\\: main against dags/feed\\.yaml \\(dashed red\\: only in the DAG "
          "file; orange\\: only in the manifest\\)\n\n"
          "```mermaid\n"
          "flowchart TD\n"
          "    subgraph d0[\"" +
              title +
              "\"]\n"
              "        d0n0[\"extract\"]\n"
              "        d0n1[\"train\"]\n"
              "        d0n2[\"evaluate\"]\n"
              "    end\n"
              "    d0n0 -.-> d0n1\n"
              "    d0n1 -.-> d0n2\n"
              "    linkStyle 0,1 stroke:#d62728,stroke-width:2px,stroke-dasharray:5 5\n"
              "    classDef missing stroke:#d62728,stroke-width:2px,stroke-dasharray:5 5\n"
              "    class d0n2 missing\n"
              "```\n\n");
}
