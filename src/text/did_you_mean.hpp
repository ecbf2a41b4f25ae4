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

// How many edits a suggestion may be from the name: a third of the shorter name, at least one and
// at most kMostSuggestedEdits, so each comparison costs O(length * kMostSuggestedEdits).
constexpr std::size_t kMostSuggestedEdits = 16;
std::size_t suggested_edit_limit(std::size_t shorter_length);
// Names longer than this get no suggestion: nobody mistypes a name of this length, and comparing
// many of them would cost time for nothing.
constexpr std::size_t kLongestSuggestedName = 256;

// What the suggestions of one rule over one file may still cost, in cells of the edit-distance
// table, so that a file full of typos against a long list of names costs bounded time. Once it
// is spent, names are reported without a suggestion (never with a worse one).
struct EditBudget {
    std::size_t cells = 50'000'000;
};

// The candidate closest to `name`, if it is close enough to be a plausible typo. Without a
// budget, the lookup has its own (enough for a few thousand candidates).
std::optional<std::string> closest_name(std::string_view name, const std::vector<std::string_view>& candidates);
std::optional<std::string> closest_name(std::string_view name, const std::vector<std::string_view>& candidates,
                                        EditBudget& budget);

// Whether `closest` (what closest_name() found for `name`) is the only candidate that close: a
// fix may then write it, where a tie would be a guess.
bool is_sole_closest(std::string_view name, std::string_view closest, const std::vector<std::string_view>& candidates);

// `message` followed by `, did you mean "x"?` when a candidate is close, else `message` alone.
std::string with_suggestion(std::string message, std::string_view name,
                            const std::vector<std::string_view>& candidates);
std::string with_suggestion(std::string message, std::string_view name, const std::vector<std::string_view>& candidates,
                            EditBudget& budget);

}  // namespace reclint
