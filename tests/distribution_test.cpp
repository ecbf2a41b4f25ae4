// How users get reclint without building it: the Dockerfile behind the `reclint-docker` pre-commit
// hook, the hooks themselves and the release workflow. No Docker engine and no GitHub here: the
// files are parsed and checked against each other and against the scripts they run.
#include <catch2/catch.hpp>

#include <yaml-cpp/yaml.h>

#include <sstream>

#include "test_support.hpp"

using namespace reclint::testing;

namespace {

struct Instruction {
    std::string keyword;  // FROM, RUN, COPY...
    std::string arguments;
};

// The Dockerfile's instructions, continuation lines joined, comments and blank lines left out.
std::vector<Instruction> dockerfile_instructions() {
    std::istringstream lines(read_text(source_dir() / "Dockerfile"));
    std::vector<Instruction> instructions;
    std::string line;
    std::string pending;
    while (std::getline(lines, line)) {
        if (line.starts_with("#") || (pending.empty() && line.find_first_not_of(' ') == std::string::npos)) continue;
        pending += line;
        if (pending.ends_with("\\")) {
            pending.pop_back();
            continue;
        }
        const std::size_t space = pending.find(' ');
        instructions.push_back({pending.substr(0, space), pending.substr(space + 1)});
        pending.clear();
    }
    return instructions;
}

std::vector<std::vector<Instruction>> dockerfile_stages() {
    std::vector<std::vector<Instruction>> stages;
    for (const Instruction& instruction : dockerfile_instructions()) {
        if (instruction.keyword == "FROM") stages.emplace_back();
        REQUIRE_FALSE(stages.empty());
        stages.back().push_back(instruction);
    }
    return stages;
}

YAML::Node hook(const std::string& id) {
    for (const YAML::Node& hook : YAML::LoadFile((source_dir() / ".pre-commit-hooks.yaml").string())) {
        if (hook["id"].as<std::string>() == id) return hook;
    }
    FAIL("no hook " << id);
    return {};
}

}  // namespace

TEST_CASE("the Dockerfile builds the static binary on Debian 12 and ships it alone") {
    const auto stages = dockerfile_stages();
    REQUIRE(stages.size() == 2);
    CHECK(stages[0][0].arguments == "debian:12 AS build");
    bool static_build = false;
    for (const Instruction& instruction : stages[0]) {
        if (instruction.keyword == "RUN" &&
            instruction.arguments.find("cmake -S /src -B /build") != std::string::npos) {
            static_build = instruction.arguments.find("-DRECLINT_STATIC=ON") != std::string::npos;
        }
    }
    CHECK(static_build);
    // The final stage: a base holding glibc only (no shell, no package manager), then the binary.
    const auto& final_stage = stages[1];
    REQUIRE(final_stage.size() == 4);
    CHECK(final_stage[0].arguments == "gcr.io/distroless/base-debian12 AS final");
    CHECK(final_stage[1].keyword == "COPY");
    CHECK(final_stage[1].arguments == "--from=build /build/reclint /usr/local/bin/reclint");
    CHECK(final_stage[2].keyword == "WORKDIR");
    CHECK(final_stage[3].keyword == "ENTRYPOINT");
    CHECK(final_stage[3].arguments == "[\"/usr/local/bin/reclint\"]");
}

TEST_CASE("the docker hook runs the image's binary as the system hook runs the installed one") {
    const YAML::Node system = hook("reclint");
    const YAML::Node docker = hook("reclint-docker");
    CHECK(system["language"].as<std::string>() == "system");
    CHECK(docker["language"].as<std::string>() == "docker");
    CHECK(system["entry"].as<std::string>() == "reclint check --");
    // pre-commit runs `docker run --entrypoint <first word> <image> <the rest> <files>`.
    CHECK(docker["entry"].as<std::string>() == "/usr/local/bin/reclint check --");
    for (const char* key : {"types_or", "require_serial", "minimum_pre_commit_version"}) {
        CHECK(YAML::Dump(docker[key]) == YAML::Dump(system[key]));
    }
}

TEST_CASE("the Docker build context leaves out build trees and git history") {
    CHECK(read_text(source_dir() / ".dockerignore").ends_with("build*/\n.git\n.cache/\n"));
}

TEST_CASE("the release workflow builds on a tag and attaches the three packages") {
    const YAML::Node workflow = YAML::LoadFile((source_dir() / ".github/workflows/release.yml").string());
    CHECK(workflow["on"]["push"]["tags"][0].as<std::string>() == "v*");
    CHECK(workflow["permissions"]["contents"].as<std::string>() == "write");
    const YAML::Node job = workflow["jobs"]["packages"];
    CHECK(job["container"].as<std::string>() == "debian:12");
    std::string runs;
    std::string files;
    for (const YAML::Node& step : job["steps"]) {
        if (step["run"]) {
            const std::string run = step["run"].as<std::string>();
            CHECK(run.find("${{") == std::string::npos);  // inputs only through env:
            runs += run + "\n";
        }
        if (step["with"] && step["with"]["files"]) files = step["with"]["files"].as<std::string>();
    }
    CHECK(runs.find("bash .ci/install-packages\n") != std::string::npos);
    CHECK(runs.find("ctest --test-dir build") != std::string::npos);
    CHECK(runs.find("bash .ci/package\n") != std::string::npos);
    CHECK(files == "build/reclint_*.deb\nbuild-static/reclint-*-static.tar.gz\nbuild-static/reclint-linux-*\n");
}
