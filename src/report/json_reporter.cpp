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

}  // namespace

void write_json_report(std::ostream& out, const Report& report) {
    const SeverityCounts counts = count_by_severity(report.diagnostics);
    Json diagnostics = Json::array();
    for (const Diagnostic& diagnostic : report.diagnostics)
        diagnostics.push_back(diagnostic_json(diagnostic));
    const Json document{
        {"version", 1},
        {"tool", {{"name", "reclint"}, {"version", RECLINT_VERSION}}},
        {"files_checked", report.files_checked},
        {"diagnostics", std::move(diagnostics)},
        {"summary", {{"errors", counts.errors}, {"warnings", counts.warnings}, {"infos", counts.infos}}}};
    out << document.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
}

}  // namespace reclint
