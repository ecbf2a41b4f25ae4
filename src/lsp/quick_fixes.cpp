#include "lsp/quick_fixes.hpp"

namespace reclint::lsp {

std::string quick_fix_title(const Diagnostic& diagnostic) {
    if (diagnostic.fix.empty()) return "";
    if (diagnostic.fix.size() > 1) return "apply the fix";
    const Edit& edit = diagnostic.fix.front();
    if (edit.text.empty()) return "remove the repeated entry";
    return "replace with \"" + edit.text + "\"";
}

}  // namespace reclint::lsp
