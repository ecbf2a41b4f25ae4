// Which graphs the job summary draws: the subject of each reported diagnostic that has one (the DAG
// with a cycle; a manifest's DAG beside the DAG file's it drifted from). The command decides this;
// the summary reporter only lays the diagrams out.
#pragma once

#include <vector>

#include "engine/diagnostic.hpp"
#include "report/summary_reporter.hpp"

namespace reclint {

// In the order of the diagnostics, each graph once.
std::vector<SummaryDiagram> summary_diagrams(const std::vector<Diagnostic>& diagnostics);

}  // namespace reclint
