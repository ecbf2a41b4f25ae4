// The job summary: Markdown that GitHub shows on a workflow run's page, with the counts by rule,
// every diagnostic linked to its line, and a diagram of each DAG with a cycle or drift.
#pragma once

#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

#include "report/report.hpp"

namespace reclint {

// GitHub refuses a step's job summary above 1 MiB.
inline constexpr std::size_t kGithubSummaryLimit = 1024 * 1024;
// Mermaid, as GitHub runs it, renders no diagram longer than this.
inline constexpr std::size_t kMermaidTextLimit = 50'000;

// A graph to draw: the command makes these from the DAG model; the summary only lays them out.
struct SummaryDiagram {
    std::string title;    // plain text, e.g. "dags/feed.yaml: job-feed-daily"
    std::string mermaid;  // Mermaid source with the offending edges marked
};

struct SummaryOptions {
    // Put before "path#Lline" in links, e.g. "https://github.com/org/repo/blob/SHA/"; empty:
    // links relative to the repository root.
    std::string link_base;
    std::size_t max_bytes = kGithubSummaryLimit;
    std::vector<SummaryDiagram> diagrams;
};

// Writes at most `options.max_bytes` bytes: what does not fit is left out, and a closing note
// says how much.
void write_summary(std::ostream& out, const Report& report, const SummaryOptions& options);

}  // namespace reclint
