// `reclint check --fix` and `--diff`: the planned fixes written into the checked files, or printed
// as a unified diff. Nothing the user wrote is lost: a file that changed since it was checked, or
// that has other hard links, is left as it is (and said so).
#pragma once

#include <cstddef>
#include <filesystem>
#include <ostream>
#include <string>
#include <vector>

#include "engine/fix_plan.hpp"
#include "load/file_texts.hpp"

namespace reclint {

struct FixOutcome {
    std::size_t fixes = 0;              // findings fixed (or, with --diff, that would be)
    std::size_t files = 0;              // files changed (or that would be)
    std::size_t skipped = 0;            // fixes left for a second run: they overlap another
    std::vector<std::string> messages;  // files left alone and why, for stderr
};

// Writes each plan into its file under `cwd` (symlinks followed, the file replaced atomically), when
// the file on disk still holds the text that was checked, after any BOM.
FixOutcome write_fixes(const std::vector<FileFixPlan>& plans, const std::filesystem::path& cwd);

// Prints the plans as unified diffs to `out` and writes nothing. `texts` are the texts read in
// place of files (standard input).
FixOutcome print_fix_diff(const std::vector<FileFixPlan>& plans, const std::filesystem::path& cwd,
                          const FileTexts& texts, std::ostream& out);

}  // namespace reclint
