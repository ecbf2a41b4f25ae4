#include "model/overlap_sweep.hpp"

#include <algorithm>
#include <array>
#include <functional>
#include <optional>
#include <queue>

#include "model/max_segment_tree.hpp"

namespace reclint {

namespace {

// Some items (one audience, or all), ordered along the second axis, their running ones marked
// in a segment tree.
struct AxisIndex {
    std::vector<std::size_t> items;   // in axis order
    std::vector<std::int64_t> froms;  // of `items`
    MaxSegmentTree tree{0};
};

struct Place {
    std::size_t index;     // which AxisIndex
    std::size_t position;  // where in it
};

// Running items, answering "which running item meets this one?" in O(log n).
class RunningSet {
  public:
    RunningSet(std::span<const SweepItem> items, SliceRule rule);
    void insert(std::size_t item) { set(item, rule_ == SliceRule::overlapping ? items_[item].to : 1); }
    void erase(std::size_t item) { set(item, MaxSegmentTree::kEmpty); }
    std::optional<std::size_t> find_partner(std::size_t item) const;

  private:
    void set(std::size_t item, std::int64_t value);
    std::optional<std::size_t> find_in(std::size_t index, const SweepItem& item) const;

    std::span<const SweepItem> items_;
    SliceRule rule_;
    std::vector<std::uint32_t> audiences_;      // sorted; AxisIndex k belongs to audiences_[k]
    std::vector<AxisIndex> indexes_;            // one per audience, then one of all items
    std::vector<std::array<Place, 2>> places_;  // each item in its audience's index and in all items'
};

RunningSet::RunningSet(std::span<const SweepItem> items, SliceRule rule)
    : items_(items), rule_(rule), places_(items.size()) {
    for (const SweepItem& item : items)
        audiences_.push_back(item.audience);
    std::sort(audiences_.begin(), audiences_.end());
    audiences_.erase(std::unique(audiences_.begin(), audiences_.end()), audiences_.end());
    indexes_.resize(audiences_.size() + 1);
    for (std::size_t i = 0; i < items.size(); ++i) {
        const auto audience = std::lower_bound(audiences_.begin(), audiences_.end(), items[i].audience);
        indexes_[static_cast<std::size_t>(audience - audiences_.begin())].items.push_back(i);
        indexes_.back().items.push_back(i);
    }
    const auto axis_order = [&items, rule](std::size_t a, std::size_t b) {
        const std::int64_t to_a = rule == SliceRule::overlapping ? items[a].to : 0;
        const std::int64_t to_b = rule == SliceRule::overlapping ? items[b].to : 0;
        return std::tie(items[a].from, to_a, a) < std::tie(items[b].from, to_b, b);
    };
    for (std::size_t k = 0; k < indexes_.size(); ++k) {
        AxisIndex& index = indexes_[k];
        std::sort(index.items.begin(), index.items.end(), axis_order);
        index.tree = MaxSegmentTree(index.items.size());
        for (std::size_t position = 0; position < index.items.size(); ++position) {
            const std::size_t item = index.items[position];
            index.froms.push_back(items[item].from);
            places_[item][k + 1 == indexes_.size() ? 1 : 0] = {k, position};
        }
    }
}

void RunningSet::set(std::size_t item, std::int64_t value) {
    for (const Place& place : places_[item])
        indexes_[place.index].tree.set(place.position, value);
}

std::optional<std::size_t> RunningSet::find_in(std::size_t index, const SweepItem& item) const {
    const AxisIndex& axis = indexes_[index];
    std::optional<std::size_t> position;
    if (rule_ == SliceRule::overlapping) {
        // Running slices [from, to) with from < item.to and to > item.from.
        const auto before_end = std::lower_bound(axis.froms.begin(), axis.froms.end(), item.to);
        position = axis.tree.find_first(0, static_cast<std::size_t>(before_end - axis.froms.begin()), item.from);
    } else {
        const auto [same_begin, same_end] = std::equal_range(axis.froms.begin(), axis.froms.end(), item.from);
        position = axis.tree.find_first(0, static_cast<std::size_t>(same_begin - axis.froms.begin()), 0);
        if (!position) {
            position =
                axis.tree.find_first(static_cast<std::size_t>(same_end - axis.froms.begin()), axis.froms.size(), 0);
        }
    }
    if (!position) return std::nullopt;
    return axis.items[*position];
}

std::optional<std::size_t> RunningSet::find_partner(std::size_t item) const {
    const SweepItem& wanted = items_[item];
    if (wanted.audience == SweepItem::kEveryone) return find_in(indexes_.size() - 1, wanted);
    std::optional<std::size_t> found = find_in(places_[item][0].index, wanted);
    const auto everyone = std::lower_bound(audiences_.begin(), audiences_.end(), SweepItem::kEveryone);
    if (everyone != audiences_.end() && *everyone == SweepItem::kEveryone) {
        const auto other = find_in(static_cast<std::size_t>(everyone - audiences_.begin()), wanted);
        if (other && (!found || *other < *found)) found = other;
    }
    return found;
}

}  // namespace

std::vector<MeetingPair> find_meetings(std::span<const SweepItem> items, SliceRule rule) {
    std::vector<std::size_t> by_start(items.size());
    for (std::size_t i = 0; i < items.size(); ++i)
        by_start[i] = i;
    std::sort(by_start.begin(), by_start.end(), [&items](std::size_t a, std::size_t b) {
        return std::tie(items[a].period.begin, a) < std::tie(items[b].period.begin, b);
    });
    RunningSet running(items, rule);
    RunningSet unpaired(items, rule);  // running items that met nothing yet
    std::vector<bool> paired(items.size(), false);
    std::vector<bool> waiting(items.size(), false);  // in `unpaired`
    using Ending = std::pair<Instant, std::size_t>;
    std::priority_queue<Ending, std::vector<Ending>, std::greater<>> endings;
    std::vector<MeetingPair> pairs;
    const auto pair_with = [&](std::size_t later, std::size_t earlier) {
        pairs.push_back({later, earlier});
        paired[later] = paired[earlier] = true;
        if (waiting[earlier]) unpaired.erase(earlier);
        waiting[earlier] = false;
    };
    for (const std::size_t item : by_start) {
        while (!endings.empty() && endings.top().first <= items[item].period.begin) {
            const std::size_t ended = endings.top().second;
            endings.pop();
            running.erase(ended);
            if (waiting[ended]) unpaired.erase(ended);
            waiting[ended] = false;
        }
        if (const auto partner = running.find_partner(item)) pair_with(item, *partner);
        while (const auto partner = unpaired.find_partner(item))
            pair_with(item, *partner);
        running.insert(item);
        endings.push({items[item].period.end, item});
        if (!paired[item]) {
            unpaired.insert(item);
            waiting[item] = true;
        }
    }
    return pairs;
}

}  // namespace reclint
