#include "report/github_reporter.hpp"

#include <vector>

#include "text/printable.hpp"

namespace reclint {

namespace {

std::string_view command_name(Severity severity) {
    switch (severity) {
        case Severity::error:
            return "error";
        case Severity::warning:
            return "warning";
        default:
            return "notice";
    }
}

std::string location_text(const Report& report, const SourceFile& file, Span span) {
    const Position at = file.position(span.begin);
    return printable(repository_path(report, file)) + ":" + std::to_string(at.line) + ":" + std::to_string(at.column);
}

// Notes have no place in an annotation of their own: they follow the message, one per line.
std::string message_with_notes(const Report& report, const Diagnostic& diagnostic) {
    std::string message = printable(diagnostic.message);
    for (const Note& note : diagnostic.notes) {
        message += "\nnote: " + location_text(report, *note.file, note.span) + ": " + printable(note.message);
    }
    return message;
}

// GitHub rejects columns on an annotation that spans several lines, so they are left out there.
// endColumn is exclusive, as in SARIF and the json format.
std::string annotation(const Report& report, const Diagnostic& diagnostic) {
    const Position begin = diagnostic.file->position(diagnostic.span.begin);
    const Position end = end_position(*diagnostic.file, diagnostic.span);
    const bool one_line = begin.line == end.line;
    std::string properties = "file=" + escape_command_property(printable(repository_path(report, *diagnostic.file))) +
                             ",line=" + std::to_string(begin.line);
    if (one_line) properties += ",col=" + std::to_string(begin.column);
    properties += ",endLine=" + std::to_string(end.line);
    if (one_line) properties += ",endColumn=" + std::to_string(end.column);
    properties += ",title=" + escape_command_property(diagnostic.rule);
    return "::" + std::string(command_name(diagnostic.severity)) + " " + properties +
           "::" + escape_command_data(message_with_notes(report, diagnostic));
}

std::size_t beyond(std::size_t count, std::size_t shown) {
    return count > shown ? count - shown : 0;
}

std::string dropped_notice(std::size_t dropped, bool summary_written) {
    const std::string limit = std::to_string(kGithubAnnotationsPerKind);
    return std::to_string(dropped) + (dropped == 1 ? " more diagnostic is" : " more diagnostics are") +
           " not shown as annotations (GitHub shows at most " + limit + " errors, " + limit + " warnings and " + limit +
           " notices per step); " +
           (summary_written ? "the job summary lists them all" : "--summary writes them all to a job summary");
}

}  // namespace

std::string escape_command_data(std::string_view text) {
    return percent_encode(text, [](unsigned char c) { return c == '%' || c == '\r' || c == '\n'; });
}

std::string escape_command_property(std::string_view text) {
    return percent_encode(text,
                          [](unsigned char c) { return c == '%' || c == '\r' || c == '\n' || c == ':' || c == ','; });
}

void write_github_report(std::ostream& out, const Report& report, bool summary_written) {
    std::vector<const Diagnostic*> by_kind[3];  // errors, warnings, infos
    for (const Diagnostic& diagnostic : report.diagnostics) {
        if (diagnostic.baseline == Baseline::existing) continue;  // the job summary lists them
        const int kind = diagnostic.severity == Severity::error ? 0 : diagnostic.severity == Severity::warning ? 1 : 2;
        by_kind[kind].push_back(&diagnostic);
    }
    for (const Diagnostic* diagnostic : by_kind[0])
        out << annotation(report, *diagnostic) << '\n';
    for (const Diagnostic* diagnostic : by_kind[1])
        out << annotation(report, *diagnostic) << '\n';
    const std::size_t limit = kGithubAnnotationsPerKind;
    const bool drops = by_kind[0].size() > limit || by_kind[1].size() > limit || by_kind[2].size() > limit;
    if (drops) {
        // Before the infos' notices, so that it is among the notices GitHub keeps.
        const std::size_t dropped =
            beyond(by_kind[0].size(), limit) + beyond(by_kind[1].size(), limit) + beyond(by_kind[2].size(), limit - 1);
        out << "::notice title=reclint::" << escape_command_data(dropped_notice(dropped, summary_written)) << '\n';
    }
    for (const Diagnostic* diagnostic : by_kind[2])
        out << annotation(report, *diagnostic) << '\n';
    out << count_line(report) << '\n';
}

}  // namespace reclint
