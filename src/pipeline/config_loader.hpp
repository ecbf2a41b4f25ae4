// Finds and reads `.reclint.yaml` (README, "Configuration"). Every problem in it is a positioned
// diagnostic, and any problem stops the run with exit code 2: a setting never silently does nothing.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "engine/diagnostic.hpp"
#include "model/config.hpp"
#include "model/repository.hpp"

namespace reclint {

struct ConfigChoice {
    enum class Mode { discover, file, none };
    Mode mode = Mode::discover;
    std::filesystem::path file;  // for Mode::file
};

// A `per_file_ignores:` entry: the findings of these rules (ids or globs such as `naming/*`) are
// dropped in the files the gitignore-style pattern matches (relative to the project root).
struct FileIgnore {
    std::string pattern;
    std::vector<std::string> selectors;
};

struct LoadedConfig {
    std::unique_ptr<Config> config;  // only partly read when problems is not empty: do not use it then
    std::vector<FileIgnore> per_file_ignores;
    std::unique_ptr<InputFile> file;  // the config file, when one was read
    std::vector<Diagnostic> problems;
    std::string unreadable;  // "PATH: cannot read the config file: why", if it could not be read
};

// The nearest folder at or above `start` that holds `.git`, or `start` itself.
std::filesystem::path find_repository_root(const std::filesystem::path& start);

// `cwd` is absolute. The project root is the config file's folder, or the repository root.
LoadedConfig load_config(const ConfigChoice& choice, const std::filesystem::path& cwd);

// The problems that the rules checking the config (RuleInfo::checks_config) find in `file`, the
// config file, each at error.
std::vector<Diagnostic> check_config_file(const InputFile& file, const Config& config);

}  // namespace reclint
