// Applies the suppression comments of the reported files to the diagnostics of every rule, after
// all rules have run, and reports on the comments themselves: a comment that suppressed nothing
// (suppression/unused) or names no rule (suppression/unknown-rule).
#pragma once

#include <vector>

#include "engine/diagnostic.hpp"
#include "engine/rule_selection.hpp"
#include "model/repository.hpp"

namespace reclint {

// A diagnostic is suppressed when a comment covers the line of its start and names its rule.
// A selector naming a rule that did not run (off, or not selected) is never reported as unused.
void apply_suppressions(const Repository& repository, const RuleSeverities& severities, unsigned jobs,
                        std::vector<Diagnostic>& diagnostics);

}  // namespace reclint
