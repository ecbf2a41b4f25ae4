// Reading the export files that catalog sources take (a BigQuery export, a dbt manifest): the
// file's text, its JSON, and messages that name the file and the position of what is wrong.
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

#include "warehouse/imported_catalog.hpp"
#include "warehouse/json_positions.hpp"

namespace reclint {

struct ExportFile {
    std::string path;  // as given
    std::string text;

    // `FILE:LINE:COLUMN: message`, at the value that `path` leads to.
    std::string problem_at(const std::vector<JsonStep>& steps, const std::string& message) const {
        return json_location(path, text, json_offset(text, steps)) + ": " + message;
    }
};

// The file named by the request's argument, or why it cannot be read (in `error`).
std::optional<ExportFile> read_export_file(const ImportRequest& request, std::string_view what, std::string& error);

// Parses the file as JSON; on a syntax error, says where (in `error`).
template <typename Json>
std::optional<Json> parse_export_json(const ExportFile& file, std::string& error);

// The import of one JSON export file: read, parse, then `Reader(file, builder).read(json)`
// returns "" or the problem. `unlisted_when_empty`: see CatalogBuilder::finish.
template <typename Json, typename Reader>
ImportResult import_json_export(const ImportRequest& request, std::string_view what, bool unlisted_when_empty) {
    ImportResult result;
    const std::optional<ExportFile> file = read_export_file(request, what, result.error);
    if (!file) return result;
    const std::optional<Json> json = parse_export_json<Json>(*file, result.error);
    if (!json) return result;
    CatalogBuilder builder(request.schemas);
    result.error = Reader(*file, builder).read(*json);
    if (result.ok()) result.catalog = builder.finish(unlisted_when_empty);
    return result;
}

// `"text"` for a message, control characters shown as `?`.
std::string printable_quoted(std::string_view text);

}  // namespace reclint
