// TableIndex's did-you-mean. The common mistakes are a wrong dataset (`warehouse.job_feed_popular`
// for `recsys.job_feed_popular`) and a few edits in a name (`_v3` for `_v2`); a suggestion must also
// not turn one table into another that merely has a name of the same length (`warehouse.users`
// is not `warehouse.items`). So a lookup tries, in order: the same dataset, with a few edits in the
// table part relative to its length; the same table part in other datasets; and at last a name a
// couple of edits away in all. Each distance is computed within a band, over the names of about
// the right length only. Every name visited costs one unit of the budget, so a lookup is bounded
// whatever the size of the catalog.
#include <algorithm>
#include <tuple>

#include "model/table_index.hpp"
#include "text/did_you_mean.hpp"

namespace reclint {

namespace {

// A name this many edits away, or fewer, may be suggested from another dataset with another table
// part: a typo in each, or two in one.
constexpr std::size_t kFewEdits = 2;

// What did_you_mean's closest_name accepts: at most a third of the shorter text (and at most
// kMostSuggestedEdits), and not all of it.
bool plausible(std::size_t edits, std::string_view name, std::string_view candidate) {
    return edits <= suggested_edit_limit(std::min(name.size(), candidate.size())) && edits < name.size();
}

// Fewer edits first, then fewer of them in the table part, then in the dataset, then by name.
struct Suggestion {
    std::size_t edits = 0;
    std::size_t table_edits = 0;
    std::size_t dataset_edits = 0;
    std::string_view name;
    bool operator<(const Suggestion& other) const {
        return std::tie(edits, table_edits, dataset_edits, name) <
               std::tie(other.edits, other.table_edits, other.dataset_edits, other.name);
    }
};

class SuggestionSearch {
  public:
    SuggestionSearch(std::string_view name, SuggestionBudget& budget)
        : name_(name), dataset_(dataset_of(name)), table_(table_part_of(name)), budget_(budget) {}

    std::string_view dataset() const { return dataset_; }
    std::string_view table() const { return table_; }

    // False once the budget is spent: the search stops without a suggestion, so that what is
    // suggested never depends on how far a search got.
    bool spend() {
        if (budget_.comparisons == 0) return false;
        --budget_.comparisons;
        return true;
    }

    // The name's own dataset: the table part a few edits away, as many as its length allows.
    bool visit_own_dataset(std::span<const std::string_view> names) {
        return visit_lengths(names, suggested_edit_limit(table_.size()), [&](std::string_view candidate) {
            const std::string_view table = table_part_of(candidate);
            const std::size_t edits = folded_edit_distance_within(table_, table, suggested_edit_limit(table_.size()));
            if (plausible(edits, table_, table)) offer({edits, edits, 0, candidate});
        });
    }

    // Names with the same table part: only the dataset differs, which counts as one edit.
    bool visit_same_table(std::span<const std::string_view> names) {
        for (const std::string_view candidate : names) {
            if (candidate == name_) continue;
            if (!spend()) return false;
            const std::size_t dataset_edits = folded_edit_distance_within(dataset_, dataset_of(candidate), kFarDataset);
            offer({std::min<std::size_t>(dataset_edits, 1), 0, dataset_edits, candidate});
        }
        return true;
    }

    // Another dataset: its names kFewEdits from the whole name, or fewer.
    bool visit_other_dataset(std::string_view dataset, std::span<const std::string_view> names) {
        if (!spend()) return false;
        const std::size_t dataset_edits = folded_edit_distance_within(dataset_, dataset, kFewEdits);
        if (dataset_edits > kFewEdits) return true;
        const std::size_t left = kFewEdits - dataset_edits;
        return visit_lengths(names, left, [&](std::string_view candidate) {
            const std::size_t table_edits = folded_edit_distance_within(table_, table_part_of(candidate), left);
            if (table_edits <= left) offer({dataset_edits + table_edits, table_edits, dataset_edits, candidate});
        });
    }

    std::optional<std::string_view> best() const {
        if (!found_) return std::nullopt;
        return best_.name;
    }
    // Whether another name ranks as high as best().
    bool tied() const { return tied_; }

  private:
    // Datasets further apart than this are equally far: only the order of equal suggestions
    // depends on it, and it bounds each comparison.
    static constexpr std::size_t kFarDataset = kMostSuggestedEdits;

    // Calls `visit` on the names of one dataset (sorted by the length of their table part) whose
    // table part is at most `edits` longer or shorter than the name's.
    template <typename Visit>
    bool visit_lengths(std::span<const std::string_view> names, std::size_t edits, Visit visit) {
        const std::size_t shortest = table_.size() > edits ? table_.size() - edits : 0;
        auto candidate = std::lower_bound(
            names.begin(), names.end(), shortest,
            [](std::string_view each, std::size_t length) { return table_part_of(each).size() < length; });
        for (; candidate != names.end() && table_part_of(*candidate).size() <= table_.size() + edits; ++candidate) {
            if (*candidate == name_) continue;
            if (!spend()) return false;
            visit(*candidate);
        }
        return true;
    }

    void offer(const Suggestion& suggestion) {
        if (!plausible(suggestion.edits, name_, suggestion.name)) return;
        const auto rank = [](const Suggestion& s) { return std::tie(s.edits, s.table_edits, s.dataset_edits); };
        if (found_ && rank(suggestion) == rank(best_)) {
            tied_ = tied_ || suggestion.name != best_.name;
        } else if (found_ && rank(best_) < rank(suggestion)) {
            return;
        } else {
            tied_ = false;
        }
        if (!found_ || suggestion < best_) best_ = suggestion;
        found_ = true;
    }

    std::string_view name_, dataset_, table_;
    SuggestionBudget& budget_;
    bool found_ = false;
    bool tied_ = false;
    Suggestion best_;
};

}  // namespace

std::optional<std::string_view> TableIndex::closest_table(std::string_view name, SuggestionBudget& budget) const {
    bool sole = false;
    return closest_table(name, budget, sole);
}

std::optional<std::string_view> TableIndex::closest_table(std::string_view name, SuggestionBudget& budget,
                                                          bool& sole) const {
    if (name.size() > kLongestSuggestedName) return std::nullopt;
    SuggestionSearch search(name, budget);
    const auto found_sole = [&] {
        sole = !search.tied();
        return search.best();
    };
    const auto own = std::find_if(by_dataset_.begin(), by_dataset_.end(),
                                  [&](const auto& dataset) { return dataset.first == search.dataset(); });
    if (own != by_dataset_.end()) {
        if (!search.visit_own_dataset(own->second)) return std::nullopt;
        if (search.best()) return found_sole();
    }
    if (const auto same = by_table_part_.find(search.table()); same != by_table_part_.end()) {
        if (!search.visit_same_table(same->second)) return std::nullopt;
        if (search.best()) return found_sole();
    }
    for (const auto& [dataset, names] : by_dataset_) {
        if (dataset != search.dataset() && !search.visit_other_dataset(dataset, names)) return std::nullopt;
    }
    return found_sole();
}

std::optional<std::string> TableIndex::closest_dataset(std::string_view dataset, SuggestionBudget& budget) const {
    if (budget.comparisons < catalog_datasets_.size()) return std::nullopt;
    budget.comparisons -= catalog_datasets_.size();
    return closest_name(dataset, catalog_datasets_);
}

bool TableIndex::is_sole_dataset(std::string_view dataset, std::string_view closest) const {
    return is_sole_closest(dataset, closest, catalog_datasets_);
}

}  // namespace reclint
