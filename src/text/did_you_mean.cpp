#include "text/did_you_mean.hpp"

#include <algorithm>
#include <limits>

#include "text/ascii_case.hpp"

namespace reclint {

std::size_t edit_distance(std::string_view a, std::string_view b) {
    // Three rolling rows: the transposition step looks two rows back.
    std::vector<std::size_t> two_back(b.size() + 1), previous(b.size() + 1), current(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        previous[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                current[j] = std::min(current[j], two_back[j - 2] + 1);
            }
        }
        std::swap(two_back, previous);
        std::swap(previous, current);
    }
    return previous[b.size()];
}

std::size_t folded_edit_distance_within(std::string_view a, std::string_view b, std::size_t limit) {
    const std::size_t beyond = limit + 1;
    if ((a.size() > b.size() ? a.size() - b.size() : b.size() - a.size()) > limit) return beyond;
    // Cells outside the band hold `beyond`; each row writes its band and one guard cell on each
    // side, which is all the next row reads.
    std::vector<std::size_t> two_back(b.size() + 2, beyond), previous(b.size() + 2, beyond),
        current(b.size() + 2, beyond);
    for (std::size_t j = 0; j <= std::min(b.size(), limit); ++j)
        previous[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        const std::size_t low = i > limit ? i - limit : 0;
        const std::size_t high = std::min(b.size(), i + limit);
        if (low > 0) current[low - 1] = beyond;
        current[high + 1] = beyond;
        std::size_t row_best = beyond;
        for (std::size_t j = low; j <= high; ++j) {
            std::size_t cell = j == 0 ? i : beyond;
            if (j > 0) {
                const std::size_t cost = equal_ignoring_case(a[i - 1], b[j - 1]) ? 0 : 1;
                cell = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
                if (i > 1 && j > 1 && equal_ignoring_case(a[i - 1], b[j - 2]) &&
                    equal_ignoring_case(a[i - 2], b[j - 1])) {
                    cell = std::min(cell, two_back[j - 2] + 1);
                }
            }
            current[j] = std::min(cell, beyond);
            row_best = std::min(row_best, current[j]);
        }
        if (row_best > limit) return beyond;
        std::swap(two_back, previous);
        std::swap(previous, current);
    }
    return previous[b.size()];
}

std::size_t suggested_edit_limit(std::size_t shorter_length) {
    return std::clamp<std::size_t>(shorter_length / 3, 1, kMostSuggestedEdits);
}

namespace {

// A lookup without a budget of its own: about a millisecond.
constexpr std::size_t kLookupCells = 4'000'000;

// How close `candidate` is, as a distance where a case difference counts half an edit, if it is
// close enough to suggest and closer than `better_than`. Spends `budget`; nullopt also when it
// ran out, with `spent` set.
std::optional<std::size_t> suggestion_distance(std::string_view name, std::string_view candidate,
                                               std::size_t better_than, EditBudget& budget, bool& spent) {
    const std::size_t shorter = std::min(name.size(), candidate.size());
    const std::size_t longer = std::max(name.size(), candidate.size());
    // "end_date" for "end": a qualified form of a known name counts as one edit.
    const bool qualified = name.size() > candidate.size() && name.starts_with(candidate) &&
                           (name[candidate.size()] == '_' || name[candidate.size()] == '-');
    std::size_t limit = std::min(suggested_edit_limit(shorter), name.size() - 1);
    // Case differences count as less than one edit, so "Dependencies" suggests "dependencies".
    limit = std::min(limit, better_than / 2);  // a distance of 2 * edits must beat `better_than`
    std::size_t edits = qualified ? 1 : limit + 1;
    if (!qualified && longer - shorter <= limit) {
        const std::size_t cost = (shorter + 1) * (2 * limit + 1);
        if (cost > budget.cells) {
            spent = true;
            return std::nullopt;
        }
        budget.cells -= cost;
        edits = folded_edit_distance_within(name, candidate, limit);
    }
    if (edits >= name.size() || edits > suggested_edit_limit(shorter)) return std::nullopt;
    const std::size_t distance = edits == 0 ? 1 : 2 * edits;
    return distance < better_than ? std::optional(distance) : std::nullopt;
}

}  // namespace

std::optional<std::string> closest_name(std::string_view name, const std::vector<std::string_view>& candidates) {
    EditBudget budget{kLookupCells};
    return closest_name(name, candidates, budget);
}

std::optional<std::string> closest_name(std::string_view name, const std::vector<std::string_view>& candidates,
                                        EditBudget& budget) {
    if (name.empty() || name.size() > kLongestSuggestedName) return std::nullopt;
    std::optional<std::string_view> best;
    std::size_t best_distance = std::numeric_limits<std::size_t>::max();
    bool spent = false;
    for (const std::string_view candidate : candidates) {
        if (candidate == name || candidate.size() > kLongestSuggestedName) continue;
        if (const auto distance = suggestion_distance(name, candidate, best_distance, budget, spent)) {
            best = candidate;
            best_distance = *distance;
        }
        if (spent) return std::nullopt;
    }
    return best ? std::optional<std::string>(*best) : std::nullopt;
}

bool is_sole_closest(std::string_view name, std::string_view closest, const std::vector<std::string_view>& candidates) {
    EditBudget budget{kLookupCells};
    bool spent = false;
    const auto distance = suggestion_distance(name, closest, std::numeric_limits<std::size_t>::max(), budget, spent);
    if (!distance) return false;
    for (const std::string_view candidate : candidates) {
        if (candidate == closest || candidate == name) continue;
        if (suggestion_distance(name, candidate, *distance + 1, budget, spent) || spent) return false;
    }
    return true;
}

std::string with_suggestion(std::string message, std::string_view name,
                            const std::vector<std::string_view>& candidates) {
    EditBudget budget{kLookupCells};
    return with_suggestion(std::move(message), name, candidates, budget);
}

std::string with_suggestion(std::string message, std::string_view name, const std::vector<std::string_view>& candidates,
                            EditBudget& budget) {
    if (const auto suggestion = closest_name(name, candidates, budget)) {
        message += ", did you mean \"" + *suggestion + "\"?";
    }
    return message;
}

}  // namespace reclint
