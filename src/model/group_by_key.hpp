// Groups items by a string key for the cross-file rules (equal names, salts, layers, surfaces).
// Sorting the keys' hashes rather than the keys keeps the comparisons in cache: the keys point
// into the texts of thousands of files, and comparing them directly thrashes the cache.
#pragma once

#include <algorithm>
#include <cstddef>
#include <functional>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

namespace reclint {

// Reorders `items` so that items with equal keys are adjacent, each group keeping the items'
// order, and calls `visit(std::span<T> group)` for each group. The order of the groups is
// unspecified (but the same on every run): callers report through the engine, which sorts.
template <class T, class KeyOf, class Visit>
void for_each_key_group(std::vector<T>& items, KeyOf key_of, Visit visit) {
    struct Keyed {
        std::size_t hash;
        std::size_t index;
    };
    std::vector<Keyed> keyed;
    keyed.reserve(items.size());
    for (std::size_t i = 0; i < items.size(); ++i) {
        keyed.push_back({std::hash<std::string_view>{}(key_of(items[i])), i});
    }
    std::sort(keyed.begin(), keyed.end(),
              [](const Keyed& a, const Keyed& b) { return a.hash != b.hash ? a.hash < b.hash : a.index < b.index; });
    const auto key_at = [&](std::size_t k) { return key_of(items[keyed[k].index]); };
    for (std::size_t first = 0, last = 0; first < keyed.size(); first = last) {
        bool mixed = false;
        for (last = first + 1; last < keyed.size() && keyed[last].hash == keyed[first].hash; ++last) {
            mixed = mixed || key_at(last) != key_at(first);
        }
        // Two keys with one hash: rare, so only then are keys compared while sorting.
        if (mixed) {
            std::stable_sort(keyed.begin() + first, keyed.begin() + last, [&](const Keyed& a, const Keyed& b) {
                return key_of(items[a.index]) < key_of(items[b.index]);
            });
        }
    }
    std::vector<T> grouped;
    grouped.reserve(items.size());
    for (const Keyed& each : keyed)
        grouped.push_back(std::move(items[each.index]));
    items = std::move(grouped);
    for (std::size_t first = 0; first < items.size();) {
        std::size_t last = first + 1;
        while (last < items.size() && keyed[last].hash == keyed[first].hash &&
               key_of(items[last]) == key_of(items[first])) {
            ++last;
        }
        visit(std::span<T>(items.data() + first, last - first));
        first = last;
    }
}

}  // namespace reclint
