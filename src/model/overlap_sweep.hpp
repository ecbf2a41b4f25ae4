// Finds which items meet (share an instant, users and a slice of traffic) without comparing
// every pair: a sweep over time that keeps the running items in segment trees, O(n log n).
//
// Reporting every meeting pair could be quadratic (a thousand tests in one layer that all
// overlap make half a million pairs), so the sweep returns a covering set of pairs instead:
// every item that meets any other is in at least one pair, and there are at most 2n pairs. An
// item is paired with a running item it meets when it starts, if any; a running item that met
// nothing when it started is paired with each later item that meets it, once.
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <span>
#include <vector>

#include "text/iso_time.hpp"

namespace reclint {

struct SweepItem {
    // Meets every audience: `segment: all`.
    static constexpr std::uint32_t kEveryone = std::numeric_limits<std::uint32_t>::max();

    TimeInterval period;     // [begin, end), not empty
    std::uint32_t audience;  // items of different audiences never meet, unless one is kEveryone
    std::int64_t from = 0;   // the item's slice [from, to) of the second axis
    std::int64_t to = 0;
};

enum class SliceRule {
    overlapping,  // items meet when their slices overlap (traffic slices within one layer)
    different,    // items meet when their `from` keys differ (layers of one surface)
};

struct MeetingPair {
    std::size_t later;  // indices into the items; `later` started no earlier than `earlier`
    std::size_t earlier;
};

// Deterministic: the pairs depend only on the items and their order (which breaks ties).
std::vector<MeetingPair> find_meetings(std::span<const SweepItem> items, SliceRule rule);

}  // namespace reclint
