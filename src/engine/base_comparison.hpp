// What a pull request compares (`--base`): which file of the base revision each file was, which
// files changed, and which findings the base revision already had.
#pragma once

#include <vector>

#include "engine/diagnostic.hpp"
#include "model/repository.hpp"

namespace reclint {

// Sets each file's `counterpart` and `changed`, in both revisions. A base file is matched by the
// name of an experiment, holdout or DAG in it (so a renamed file is found), else by its path.
void pair_revisions(Repository& working, Repository& base);

// Marks each of `diagnostics` `existing` when `base_diagnostics` (the base revision's, with the
// same config and rules) has one with the same rule and logical path in the same file (after a
// rename), or left out enough of that rule's findings in that file past the cap; else `added`.
// Both lists in report order.
void mark_baseline(std::vector<Diagnostic>& diagnostics, const std::vector<Diagnostic>& base_diagnostics,
                   const Repository& base);

}  // namespace reclint
