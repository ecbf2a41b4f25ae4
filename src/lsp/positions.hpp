// Positions as the Language Server Protocol counts them (0-based lines, columns in UTF-16 or UTF-8
// code units) and file URIs.
#pragma once

#include <nlohmann/json.hpp>

#include <filesystem>
#include <optional>
#include <string>

#include "load/source_file.hpp"

namespace reclint::lsp {

enum class Encoding { utf16, utf8 };

// {"line": L, "character": C} of the byte offset `offset` of `file`'s text.
nlohmann::json lsp_position(const SourceFile& file, std::uint32_t offset, Encoding encoding);
nlohmann::json lsp_range(const SourceFile& file, Span span, Encoding encoding);

// "file:///a%20b/c.yaml" for /a b/c.yaml, and back; none for other schemes or malformed escapes.
std::string file_uri(const std::filesystem::path& path);
std::optional<std::filesystem::path> uri_path(const std::string& uri);

}  // namespace reclint::lsp
