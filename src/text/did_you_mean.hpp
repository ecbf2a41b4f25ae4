// Suggestions for misspelled names: "did you mean "dependencies"?".
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace reclint {

// Optimal-string-alignment distance (Levenshtein plus adjacent transpositions).
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate closest to `name`, if it is close enough to be a plausible typo.
std::optional<std::string> closest_name(std::string_view name,
                                        const std::vector<std::string_view>& candidates);

// `message` followed by `, did you mean "x"?` when a candidate is close, else `message` alone.
std::string with_suggestion(std::string message, std::string_view name,
                            const std::vector<std::string_view>& candidates);

}  // namespace reclint
