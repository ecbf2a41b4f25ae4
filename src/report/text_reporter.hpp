// The `text` format: `path:line:col: severity: message [rule]`, the source line with a caret
// underline, the notes the same way, and a closing count.
#pragma once

#include <ostream>

#include "report/report.hpp"

namespace reclint {

void write_text_report(std::ostream& out, const Report& report, bool color);

}  // namespace reclint
