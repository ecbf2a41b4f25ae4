// What every output format renders: the sorted diagnostics of a run and how many files were checked.
#pragma once

#include <cstddef>
#include <vector>

#include "engine/diagnostic.hpp"

namespace reclint {

struct Report {
    const std::vector<Diagnostic>& diagnostics;
    std::size_t files_checked = 0;
};

struct SeverityCounts {
    std::size_t errors = 0;
    std::size_t warnings = 0;
    std::size_t infos = 0;
};

SeverityCounts count_by_severity(const std::vector<Diagnostic>& diagnostics);

// Where a span ends, as a position: the column after its last character (exclusive).
Position end_position(const SourceFile& file, Span span);

}  // namespace reclint
