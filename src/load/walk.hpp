// Finds the files to load: those under the named paths (reported on) and the rest of the
// project (read for cross-file context), honouring the config's excludes.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "load/file_source.hpp"
#include "load/file_texts.hpp"

namespace reclint {

struct FoundFile {
    std::filesystem::path path;         // absolute, lexically normal
    bool named = false;                 // under a named path: reported on
    bool explicit_file = false;         // named on the command line itself
    const std::string* text = nullptr;  // its text when it stands in for the disk (stdin, an editor)
};

struct WalkProblem {
    std::filesystem::path path;
    std::string reason;
    bool named = false;  // a problem with a named path fails the run; others are warnings
};

struct WalkResult {
    std::vector<FoundFile> files;  // sorted by path, each once
    std::vector<WalkProblem> problems;
    std::vector<std::filesystem::path> excluded_named;  // named files the config excludes
    std::vector<std::filesystem::path> links_leaving;   // symlinks to files outside the project: not read
    std::vector<std::filesystem::path> git_ignored;     // files and folders git ignores: not read
};

// `named` are absolute paths; `root` is walked for context, skipping what matches a gitignore-style
// pattern of `exclude` (relative to `root`) and what git ignores there (.gitignore files,
// .git/info/exclude). Folders named .git, build, dist, node_modules, .venv, venv, site-packages,
// __pycache__ and .tox are never entered, symlinked folders are not followed (no loops), and
// neither are symlinks to files outside
// the project (or outside a named folder that is not in it). A file of `texts` is found as if it
// were on disk (whether it is or not), and read from there. `source` is where the rest is found
// and read: the disk, or a git revision.
WalkResult find_files(const std::vector<std::filesystem::path>& named, const std::filesystem::path& root,
                      const std::vector<std::string>& exclude, const FileTexts& texts = {},
                      const FileSource& source = working_tree());

// The path relative to `base`, with '/' separators ("../x.yaml" when outside).
std::string relative_path(const std::filesystem::path& path, const std::filesystem::path& base);

}  // namespace reclint
