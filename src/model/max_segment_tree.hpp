// A fixed-size array of values with point updates and "leftmost value above a threshold in a
// range" queries, both O(log n): the index the overlap sweep keeps its running items in.
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <vector>

namespace reclint {

class MaxSegmentTree {
  public:
    static constexpr std::int64_t kEmpty = std::numeric_limits<std::int64_t>::min();

    explicit MaxSegmentTree(std::size_t size);

    std::size_t size() const { return size_; }
    // kEmpty removes the value at `position`.
    void set(std::size_t position, std::int64_t value);
    // The leftmost position in [first, last) whose value is greater than `threshold`.
    std::optional<std::size_t> find_first(std::size_t first, std::size_t last, std::int64_t threshold) const;

  private:
    // Recursion on the tree's height, which is log2(size): never deep.
    void set(std::size_t node, std::size_t low, std::size_t high, std::size_t position, std::int64_t value);
    std::optional<std::size_t> find_first(std::size_t node, std::size_t low, std::size_t high, std::size_t first,
                                          std::size_t last, std::int64_t threshold) const;

    std::size_t size_;
    std::vector<std::int64_t> max_;  // node 1 covers [0, size); node k has children 2k and 2k+1
};

}  // namespace reclint
