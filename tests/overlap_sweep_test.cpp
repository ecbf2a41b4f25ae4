// The overlap sweep against a brute force over all pairs: every pair it returns meets, every item
// that meets another is in some pair, and there are never more than 2n pairs.
#include <catch2/catch.hpp>

#include <random>
#include <set>

#include "model/max_segment_tree.hpp"
#include "model/overlap_sweep.hpp"

using namespace reclint;

namespace {

constexpr std::int64_t kDay = 86400;

SweepItem item(std::int64_t first_day, std::int64_t days, std::uint32_t audience, std::int64_t from, std::int64_t to) {
    return {{{first_day * kDay, 0}, {(first_day + days) * kDay, 0}}, audience, from, to};
}

bool meet(const SweepItem& a, const SweepItem& b, SliceRule rule) {
    const bool same_time = a.period.begin < b.period.end && b.period.begin < a.period.end;
    const bool same_users =
        a.audience == b.audience || a.audience == SweepItem::kEveryone || b.audience == SweepItem::kEveryone;
    const bool same_slice = rule == SliceRule::overlapping ? a.from < b.to && b.from < a.to : a.from != b.from;
    return same_time && same_users && same_slice;
}

void check_against_brute_force(const std::vector<SweepItem>& items, SliceRule rule) {
    const std::vector<MeetingPair> pairs = find_meetings(items, rule);
    CHECK(pairs.size() <= 2 * items.size());
    std::set<std::pair<std::size_t, std::size_t>> seen;
    std::vector<bool> in_pair(items.size(), false);
    for (const MeetingPair& pair : pairs) {
        REQUIRE(meet(items[pair.later], items[pair.earlier], rule));
        CHECK(items[pair.earlier].period.begin <= items[pair.later].period.begin);
        CHECK(seen.insert(std::minmax(pair.later, pair.earlier)).second);
        in_pair[pair.later] = in_pair[pair.earlier] = true;
    }
    for (std::size_t i = 0; i < items.size(); ++i) {
        bool meets_any = false;
        for (std::size_t j = 0; j < items.size() && !meets_any; ++j)
            meets_any = i != j && meet(items[i], items[j], rule);
        INFO("item " << i);
        CHECK(in_pair[i] == meets_any);
    }
}

std::vector<SweepItem> random_items(std::mt19937& random, std::size_t count) {
    std::uniform_int_distribution<std::int64_t> day(0, 60), length(1, 20), bound(0, 10);
    std::uniform_int_distribution<std::uint32_t> audience(0, 3);
    std::vector<SweepItem> items;
    for (std::size_t i = 0; i < count; ++i) {
        std::int64_t from = bound(random) * 1000, to = bound(random) * 1000;
        if (from > to) std::swap(from, to);
        if (from == to) to += 500;
        const std::uint32_t who = audience(random);
        items.push_back(item(day(random), length(random), who == 3 ? SweepItem::kEveryone : who, from, to));
    }
    return items;
}

}  // namespace

TEST_CASE("the segment tree finds the leftmost value above a threshold in a range") {
    MaxSegmentTree tree(10);
    CHECK_FALSE(tree.find_first(0, 10, MaxSegmentTree::kEmpty));
    tree.set(3, 30);
    tree.set(7, 70);
    CHECK(tree.find_first(0, 10, 20) == std::optional<std::size_t>(3));
    CHECK(tree.find_first(4, 10, 20) == std::optional<std::size_t>(7));
    CHECK(tree.find_first(0, 10, 30) == std::optional<std::size_t>(7));
    CHECK_FALSE(tree.find_first(0, 7, 30));
    CHECK_FALSE(tree.find_first(0, 10, 70));
    tree.set(7, MaxSegmentTree::kEmpty);
    CHECK_FALSE(tree.find_first(0, 10, 30));
    CHECK_FALSE(tree.find_first(5, 5, 0));
    CHECK_FALSE(MaxSegmentTree(0).find_first(0, 1, 0));
}

TEST_CASE("touching periods and slices do not meet") {
    const std::vector<SweepItem> items = {item(0, 10, 0, 0, 5000), item(10, 10, 0, 0, 5000),
                                          item(0, 10, 0, 5000, 10000)};
    CHECK(find_meetings(items, SliceRule::overlapping).empty());
}

TEST_CASE("segments meet themselves and everyone, not each other") {
    const std::vector<SweepItem> items = {item(0, 10, 0, 0, 100), item(0, 10, 1, 0, 100)};
    CHECK(find_meetings(items, SliceRule::overlapping).empty());
    std::vector<SweepItem> with_all = items;
    with_all.push_back(item(5, 10, SweepItem::kEveryone, 50, 60));
    const std::vector<MeetingPair> pairs = find_meetings(with_all, SliceRule::overlapping);
    REQUIRE(pairs.size() == 2);
    CHECK(pairs[0].later == 2);
    CHECK(pairs[1].later == 2);
}

TEST_CASE("an item that only meets later ones is still paired") {
    // 0 starts first and meets nothing when it starts; 1 and 2 start later and meet it.
    const std::vector<SweepItem> items = {item(0, 30, 0, 0, 10000), item(5, 5, 1, 0, 100),
                                          item(10, 5, SweepItem::kEveryone, 9000, 10000)};
    check_against_brute_force(items, SliceRule::overlapping);
}

TEST_CASE("the sweep agrees with a brute force on random layers") {
    std::mt19937 random(20261201);
    for (int round = 0; round < 200; ++round) {
        const std::vector<SweepItem> items = random_items(random, 1 + round % 40);
        check_against_brute_force(items, SliceRule::overlapping);
        check_against_brute_force(items, SliceRule::different);
    }
}

TEST_CASE("many items that all overlap give at most 2n pairs") {
    std::vector<SweepItem> items;
    for (std::int64_t i = 0; i < 5000; ++i)
        items.push_back(item(i % 7, 30, 0, 0, 10000));
    const std::vector<MeetingPair> pairs = find_meetings(items, SliceRule::overlapping);
    CHECK(pairs.size() == items.size() - 1);
    std::vector<SweepItem> layers;
    for (std::int64_t i = 0; i < 5000; ++i)
        layers.push_back(item(0, 30, 0, i, i + 1));
    CHECK(find_meetings(layers, SliceRule::different).size() == layers.size() - 1);
}
