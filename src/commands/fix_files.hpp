// `reclint check --fix` and `--diff`: the fixes, applied until they settle, written into the
// checked files or printed as a unified diff. Nothing the user wrote is lost: a file that changed
// since it was checked, or that has other hard links, is left as it is (and said so).
#pragma once

#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

#include "pipeline/check_run.hpp"

namespace reclint {

struct FixOutcome {
    std::size_t fixes = 0;               // findings fixed in every pass (or, with --diff, that would be)
    std::size_t files = 0;               // files changed (or that would be)
    std::vector<std::string> unsettled;  // files that still had fixes when the passes ran out
    std::vector<std::string> messages;   // files left alone and why, for stderr
};

// Fixes the findings of `result`, checks again with the fixed texts in memory, and so on until no
// fix is left (or kMostFixPasses), then writes each fixed file under the request's folder (symlinks
// followed, the file replaced atomically) that still holds the text that was checked. `result`
// becomes the check of the files as they are afterwards.
FixOutcome fix_files(const CheckRequest& request, CheckResult& result);

// The same passes, printed to `out` as unified diffs from the files as checked (or the request's
// texts, read in place of files) to their last texts; writes nothing. `result` is spent.
FixOutcome print_fix_diff(const CheckRequest& request, CheckResult& result, std::ostream& out);

}  // namespace reclint
