#include "text/decimal.hpp"

#include "text/digits.hpp"

namespace reclint {

namespace {

// More whole digits than this cannot be a percentage and could overflow the basis points.
constexpr std::size_t kMostWholeDigits = 15;

}  // namespace

ParsedDecimal parse_basis_points(std::string_view text) {
    ParsedDecimal parsed;
    const bool negative = !text.empty() && text[0] == '-';
    if (!text.empty() && (text[0] == '-' || text[0] == '+')) text.remove_prefix(1);
    const std::size_t point = text.find('.');
    const std::string_view whole = text.substr(0, point);
    const std::string_view fraction = point == std::string_view::npos ? "" : text.substr(point + 1);
    const auto all_digits = [](std::string_view digits) {
        for (const char c : digits) {
            if (!is_digit(c)) return false;
        }
        return true;
    };
    if ((whole.empty() && fraction.empty()) || !all_digits(whole) || !all_digits(fraction)) {
        parsed.error = DecimalError::not_a_decimal;
        return parsed;
    }
    if (fraction.size() > 2 && fraction.find_first_not_of('0', 2) != std::string_view::npos) {
        parsed.error = DecimalError::too_many_decimals;
        return parsed;
    }
    const std::size_t leading_zeros = std::min(whole.find_first_not_of('0'), whole.size());
    if (whole.size() - leading_zeros > kMostWholeDigits) {
        parsed.error = DecimalError::too_large;
        return parsed;
    }
    std::int64_t value = 0;
    for (const char c : whole)
        value = value * 10 + (c - '0');
    for (std::size_t i = 0; i < 2; ++i)
        value = value * 10 + (i < fraction.size() ? fraction[i] - '0' : 0);
    parsed.basis_points = negative ? -value : value;
    return parsed;
}

std::string format_basis_points(std::int64_t basis_points) {
    const bool negative = basis_points < 0;
    // Through unsigned so that the most negative value does not overflow.
    const std::uint64_t magnitude =
        negative ? 0 - static_cast<std::uint64_t>(basis_points) : static_cast<std::uint64_t>(basis_points);
    std::string text = (negative ? "-" : "") + std::to_string(magnitude / 100);
    const std::uint64_t hundredths = magnitude % 100;
    if (hundredths != 0) {
        text += '.';
        text += static_cast<char>('0' + hundredths / 10);
        if (hundredths % 10 != 0) text += static_cast<char>('0' + hundredths % 10);
    }
    return text;
}

}  // namespace reclint
