// The `text` format: `path:line:col: severity: message [rule]`, the source line with a caret
// underline, the notes the same way, and a closing count.
#pragma once

#include <ostream>

#include "report/report.hpp"

namespace reclint {

void write_text_report(std::ostream& out, const Report& report, bool color);

// The diagnostics alone, without the closing count.
void write_text_diagnostics(std::ostream& out, const std::vector<Diagnostic>& diagnostics, bool color);

}  // namespace reclint
