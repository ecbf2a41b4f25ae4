#include "report/report.hpp"

#include <filesystem>

#include "text/plural.hpp"

namespace reclint {

SeverityCounts count_by_severity(const std::vector<Diagnostic>& diagnostics) {
    SeverityCounts counts;
    for (const Diagnostic& diagnostic : diagnostics) {
        // A diagnostic standing for findings that were left out counts as those findings.
        const std::size_t findings = diagnostic.omitted > 0 ? diagnostic.omitted : 1;
        if (diagnostic.baseline == Baseline::existing) {
            counts.existing += findings;
            continue;
        }
        if (diagnostic.severity == Severity::error) counts.errors += findings;
        if (diagnostic.severity == Severity::warning) counts.warnings += findings;
        if (diagnostic.severity == Severity::info) counts.infos += findings;
    }
    return counts;
}

std::string count_line(const Report& report) {
    const SeverityCounts counts = count_by_severity(report.diagnostics);
    std::string line = "checked " + plural(report.files_checked, "file") + ": ";
    const std::string unread = report.tables_unreadable   ? "a table could not be read"
                               : report.inputs_unreadable ? "a file could not be read"
                                                          : "";
    if (report.diagnostics.empty()) return line + (unread.empty() ? "no problems" : "no problems found, but " + unread);
    line += plural(counts.errors, "error") + ", " + plural(counts.warnings, "warning");
    if (counts.infos > 0) line += ", " + plural(counts.infos, "info");
    if (counts.existing > 0) line += " (and " + std::to_string(counts.existing) + " existing)";
    if (!unread.empty()) line += ", and " + unread;
    return line;
}

Position end_position(const SourceFile& file, Span span) {
    return file.position(std::max(span.end, span.begin));
}

std::string repository_path(const Report& report, const SourceFile& file) {
    if (report.folder_in_repository.empty()) return file.path();
    const std::filesystem::path joined = std::filesystem::path(report.folder_in_repository) / file.path();
    return joined.lexically_normal().generic_string();
}

std::string percent_encode(std::string_view text, bool (*encoded)(unsigned char)) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string result;
    result.reserve(text.size());
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (encoded(byte)) {
            result += '%';
            result += kHex[byte >> 4];
            result += kHex[byte & 0xf];
        } else {
            result += c;
        }
    }
    return result;
}

std::string uri_reference(std::string_view path) {
    return percent_encode(path, [](unsigned char c) {
        const bool unreserved = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                                c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
        return !unreserved;
    });
}

}  // namespace reclint
