#include "load/parser_text.hpp"

#include <algorithm>
#include <cstdio>

namespace reclint {

namespace {

constexpr std::size_t kEscapeLength = 6;  // \uXXXX

// The value of the \uXXXX escape at `at`, if there is one.
std::optional<unsigned> unicode_escape(std::string_view text, std::size_t at) {
    if (at + kEscapeLength > text.size() || text[at] != '\\' || text[at + 1] != 'u') return std::nullopt;
    unsigned value = 0;
    for (std::size_t i = at + 2; i < at + kEscapeLength; ++i) {
        const char c = text[i];
        const int digit = c >= '0' && c <= '9'   ? c - '0'
                          : c >= 'a' && c <= 'f' ? c - 'a' + 10
                          : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                 : -1;
        if (digit < 0) return std::nullopt;
        value = value * 16 + static_cast<unsigned>(digit);
    }
    return value;
}

// Replaces the pair at `at` when there is one there; true if it did.
bool join_pair(std::string_view text, std::size_t at, std::optional<std::string>& rewritten) {
    const auto high = unicode_escape(text, at);
    const auto low = unicode_escape(text, at + kEscapeLength);
    if (!high || !low || *high < 0xD800U || *high > 0xDBFFU || *low < 0xDC00U || *low > 0xDFFFU) return false;
    const unsigned code = 0x10000U + ((*high - 0xD800U) << 10) + (*low - 0xDC00U);
    char joined[2 * kEscapeLength + 1];
    std::snprintf(joined, sizeof joined, "\\\n\\U%08X", code);
    if (!rewritten) rewritten.emplace(text);
    rewritten->replace(at, 2 * kEscapeLength, joined, 2 * kEscapeLength);
    return true;
}

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

bool is_document_marker(std::string_view line) {
    if (!line.starts_with("---") && !line.starts_with("...")) return false;
    return line.size() == 3 || line[3] == ' ' || line[3] == '\t' || line[3] == '\r' || line[3] == '\n';
}

// A BOM at the start of the text, or of a line that follows a document marker or holds one.
bool starts_document(std::string_view text, std::size_t at) {
    if (at == 0) return true;  // yaml-cpp skips it but would not count its bytes
    if (text[at - 1] != '\n') return false;
    if (is_document_marker(text.substr(at + kByteOrderMark.size(), 4))) return true;
    const std::size_t end = at - 1;  // the previous line's line break
    const std::size_t newline = end == 0 ? std::string_view::npos : text.rfind('\n', end - 1);
    const std::size_t begin = newline == std::string_view::npos ? 0 : newline + 1;
    std::string_view previous = text.substr(begin, end - begin);
    if (previous.starts_with(kByteOrderMark)) previous.remove_prefix(kByteOrderMark.size());
    return is_document_marker(previous);
}

void replace_document_marks(std::string_view text, std::optional<std::string>& rewritten) {
    for (std::size_t at = text.find(kByteOrderMark); at != std::string_view::npos;
         at = text.find(kByteOrderMark, at + kByteOrderMark.size())) {
        if (!starts_document(text, at)) continue;
        if (!rewritten) rewritten.emplace(text);
        rewritten->replace(at, kByteOrderMark.size(), "\n\n\n");
    }
}

void join_surrogate_escapes(std::string_view text, std::optional<std::string>& rewritten) {
    bool in_string = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (!in_string) {
            if (c == '"') in_string = true;
            if (c == '#') i = std::min(text.find('\n', i), text.size());  // a comment yaml-cpp accepts
            continue;
        }
        if (c == '"') {
            in_string = false;
        } else if (c == '\\') {
            i += join_pair(text, i, rewritten) ? 2 * kEscapeLength - 1 : 1;
        }
    }
}

}  // namespace

std::optional<std::string> parser_text(std::string_view text, bool json) {
    std::optional<std::string> rewritten;
    replace_document_marks(text, rewritten);
    if (json) join_surrogate_escapes(text, rewritten);
    return rewritten;
}

}  // namespace reclint
