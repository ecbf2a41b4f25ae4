// The output is byte-identical whatever --jobs is (docs/design.md, "General"): a repository with many files
// and findings of every kind, cross-file ones included, checked with 1 to 8 threads.
#include <catch2/catch.hpp>

#include <sys/stat.h>

#include "test_support.hpp"

namespace fs = std::filesystem;
using namespace reclint::testing;

namespace {

std::string dag(int i) {
    const std::string name = "feed-" + std::to_string(i);
    switch (i % 5) {
        case 0:
            return "name: " + name + "\njobs:\n  - name: extract\n    command: python x.py\n";
        case 1:
            return "name: " + name + "\njobs:\n  - name: extract\n    comand: python x.py\n";
        case 2:
            return "name: " + name + "\njobs:\n  - name: a\n    command: x\n    command: y\n";
        case 3:
            return "name: " + name + "\njobs:\n  - name: a\n    dependencies: [b\n";
        default:
            return "name: " + name + "\nschedule: 5\njobs: [{name: a, command: x, outputs: [t." +
                   std::to_string(i % 7) + "]}]\n";
    }
}

std::string experiment(int i) {
    // Names and salts repeat across files, for the cross-file rules.
    return "kind: Experiment\nname: exp_" + std::to_string(i % 9) + "\nowner: recsys\ndescription: test " +
           std::to_string(i) +
           "\nsurface: job_feed\ntype: ab\nstart: 2026-12-01\nend: 2026-12-15\nvariants:\n"
           "  - {name: control, control: true, weight: 50, source: recsys.a, fallback: "
           "[recsys.p]}\n"
           "  - {name: treatment, weight: 5" +
           std::to_string(i % 3) + ", source: recsys.b}\n";
}

void write_repository(const ScratchFolder& folder) {
    for (int i = 0; i < 120; ++i)
        folder.write("dags/d" + std::to_string(i) + ".yaml", dag(i));
    for (int i = 0; i < 60; ++i)
        folder.write("experiments/e" + std::to_string(i) + ".yaml", experiment(i));
    folder.write("catalog.yaml", "kind: Catalog\ntables:\n  - name: recsys.a\n  - {name: recsys.p, complete: true}\n");
    folder.write("deep.yaml", "name: x\njobs: " + std::string(300, '[') + "\n");
    folder.write("broken.json", "{\"kind\": \"Holdout\", \"name\": }");
    folder.write("values.yaml", "replicas: 3\n");
    REQUIRE(::mkfifo((folder.path() / "dags" / "pipe.yaml").c_str(), 0644) == 0);
}

}  // namespace

TEST_CASE("the output is the same for every number of threads") {
    ScratchFolder folder;
    write_repository(folder);
    for (const std::string format : {"text", "json"}) {
        const std::vector<std::string> arguments{"check", "--color", "never",     "--format",
                                                 format,  "--today", "2027-01-01"};
        auto with_jobs = [&](const std::string& jobs) {
            std::vector<std::string> all = arguments;
            all.insert(all.end(), {"--jobs", jobs});
            return run_reclint_in(folder.path(), all);
        };
        const RunResult one = with_jobs("1");
        REQUIRE(one.exit_code == 2);  // the named pipe cannot be read
        REQUIRE(one.out.size() > 10'000);
        for (const std::string jobs : {"2", "3", "8"}) {
            const RunResult many = with_jobs(jobs);
            CHECK(many.exit_code == one.exit_code);
            CHECK(many.out == one.out);
            CHECK(many.err == one.err);
        }
    }
}
