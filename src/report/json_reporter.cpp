#include "report/json_reporter.hpp"

#include "report/json_pieces.hpp"

namespace reclint {

namespace {

Json note_json(const Note& note) {
    const Position at = note.file->position(note.span.begin);
    return Json{{"message", note.message}, {"file", note.file->path()}, {"line", at.line}, {"column", at.column}};
}

// A safe fix: its edits, each replacing from a position up to (not including) another by `text`.
Json fix_json(const std::vector<Edit>& fix) {
    Json edits = Json::array();
    for (const Edit& edit : fix) {
        const Position begin = edit.file->position(edit.span.begin);
        const Position end = end_position(*edit.file, edit.span);
        edits.push_back({{"file", edit.file->path()},
                         {"line", begin.line},
                         {"column", begin.column},
                         {"end_line", end.line},
                         {"end_column", end.column},
                         {"text", edit.text}});
    }
    return edits;
}

Json diagnostic_json(const Diagnostic& diagnostic) {
    const Position begin = diagnostic.file->position(diagnostic.span.begin);
    const Position end = end_position(*diagnostic.file, diagnostic.span);
    Json notes = Json::array();
    for (const Note& note : diagnostic.notes)
        notes.push_back(note_json(note));
    Json json{{"rule", diagnostic.rule},
              {"severity", severity_name(diagnostic.severity)},
              {"message", diagnostic.message},
              {"file", diagnostic.file->path()},
              {"line", begin.line},
              {"column", begin.column},
              {"end_line", end.line},
              {"end_column", end.column},
              {"notes", std::move(notes)}};
    if (!diagnostic.fix.empty()) json["fix"] = fix_json(diagnostic.fix);
    if (diagnostic.baseline != Baseline::none)
        json["baseline"] = diagnostic.baseline == Baseline::existing ? "existing" : "new";
    return json;
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
    Json summary{{"errors", counts.errors}, {"warnings", counts.warnings}, {"infos", counts.infos}};
    if (counts.existing > 0) summary["existing"] = counts.existing;
    write_indented(out, summary, "  ");
    out << "\n}\n";
}

}  // namespace reclint
