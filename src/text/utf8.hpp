// UTF-8 facts the loader and the reporters need: validation and code-point counting.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace reclint::utf8 {

// The length of the sequence that `lead` starts, or 0 when that byte cannot start one.
std::size_t sequence_length(unsigned char lead);

// The byte offset of the first byte that does not start a valid UTF-8 sequence, if any.
std::optional<std::size_t> first_invalid_byte(std::string_view text);

// The number of code points in a valid UTF-8 string.
std::size_t count_code_points(std::string_view text);

// The byte offset of the code point with the given 0-based index (or text.size()).
std::size_t offset_of_code_point(std::string_view text, std::size_t index);

inline bool is_continuation_byte(unsigned char byte) {
    return (byte & 0xC0U) == 0x80U;
}

}  // namespace reclint::utf8
