// Which graphs the job summary draws: each DAG that a reported dag/cycle diagnostic is about, and
// each manifest that a reported argo/drift diagnostic compares with its DAG file. The command
// decides this; the summary reporter only lays the diagrams out.
#pragma once

#include <vector>

#include "engine/diagnostic.hpp"
#include "model/repository.hpp"
#include "report/summary_reporter.hpp"

namespace reclint {

// In the order of the diagnostics, each graph once.
std::vector<SummaryDiagram> summary_diagrams(const std::vector<Diagnostic>& diagnostics, const Repository& repository);

}  // namespace reclint
