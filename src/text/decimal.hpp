// Exact percentages read from the text of a scalar: "33.33" is 3333 basis points, never a
// binary float, so that a split sums to exactly 100 or visibly does not.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace reclint {

enum class DecimalError { none, not_a_decimal, too_many_decimals, too_large };

struct ParsedDecimal {
    std::int64_t basis_points = 0;  // hundredths of a percent: 33.33 -> 3333
    DecimalError error = DecimalError::none;
    bool ok() const { return error == DecimalError::none; }
};

// A plain decimal with an optional sign: "50", "33.33", "-5", ".5", "50.". Digits past the
// second decimal must be zeros ("33.330" is 33.33); exponents and .inf/.nan are not decimals.
ParsedDecimal parse_basis_points(std::string_view text);

// The shortest exact text of a number of basis points: 3333 -> "33.33", 10040 -> "100.4".
std::string format_basis_points(std::int64_t basis_points);

}  // namespace reclint
