// The table of `check --format` outputs: each one's name, its writer, and whether it writes the
// job summary by default. The command line's choices, the dispatch and the summary default all
// read this table, so a new format is one row here plus its writer in src/report/.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "report/report.hpp"

namespace reclint {

// What a writer may need besides the report.
struct OutputSettings {
    bool color = false;            // text: ANSI colours
    bool summary_written = false;  // a Markdown summary is written too (github mentions it)
};

struct OutputFormat {
    std::string_view name;
    void (*write)(std::ostream& out, const Report& report, const OutputSettings& settings);
    // Under this format, `$GITHUB_STEP_SUMMARY` (when set) receives the summary without `--summary`.
    bool writes_step_summary = false;
};

// In the order `--help` lists them; the first is the default.
const std::vector<OutputFormat>& output_formats();

// The format named `name`; the first (text) for a name the command line would have refused.
const OutputFormat& output_format(std::string_view name);

std::vector<std::string> output_format_names();

}  // namespace reclint
