// The `json` format (README, "Output"): one object with stable field names.
#pragma once

#include <ostream>

#include "report/report.hpp"

namespace reclint {

void write_json_report(std::ostream& out, const Report& report);

}  // namespace reclint
