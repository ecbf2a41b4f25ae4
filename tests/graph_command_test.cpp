// `reclint graph`: the Mermaid and DOT text of a DAG file compared whole, and the errors for files
// that cannot be drawn.
#include <catch2/catch.hpp>

#include "test_support.hpp"

using namespace reclint::testing;

namespace {

// A cycle (train <-> evaluate), a copy-pasted job, an unknown dependency, a dependency listed
// twice, and names that Mermaid and DOT must not read as syntax.
const std::string kDag =
    "name: job-feed-graph\n"
    "jobs:\n"
    "  - name: extract\n"
    "    command: x\n"
    "  - name: train\n"
    "    command: x\n"
    "    dependencies: [extract, evaluate, extract]\n"
    "  - name: evaluate\n"
    "    command: x\n"
    "    dependencies: [train, extarct]\n"
    "  - name: train\n"
    "    command: x\n"
    "    dependencies: [extract]\n"
    "  - name: 'say \"end\" <b>#1</b> & `x` \\ done'\n"
    "    command: x\n"
    "    dependencies: [evaluate]\n";

}  // namespace

TEST_CASE("graph draws a DAG file as Mermaid with the cycle marked") {
    ScratchFolder folder;
    folder.write("dags/feed.yaml", kDag);
    const RunResult result = run_reclint_in(folder.path(), {"graph", "dags/feed.yaml"});
    CHECK(result.exit_code == 0);
    CHECK(result.err.empty());
    CHECK(result.out ==
          "flowchart TD\n"
          "    subgraph d0[\"job-feed-graph\"]\n"
          "        d0n0[\"extract\"]\n"
          "        d0n1[\"train\"]\n"
          "        d0n2[\"evaluate\"]\n"
          "        d0n3[\"say #quot;end#quot; #lt;b#gt;#35;1#lt;/b#gt; #amp; #96;x#96; \\ done\"]\n"
          "    end\n"
          "    d0n0 --> d0n1\n"
          "    d0n2 --> d0n1\n"
          "    d0n1 --> d0n2\n"
          "    d0n2 --> d0n3\n"
          "    linkStyle 1,2 stroke:#d62728,stroke-width:3px\n"
          "    classDef cycle stroke:#d62728,stroke-width:3px\n"
          "    class d0n1,d0n2 cycle\n");
}

TEST_CASE("graph draws a DAG file as DOT with the cycle marked") {
    ScratchFolder folder;
    folder.write("dags/feed.yaml", kDag);
    const RunResult result = run_reclint_in(folder.path(), {"graph", "dags/feed.yaml", "--format", "dot"});
    CHECK(result.exit_code == 0);
    CHECK(result.out ==
          "digraph dependencies {\n"
          "    node [shape=box];\n"
          "    subgraph cluster_0 {\n"
          "        label=\"job-feed-graph\";\n"
          "        d0n0 [label=\"extract\"];\n"
          "        d0n1 [label=\"train\", color=\"#d62728\", penwidth=2];\n"
          "        d0n2 [label=\"evaluate\", color=\"#d62728\", penwidth=2];\n"
          "        d0n3 [label=\"say \\\"end\\\" <b>#1</b> & `x` \\\\ done\"];\n"
          "        d0n0 -> d0n1;\n"
          "        d0n2 -> d0n1 [color=\"#d62728\", penwidth=2];\n"
          "        d0n1 -> d0n2 [color=\"#d62728\", penwidth=2];\n"
          "        d0n2 -> d0n3;\n"
          "    }\n"
          "}\n");
}

TEST_CASE("graph draws each DAG of a file in its own box and marks a self-dependency") {
    ScratchFolder folder;
    folder.write("feeds.yaml",
                 "name: first\njobs:\n  - {name: a, command: x, dependencies: [a]}\n"
                 "---\n"
                 "jobs:\n  - {name: b, command: x}\n  - {name: c, command: x, dependencies: [b]}\n");
    const RunResult mermaid = run_reclint_in(folder.path(), {"graph", "feeds.yaml"});
    CHECK(mermaid.exit_code == 0);
    CHECK(mermaid.out ==
          "flowchart TD\n"
          "    subgraph d0[\"first\"]\n"
          "        d0n0[\"a\"]\n"
          "    end\n"
          "    subgraph d1[\"feeds.yaml\"]\n"
          "        d1n0[\"b\"]\n"
          "        d1n1[\"c\"]\n"
          "    end\n"
          "    d0n0 --> d0n0\n"
          "    d1n0 --> d1n1\n"
          "    linkStyle 0 stroke:#d62728,stroke-width:3px\n"
          "    classDef cycle stroke:#d62728,stroke-width:3px\n"
          "    class d0n0 cycle\n");
    const RunResult dot = run_reclint_in(folder.path(), {"graph", "--format", "dot", "feeds.yaml"});
    CHECK(dot.out ==
          "digraph dependencies {\n"
          "    node [shape=box];\n"
          "    subgraph cluster_0 {\n"
          "        label=\"first\";\n"
          "        d0n0 [label=\"a\", color=\"#d62728\", penwidth=2];\n"
          "        d0n0 -> d0n0 [color=\"#d62728\", penwidth=2];\n"
          "    }\n"
          "    subgraph cluster_1 {\n"
          "        label=\"feeds.yaml\";\n"
          "        d1n0 [label=\"b\"];\n"
          "        d1n1 [label=\"c\"];\n"
          "        d1n0 -> d1n1;\n"
          "    }\n"
          "}\n");
}

TEST_CASE("graph refuses what it cannot draw with exit code 2") {
    ScratchFolder folder;
    folder.write("experiment.yaml", "kind: Experiment\nname: x\n");
    folder.write("values.yaml", "replicas: 3\n");
    folder.write("dags/broken.yaml", "name: feed\njobs:\n  - name: [extract\n");

    const RunResult experiment = run_reclint_in(folder.path(), {"graph", "experiment.yaml"});
    CHECK(experiment.exit_code == 2);
    CHECK(experiment.out.empty());
    CHECK(experiment.err == "reclint: error: experiment.yaml: not a DAG file (it holds: experiment)\n");

    const RunResult unrelated = run_reclint_in(folder.path(), {"graph", "values.yaml"});
    CHECK(unrelated.exit_code == 2);
    CHECK(unrelated.err ==
          "reclint: error: values.yaml: neither a DAG file (no document is a mapping with a "
          "\"jobs:\" list) nor an Argo manifest\n");

    const RunResult broken = run_reclint_in(folder.path(), {"graph", "dags/broken.yaml"});
    CHECK(broken.exit_code == 2);
    CHECK(broken.out.empty());
    CHECK(broken.err.starts_with("reclint: error: dags/broken.yaml:4:1: "));
    CHECK(broken.err.ends_with(" (reclint check dags/broken.yaml reports every problem)\n"));

    const RunResult missing = run_reclint_in(folder.path(), {"graph", "dags/feed.yaml"});
    CHECK(missing.exit_code == 2);
    CHECK(missing.err == "reclint: error: dags/feed.yaml: cannot read: no such file or directory\n");

    const RunResult folder_given = run_reclint_in(folder.path(), {"graph", "dags"});
    CHECK(folder_given.exit_code == 2);
    CHECK(folder_given.err.starts_with("reclint: error: dags: cannot read: "));

    CHECK(run_reclint_in(folder.path(), {"graph", "dags/broken.yaml", "--format", "svg"}).exit_code == 2);
}

TEST_CASE("graph says when the Mermaid text is past what Mermaid draws, and still writes it") {
    // A chain of 2,000 jobs: about 90,000 characters of Mermaid, 48,000 of them the edges.
    std::string dag = "name: long-chain\njobs:\n  - name: job-0\n    command: x\n";
    for (int i = 1; i < 2000; ++i) {
        dag += "  - name: job-" + std::to_string(i) + "\n    command: x\n    dependencies: [job-" +
               std::to_string(i - 1) + "]\n";
    }
    ScratchFolder folder;
    folder.write("dags/chain.yaml", dag);

    const RunResult mermaid = run_reclint_in(folder.path(), {"graph", "dags/chain.yaml"});
    CHECK(mermaid.exit_code == 0);
    CHECK(mermaid.out.starts_with("flowchart TD\n"));
    CHECK(mermaid.out.ends_with("    d0n1998 --> d0n1999\n"));
    CHECK(mermaid.err == "reclint: note: the Mermaid text is " + std::to_string(mermaid.out.size()) +
                             " characters; Mermaid renders at most 50000 by default (maxTextSize), so GitHub and "
                             "most viewers will not draw it: --format dot suits a graph this large\n");

    const RunResult dot = run_reclint_in(folder.path(), {"graph", "dags/chain.yaml", "--format", "dot"});
    CHECK(dot.exit_code == 0);
    CHECK(dot.err.empty());
}
