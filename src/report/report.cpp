#include "report/report.hpp"

namespace reclint {

SeverityCounts count_by_severity(const std::vector<Diagnostic>& diagnostics) {
    SeverityCounts counts;
    for (const Diagnostic& diagnostic : diagnostics) {
        if (diagnostic.severity == Severity::error) ++counts.errors;
        if (diagnostic.severity == Severity::warning) ++counts.warnings;
        if (diagnostic.severity == Severity::info) ++counts.infos;
    }
    return counts;
}

Position end_position(const SourceFile& file, Span span) {
    return file.position(std::max(span.end, span.begin));
}

}  // namespace reclint
