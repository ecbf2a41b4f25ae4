#include "report/json_reporter.hpp"

#include <nlohmann/json.hpp>

namespace reclint {

namespace {

using Json = nlohmann::ordered_json;

Json note_json(const Note& note) {
    const Position at = note.file->position(note.span.begin);
    return Json{{"message", note.message}, {"file", note.file->path()}, {"line", at.line}, {"column", at.column}};
}

Json diagnostic_json(const Diagnostic& diagnostic) {
    const Position begin = diagnostic.file->position(diagnostic.span.begin);
    const Position end = end_position(*diagnostic.file, diagnostic.span);
    Json notes = Json::array();
    for (const Note& note : diagnostic.notes)
        notes.push_back(note_json(note));
    return Json{{"rule", diagnostic.rule},
                {"severity", severity_name(diagnostic.severity)},
                {"message", diagnostic.message},
                {"file", diagnostic.file->path()},
                {"line", begin.line},
                {"column", begin.column},
                {"end_line", end.line},
                {"end_column", end.column},
                {"notes", std::move(notes)}};
}

// `value` as dump(2) writes it, each line after the first indented by `indent` more: the
// document is written piece by piece, one diagnostic's object at a time, never held whole.
void write_indented(std::ostream& out, const Json& value, std::string_view indent) {
    const std::string text = value.dump(2, ' ', false, Json::error_handler_t::replace);
    std::size_t line_start = 0;
    for (std::size_t newline = text.find('\n'); newline != std::string::npos; newline = text.find('\n', line_start)) {
        out.write(text.data() + line_start, static_cast<std::streamsize>(newline + 1 - line_start));
        out << indent;
        line_start = newline + 1;
    }
    out.write(text.data() + line_start, static_cast<std::streamsize>(text.size() - line_start));
}

}  // namespace

// The same text as one nlohmann::json document dumped with an indent of 2.
void write_json_report(std::ostream& out, const Report& report) {
    const SeverityCounts counts = count_by_severity(report.diagnostics);
    out << "{\n  \"version\": 1,\n  \"tool\": ";
    write_indented(out, Json{{"name", "reclint"}, {"version", RECLINT_VERSION}}, "  ");
    out << ",\n  \"files_checked\": " << report.files_checked << ",\n  \"diagnostics\": [";
    for (std::size_t i = 0; i < report.diagnostics.size(); ++i) {
        out << (i == 0 ? "\n    " : ",\n    ");
        write_indented(out, diagnostic_json(report.diagnostics[i]), "    ");
    }
    out << (report.diagnostics.empty() ? "]" : "\n  ]") << ",\n  \"summary\": ";
    write_indented(out, Json{{"errors", counts.errors}, {"warnings", counts.warnings}, {"infos", counts.infos}}, "  ");
    out << "\n}\n";
}

}  // namespace reclint
