// How the editor names the quick fix of a finding: the rule's own safe fix (see engine/fixes.hpp),
// the same one `reclint check --fix` applies.
#pragma once

#include <string>

#include "engine/diagnostic.hpp"

namespace reclint::lsp {

// `replace with "x"` for a fix that writes one name, `remove the repeated entry` for one that
// only removes text, else `apply the fix`; empty when the finding has no fix.
std::string quick_fix_title(const Diagnostic& diagnostic);

}  // namespace reclint::lsp
