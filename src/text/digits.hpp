// ASCII digits, and the "12.5" part of a number written in text.
#pragma once

#include <cstddef>
#include <string_view>

namespace reclint {

inline bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

// The decimal at the start of `text`: digits, then optionally "." and more digits, either part
// possibly empty ("12.5s" -> length 4 with 3 digits; ".e" -> length 1 with 0 digits).
struct DecimalPrefix {
    std::size_t length = 0;
    std::size_t digits = 0;
};

inline DecimalPrefix decimal_prefix(std::string_view text) {
    DecimalPrefix prefix;
    std::size_t& i = prefix.length;
    for (; i < text.size() && is_digit(text[i]); ++i)
        ++prefix.digits;
    if (i < text.size() && text[i] == '.') {
        for (++i; i < text.size() && is_digit(text[i]); ++i)
            ++prefix.digits;
    }
    return prefix;
}

}  // namespace reclint
