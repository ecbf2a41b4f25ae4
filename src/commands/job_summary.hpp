// Where `check` writes the job summary and how: appended, under GitHub's size limit, linked to the
// checked-out commit when GitHub Actions says which it is.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "commands/environment.hpp"
#include "commands/options.hpp"
#include "report/report.hpp"
#include "report/summary_reporter.hpp"

namespace reclint {

// --summary FILE, else $GITHUB_STEP_SUMMARY under --format github; as given (relative to the
// current folder unless absolute). None: no summary.
std::optional<std::string> summary_path(const Options& options, const Environment& environment);

// False when the file cannot be written.
bool append_summary(const std::filesystem::path& path, const Report& report, std::vector<SummaryDiagram> diagrams,
                    const Environment& environment);

}  // namespace reclint
