#include "text/printable.hpp"

#include "text/utf8.hpp"

namespace reclint {

namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

void append_control_picture(std::string& out, unsigned char c) {
    const unsigned code = c == 0x7F ? 0x2421U : 0x2400U + c;  // U+2400 + c, U+2421 for DEL
    out += static_cast<char>(0xE0U | (code >> 12));
    out += static_cast<char>(0x80U | ((code >> 6) & 0x3FU));
    out += static_cast<char>(0x80U | (code & 0x3FU));
}

}  // namespace

std::string printable(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80U) {
            if ((c < 0x20U && c != '\t') || c == 0x7FU) {
                append_control_picture(out, c);
            } else {
                out += static_cast<char>(c);
            }
            ++i;
            continue;
        }
        const std::string_view rest = text.substr(i, 4);
        const auto invalid = utf8::first_invalid_byte(rest);
        std::size_t length = 1;
        while (i + length < text.size() && length < 4 &&
               utf8::is_continuation_byte(static_cast<unsigned char>(text[i + length]))) {
            ++length;
        }
        const bool valid = !invalid.has_value() || *invalid >= length;
        const bool c1_control = c == 0xC2U && length == 2 && static_cast<unsigned char>(text[i + 1]) < 0xA0U;
        if (valid && !c1_control) {
            out.append(text.substr(i, length));
            i += length;
        } else {
            out += kReplacement;
            i += valid ? length : 1;
        }
    }
    return out;
}

}  // namespace reclint
