// Shared by the experiment/* rules that read percentages (weights, traffic, a holdout's percent):
// why a written number is not an exact percentage.
#pragma once

#include <string>

#include "model/values.hpp"

namespace reclint {

// "weight 33.333 has more than two decimals", or "" when `value` is an exact decimal.
inline std::string decimal_problem(const PercentValue& value, std::string_view what) {
    const std::string subject = std::string(what) + " " + std::string(value.text);
    switch (value.parsed.error) {
        case DecimalError::none:
            return "";
        case DecimalError::not_a_decimal:
            return subject + " is not a plain decimal such as 33.33";
        case DecimalError::too_many_decimals:
            return subject + " has more than two decimals";
        case DecimalError::too_large:
            return subject + " is too large for a percentage";
    }
    return "";
}

// The same, and also when the value is outside [0, 100].
inline std::string percentage_problem(const PercentValue& value, std::string_view what) {
    std::string problem = decimal_problem(value, what);
    const std::int64_t basis_points = value.parsed.basis_points;
    if (problem.empty() && (basis_points < 0 || basis_points > 100 * 100)) {
        problem = std::string(what) + " " + std::string(value.text) + " is outside [0, 100]";
    }
    return problem;
}

}  // namespace reclint
