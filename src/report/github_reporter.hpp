// The `github` format: one workflow command per diagnostic, which GitHub Actions turns into an
// annotation on the pull request, escaped so that no message can start a second command.
#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include "report/report.hpp"

namespace reclint {

// GitHub keeps this many annotations of each kind (error, warning, notice) per step.
inline constexpr std::size_t kGithubAnnotationsPerKind = 10;

// Errors, then warnings, then (when GitHub would drop some annotations) a notice saying how many,
// then notices for infos, then the count line of the text format. `summary_written` says whether
// a job summary holds the complete list.
void write_github_report(std::ostream& out, const Report& report, bool summary_written);

// Escaping as GitHub's toolkit (@actions/core) does it: `%`, CR and LF in data; property values
// also `:` and `,`.
std::string escape_command_data(std::string_view text);
std::string escape_command_property(std::string_view text);

}  // namespace reclint
