#include "warehouse/export_file.hpp"

#include "load/file_reader.hpp"

namespace reclint {

namespace {

// The longest export file read: far more than any warehouse's catalog needs.
constexpr std::uint64_t kMaxExportSize = 1024ULL * 1024 * 1024;

// nlohmann_json's "[json.exception.parse_error.101] parse error at line 1, column 2: syntax
// error while parsing value - ..." without its prefix: the position is given by the caller.
std::string parse_reason(const std::string& what) {
    const std::size_t column = what.find("column ");
    const std::size_t colon = what.find(": ", column == std::string::npos ? 0 : column);
    std::string reason = colon == std::string::npos ? what : what.substr(colon + 2);
    for (char& c : reason) {
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) c = '?';
    }
    return reason;
}

}  // namespace

std::string printable_quoted(std::string_view text) {
    std::string shown = "\"";
    for (const char c : text)
        shown += static_cast<unsigned char>(c) < 0x20 || c == 0x7f ? '?' : c;
    return shown + "\"";
}

std::optional<ExportFile> read_export_file(const ImportRequest& request, std::string_view what, std::string& error) {
    if (request.argument.empty()) {
        error = "name the " + std::string(what) + " after the prefix";
        return std::nullopt;
    }
    FileContents contents = read_file(request.cwd / request.argument, kMaxExportSize);
    if (contents.status == FileContents::Status::too_large) {
        error = request.argument + ": cannot read the " + std::string(what) + ": larger than 1 GiB";
        return std::nullopt;
    }
    if (contents.status != FileContents::Status::ok) {
        error = request.argument + ": cannot read the " + std::string(what) + ": " + contents.error;
        return std::nullopt;
    }
    return ExportFile{request.argument, std::move(contents.text)};
}

template <typename Json>
std::optional<Json> parse_export_json(const ExportFile& file, std::string& error) {
    try {
        return Json::parse(file.text);
    } catch (const nlohmann::json::parse_error& problem) {
        // `byte` counts the characters read, the offending one included.
        const std::size_t offset = problem.byte == 0 ? 0 : problem.byte - 1;
        error = json_location(file.path, file.text, offset) + ": not valid JSON: " + parse_reason(problem.what());
        return std::nullopt;
    }
}

template std::optional<nlohmann::json> parse_export_json(const ExportFile&, std::string&);
template std::optional<nlohmann::ordered_json> parse_export_json(const ExportFile&, std::string&);

}  // namespace reclint
