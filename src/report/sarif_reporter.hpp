// The `sarif` format: SARIF 2.1.0 as GitHub code scanning reads it, with the rules that have
// results described (their pages as help) and fingerprints that follow a finding when lines move.
#pragma once

#include <ostream>

#include "report/report.hpp"

namespace reclint {

void write_sarif_report(std::ostream& out, const Report& report);

}  // namespace reclint
