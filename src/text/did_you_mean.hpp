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

// edit_distance() of the two texts with ASCII case ignored when it is at most `limit`, else
// limit + 1. Only a band of 2 * limit + 1 cells per row is computed, and the search stops as soon
// as a row exceeds the limit: O(length * limit) for the many comparisons of a large index.
std::size_t folded_edit_distance_within(std::string_view a, std::string_view b, std::size_t limit);

// The candidate closest to `name`, if it is close enough to be a plausible typo.
std::optional<std::string> closest_name(std::string_view name, const std::vector<std::string_view>& candidates);

// `message` followed by `, did you mean "x"?` when a candidate is close, else `message` alone.
std::string with_suggestion(std::string message, std::string_view name,
                            const std::vector<std::string_view>& candidates);

}  // namespace reclint
