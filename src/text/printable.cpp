#include "text/printable.hpp"

#include <array>

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

// The code point of a valid sequence of 2 to 4 bytes.
unsigned decode(std::string_view sequence) {
    static constexpr std::array<unsigned, 5> kLeadMask = {0, 0, 0x1FU, 0x0FU, 0x07U};
    unsigned code = static_cast<unsigned char>(sequence[0]) & kLeadMask[sequence.size()];
    for (std::size_t i = 1; i < sequence.size(); ++i)
        code = (code << 6) | (static_cast<unsigned char>(sequence[i]) & 0x3FU);
    return code;
}

bool is_invisible_reordering(unsigned code) {
    return code == 0x061CU || code == 0x200EU || code == 0x200FU || (code >= 0x2028U && code <= 0x202EU) ||
           (code >= 0x2066U && code <= 0x2069U);
}

void append_spelled_out(std::string& out, unsigned code) {
    static constexpr std::string_view kHex = "0123456789ABCDEF";
    out += "<U+";
    for (int shift = 12; shift >= 0; shift -= 4)
        out += kHex[(code >> shift) & 0xFU];
    out += '>';
}

// Appends the multi-byte sequence starting at text[i] (or its replacement) and returns its length.
std::size_t append_sequence(std::string& out, std::string_view text, std::size_t i) {
    const auto lead = static_cast<unsigned char>(text[i]);
    const auto invalid = utf8::first_invalid_byte(text.substr(i, 4));
    std::size_t length = 1;
    while (i + length < text.size() && length < 4 &&
           utf8::is_continuation_byte(static_cast<unsigned char>(text[i + length]))) {
        ++length;
    }
    const bool valid = lead >= 0xC0U && (!invalid.has_value() || *invalid >= length);
    if (!valid) {
        out += kReplacement;
        return 1;
    }
    const unsigned code = decode(text.substr(i, length));
    if (code < 0xA0U) {
        out += kReplacement;  // a C1 control
    } else if (is_invisible_reordering(code)) {
        append_spelled_out(out, code);
    } else {
        out.append(text.substr(i, length));
    }
    return length;
}

}  // namespace

std::string printable(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x80U) {
            i += append_sequence(out, text, i);
            continue;
        }
        if ((c < 0x20U && c != '\t') || c == 0x7FU) {
            append_control_picture(out, c);
        } else {
            out += static_cast<char>(c);
        }
        ++i;
    }
    return out;
}

}  // namespace reclint
