// What the benchmarks measure besides reclint in-process: a program run as a child process (its
// wall time and peak memory), and yaml-cpp alone parsing the same files.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

namespace reclint::bench {

struct ChildRun {
    double seconds = 0;
    double peak_megabytes = 0;  // the child's maximum resident set
    int exit_code = -1;
};

// Runs `program arguments...` in `cwd` with its output thrown away.
ChildRun run_child(const std::string& program, const std::vector<std::string>& arguments,
                   const std::filesystem::path& cwd);

// The *.yaml, *.yml and *.json files under `root`, as reclint's walk finds them, and their size.
struct InputFiles {
    std::vector<std::filesystem::path> paths;
    std::size_t bytes = 0;
};
InputFiles find_input_files(const std::filesystem::path& root);

// Reads and parses every file with YAML::LoadAll on `threads` threads; the number of documents.
std::size_t parse_only(const InputFiles& files, unsigned threads);

}  // namespace reclint::bench
