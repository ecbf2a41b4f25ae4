#include "load/text_checks.hpp"

#include <cstdio>

#include "text/utf8.hpp"

namespace reclint {

namespace {

std::string hex_byte(unsigned char byte) {
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "0x%02X", static_cast<unsigned>(byte));
    return buffer;
}

LoadProblem problem_at(std::size_t offset, std::string message) {
    const auto at = static_cast<std::uint32_t>(offset);
    return {LoadProblem::Kind::syntax, {at, at + 1}, std::move(message)};
}

}  // namespace

std::optional<LoadProblem> check_text(const SourceFile& source) {
    const std::string& text = source.text();
    if (std::string_view(source.path()).ends_with(".json") && text.find_first_not_of(" \t\r\n") == std::string::npos) {
        return LoadProblem{LoadProblem::Kind::syntax, {0, 0}, "the file is empty, which is not valid JSON"};
    }
    if (text.starts_with("\xFE\xFF") || text.starts_with("\xFF\xFE")) {
        return problem_at(0, "the file is UTF-16 or UTF-32 encoded; reclint reads UTF-8 only");
    }
    // Whichever comes first: a binary file shows its first oddity.
    const std::optional<std::size_t> invalid = utf8::first_invalid_byte(text);
    for (std::size_t i = 0; i < invalid.value_or(text.size()); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
            return problem_at(i,
                              "control character " + hex_byte(c) + " is not allowed in YAML (is this a binary file?)");
        }
    }
    if (invalid) {
        return problem_at(*invalid, "invalid UTF-8: byte " + hex_byte(static_cast<unsigned char>(text[*invalid])) +
                                        " does not start or continue a character here");
    }
    return std::nullopt;
}

}  // namespace reclint
