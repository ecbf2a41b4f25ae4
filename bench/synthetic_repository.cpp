#include "synthetic_repository.hpp"

#include <fstream>
#include <string>
#include <vector>

namespace reclint::bench {

namespace fs = std::filesystem;

namespace {

struct Job {
    std::string name;
    std::vector<std::string> dependencies;
    std::vector<std::string> inputs;
    std::vector<std::string> outputs;
};

std::string list(const std::vector<std::string>& items) {
    std::string text = "[";
    for (std::size_t i = 0; i < items.size(); ++i)
        text += (i ? ", " : "") + items[i];
    return text + "]";
}

// A feed pipeline: extract, a fan of feature jobs, training, scoring, publishing.
std::vector<Job> jobs_of(std::size_t dag) {
    // One dataset for the whole team, as the catalog knows it; each DAG's tables carry its number.
    const std::string data = "recsys.feed_" + std::to_string(dag);
    std::vector<Job> jobs{{"extract", {}, {"warehouse.users", "warehouse.events"}, {data + "_raw_events"}}};
    const std::size_t features = 3 + dag % 9;
    std::vector<std::string> feature_jobs;
    for (std::size_t f = 0; f < features; ++f) {
        const std::string name = "features-" + std::to_string(f);
        jobs.push_back({name, {"extract"}, {data + "_raw_events"}, {data + "_features_" + std::to_string(f)}});
        feature_jobs.push_back(name);
    }
    std::vector<std::string> feature_tables;
    for (std::size_t f = 0; f < features; ++f)
        feature_tables.push_back(data + "_features_" + std::to_string(f));
    jobs.push_back({"train", feature_jobs, feature_tables, {data + "_model"}});
    jobs.push_back({"score", {"train"}, {data + "_model", "warehouse.users"}, {data + "_scores"}});
    jobs.push_back({"publish", {"score"}, {data + "_scores"}, {data}});
    return jobs;
}

std::string dag_file(std::size_t dag) {
    std::string text = "# The daily job feed of team " + std::to_string(dag % 13) +
                       ": extract events, build features, train, score and publish.\n"
                       "name: feed-" +
                       std::to_string(dag) + "\noption:\n  team: recommendation\n  owner: team-" +
                       std::to_string(dag % 13) + "\n  image: registry.example.com/recsys/pipeline:2026." +
                       std::to_string(dag % 12 + 1) + "\nschedule: \"" + std::to_string(dag % 60) + " " +
                       std::to_string(dag % 24) + " * * *\"\njobs:\n";
    for (const Job& job : jobs_of(dag)) {
        text += "  - name: " + job.name + "\n    command: \"python -m recsys." + job.name +
                " --date {{ ds }} --dag feed-" + std::to_string(dag) + " --retries 3\"\n";
        if (!job.dependencies.empty()) text += "    dependencies: " + list(job.dependencies) + "\n";
        text += "    inputs: " + list(job.inputs) + "\n    outputs: " + list(job.outputs) + "\n";
        text += "    option: {cpu: \"" + std::to_string(1 + job.name.size() % 4) + "\", memory: 4Gi}\n";
    }
    return text;
}

std::string argo_file(std::size_t dag) {
    const std::string name = "feed-" + std::to_string(dag);
    std::string text = "apiVersion: argoproj.io/v1alpha1\nkind: WorkflowTemplate\nmetadata:\n  name: " + name +
                       "\n  namespace: recsys\n  annotations:\n    reclint/source: dags/team-" +
                       std::to_string(dag % 13) + "/" + name +
                       ".yaml\n  labels:\n    team: recommendation\n"
                       "spec:\n  entrypoint: main\n  serviceAccountName: recsys-runner\n"
                       "  arguments:\n    parameters:\n      - name: date\n        value: "
                       "\"{{workflow.creationTimestamp.Y}}\"\n"
                       "  templates:\n    - name: main\n      dag:\n        tasks:\n";
    for (const Job& job : jobs_of(dag)) {
        text += "          - name: " + job.name + "\n            template: run\n";
        if (!job.dependencies.empty()) text += "            dependencies: " + list(job.dependencies) + "\n";
        text +=
            "            arguments:\n              parameters:\n                - name: module\n"
            "                  value: recsys." +
            job.name + "\n";
    }
    text +=
        "    - name: run\n      inputs:\n        parameters:\n          - name: module\n      "
        "container:\n"
        "        image: registry.example.com/recsys/pipeline:2026.1\n"
        "        command: [python, -m, \"{{inputs.parameters.module}}\"]\n"
        "        args: [--date, \"{{workflow.parameters.date}}\"]\n"
        "        resources:\n          requests: {cpu: \"1\", memory: 4Gi}\n          limits: "
        "{cpu: \"2\", memory: 8Gi}\n";
    return text;
}

// Day `day` from 2027-01-01 in a calendar of 28-day months (every date is a real one).
std::string date(std::size_t day) {
    const std::size_t month = 1 + day / 28 % 12;
    return std::to_string(2027 + day / 336) + "-" + std::string(month < 10 ? "0" : "") + std::to_string(month) + "-" +
           std::string(day % 28 + 1 < 10 ? "0" : "") + std::to_string(day % 28 + 1);
}

const std::vector<std::string> kSurfaces{"job_feed", "search", "push", "email"};

std::string experiment_file(std::size_t i, std::size_t dags) {
    // A clean schedule: each surface has one layer of five 20% traffic slots, and the tests of one
    // slot follow each other in two-week windows, so no two tests clash.
    const std::string name = "feed_ranker_" + std::to_string(i);
    const std::size_t dag = i % std::max<std::size_t>(dags, 1);
    const std::size_t slot = i % 5;
    const std::string& surface = kSurfaces[i / 5 % kSurfaces.size()];
    const std::size_t start = i / (5 * kSurfaces.size()) * 15;
    return "kind: Experiment\nname: " + name + "\nowner: recommendation\ndescription: Ranker " + std::to_string(i) +
           " against the current ranker\nsurface: " + surface +
           "\ntype: ab\nsegment: "
           "all\n"
           "start: " +
           date(start) + "\nend: " + date(start + 14) + "\nlayer: " + surface + "_ranking\ntraffic: [" +
           std::to_string(slot * 20) + ", " + std::to_string(slot * 20 + 20) +
           "]\n"
           "holdout: global_" +
           std::to_string(i % 4) +
           "\nvariants:\n"
           "  - name: control\n    control: true\n    weight: 50\n    source: recsys.feed_" +
           std::to_string(dag) +
           "\n    fallback: [recsys.popular]\n  - name: treatment\n    weight: 50\n    source: "
           "recsys.feed_" +
           std::to_string(dag) + "_scores\n    fallback: [recsys.feed_" + std::to_string(dag) + ", recsys.popular]\n";
}

std::string holdout_file(std::size_t i) {
    return "kind: Holdout\nname: global_" + std::to_string(i) +
           "\nunit: user_id\npercent: 5\nstart: 2027-01-01\n"
           "end: 2040-12-31\nsurfaces: [job_feed, search, push, email]\n";
}

std::string catalog_file(std::size_t dags) {
    std::string text =
        "kind: Catalog\ntables:\n  - name: warehouse.users\n    columns: [user_id, created_at, "
        "country]\n"
        "  - name: warehouse.events\n    columns: [user_id, item_id, event, at]\n"
        "  - name: recsys.popular\n    columns: [user_id, item_id, score]\n    complete: true\n";
    for (std::size_t dag = 0; dag < dags; ++dag) {
        text += "  - name: recsys.feed_" + std::to_string(dag) + "\n    columns: [user_id, item_id, score]\n";
    }
    return text;
}

void write(const fs::path& path, const std::string& text) {
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << text;
}

}  // namespace

void write_synthetic_repository(const fs::path& root, RepositoryShape shape) {
    const fs::path stamp = root / ".shape";
    const std::string expected = std::to_string(shape.files) + " files, version 2\n";
    std::string found;
    std::getline(std::ifstream(stamp), found);
    if (found + "\n" == expected) return;
    fs::remove_all(root);
    const std::size_t dags = shape.files * 2 / 5;
    const std::size_t holdouts = std::min(shape.files - 2 * dags, std::max<std::size_t>(4, shape.files / 25));
    const std::size_t rest = shape.files - 2 * dags - holdouts;
    const std::size_t experiments = rest > 0 ? rest - 1 : 0;
    for (std::size_t i = 0; i < dags; ++i) {
        const std::string name = "feed-" + std::to_string(i) + ".yaml";
        write(root / "dags" / ("team-" + std::to_string(i % 13)) / name, dag_file(i));
        write(root / "argo" / name, argo_file(i));
    }
    for (std::size_t i = 0; i < experiments; ++i) {
        write(root / "experiments" / ("feed_ranker_" + std::to_string(i) + ".yaml"), experiment_file(i, dags));
    }
    for (std::size_t i = 0; i < holdouts; ++i)
        write(root / "holdouts" / ("global_" + std::to_string(i) + ".yaml"), holdout_file(i));
    write(root / "catalog.yaml", catalog_file(dags));
    write(root / ".reclint.yaml", "surfaces: [job_feed, search, push, email]\n");
    write(stamp, expected);
}

}  // namespace reclint::bench
