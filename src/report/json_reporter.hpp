// The `json` format of SPEC section 4: one object with stable field names.
#pragma once

#include <ostream>

#include "report/report.hpp"

namespace reclint {

void write_json_report(std::ostream& out, const Report& report);

}  // namespace reclint
