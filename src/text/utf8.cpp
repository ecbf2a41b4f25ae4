#include "text/utf8.hpp"

namespace reclint::utf8 {

namespace {

// Rejects overlong forms, surrogates and code points above U+10FFFF (RFC 3629).
bool second_byte_in_range(unsigned char lead, unsigned char second) {
    if (lead == 0xE0U) return second >= 0xA0U;
    if (lead == 0xEDU) return second <= 0x9FU;
    if (lead == 0xF0U) return second >= 0x90U;
    if (lead == 0xF4U) return second <= 0x8FU;
    return true;
}

}  // namespace

std::size_t sequence_length(unsigned char lead) {
    if (lead < 0x80U) return 1;
    if (lead >= 0xC2U && lead <= 0xDFU) return 2;
    if (lead >= 0xE0U && lead <= 0xEFU) return 3;
    if (lead >= 0xF0U && lead <= 0xF4U) return 4;
    return 0;
}

std::optional<std::size_t> first_invalid_byte(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size()) {
        const auto lead = static_cast<unsigned char>(text[i]);
        if (lead < 0x80U) {
            ++i;
            continue;
        }
        const std::size_t length = sequence_length(lead);
        if (length == 0 || i + length > text.size()) return i;
        if (!second_byte_in_range(lead, static_cast<unsigned char>(text[i + 1]))) return i;
        for (std::size_t k = 1; k < length; ++k) {
            if (!is_continuation_byte(static_cast<unsigned char>(text[i + k]))) return i;
        }
        i += length;
    }
    return std::nullopt;
}

std::size_t count_code_points(std::string_view text) {
    std::size_t count = 0;
    for (const char c : text) {
        if (!is_continuation_byte(static_cast<unsigned char>(c))) ++count;
    }
    return count;
}

std::size_t offset_of_code_point(std::string_view text, std::size_t index) {
    std::size_t seen = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (is_continuation_byte(static_cast<unsigned char>(text[i]))) continue;
        if (seen == index) return i;
        ++seen;
    }
    return text.size();
}

}  // namespace reclint::utf8
