#include "model/max_segment_tree.hpp"

#include <algorithm>

namespace reclint {

MaxSegmentTree::MaxSegmentTree(std::size_t size) : size_(size), max_(4 * std::max<std::size_t>(size, 1), kEmpty) {}

void MaxSegmentTree::set(std::size_t position, std::int64_t value) {
    if (position < size_) set(1, 0, size_, position, value);
}

std::optional<std::size_t> MaxSegmentTree::find_first(std::size_t first, std::size_t last,
                                                      std::int64_t threshold) const {
    if (first >= std::min(last, size_)) return std::nullopt;
    return find_first(1, 0, size_, first, std::min(last, size_), threshold);
}

void MaxSegmentTree::set(std::size_t node, std::size_t low, std::size_t high, std::size_t position,
                         std::int64_t value) {
    if (high - low == 1) {
        max_[node] = value;
        return;
    }
    const std::size_t middle = low + (high - low) / 2;
    if (position < middle) {
        set(2 * node, low, middle, position, value);
    } else {
        set(2 * node + 1, middle, high, position, value);
    }
    max_[node] = std::max(max_[2 * node], max_[2 * node + 1]);
}

std::optional<std::size_t> MaxSegmentTree::find_first(std::size_t node, std::size_t low, std::size_t high,
                                                      std::size_t first, std::size_t last,
                                                      std::int64_t threshold) const {
    if (high <= first || last <= low || max_[node] <= threshold) return std::nullopt;
    if (high - low == 1) return low;
    const std::size_t middle = low + (high - low) / 2;
    if (auto found = find_first(2 * node, low, middle, first, last, threshold)) return found;
    return find_first(2 * node + 1, middle, high, first, last, threshold);
}

}  // namespace reclint
