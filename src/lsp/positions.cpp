#include "lsp/positions.hpp"

namespace reclint::lsp {

namespace {

// Code units of `text` in the encoding: UTF-8 bytes, or UTF-16 units (two for a code point past
// the BMP, written with four bytes in UTF-8).
std::size_t code_units(std::string_view text, Encoding encoding) {
    if (encoding == Encoding::utf8) return text.size();
    std::size_t units = 0;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte & 0xC0) != 0x80) ++units;  // the lead byte of a code point
        if (byte >= 0xF0) ++units;           // four-byte sequences are surrogate pairs
    }
    return units;
}

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

}  // namespace

nlohmann::json lsp_position(const SourceFile& file, std::uint32_t offset, Encoding encoding) {
    const Position at = file.position(offset);
    const std::uint32_t line_start = file.offset({at.line, 1});
    const std::string_view before = std::string_view(file.text()).substr(line_start, offset - line_start);
    return {{"line", at.line - 1}, {"character", code_units(before, encoding)}};
}

nlohmann::json lsp_range(const SourceFile& file, Span span, Encoding encoding) {
    return {{"start", lsp_position(file, span.begin, encoding)},
            {"end", lsp_position(file, std::max(span.begin, span.end), encoding)}};
}

std::string file_uri(const std::filesystem::path& path) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string uri = "file://";
    for (const char c : path.generic_string()) {
        const auto byte = static_cast<unsigned char>(c);
        if (std::isalnum(byte) || c == '/' || c == '-' || c == '_' || c == '.' || c == '~') {
            uri += c;
        } else {
            uri += '%';
            uri += kHex[byte >> 4];
            uri += kHex[byte & 15];
        }
    }
    return uri;
}

std::optional<std::filesystem::path> uri_path(const std::string& uri) {
    constexpr std::string_view kScheme = "file://";
    if (!uri.starts_with(kScheme)) return std::nullopt;
    std::string path;
    for (std::size_t i = kScheme.size(); i < uri.size(); ++i) {
        if (uri[i] != '%') {
            path += uri[i];
            continue;
        }
        const int high = i + 2 < uri.size() ? hex_value(uri[i + 1]) : -1;
        const int low = i + 2 < uri.size() ? hex_value(uri[i + 2]) : -1;
        if (high < 0 || low < 0) return std::nullopt;
        path += static_cast<char>(high * 16 + low);
        i += 2;
    }
    if (path.empty() || path.front() != '/') return std::nullopt;
    return std::filesystem::path(path).lexically_normal();
}

}  // namespace reclint::lsp
