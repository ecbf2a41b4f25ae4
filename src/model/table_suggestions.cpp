// TableIndex's did-you-mean. The common mistakes are a wrong dataset (`warehouse.job_feed_popular`
// for `recsys.job_feed_popular`) and a few edits in a name (`_v3` for `_v2`). Instead of comparing
// the name with every known table, a lookup visits the names with the same table part and, in
// datasets a few edits from the name's own, only the names whose table part has about the right
// length; each distance is computed within a band. Every name visited costs one unit of the
// budget, so a lookup is bounded whatever the size of the catalog.
#include <algorithm>
#include <tuple>

#include "model/table_index.hpp"
#include "text/did_you_mean.hpp"

namespace reclint {

namespace {

// What did_you_mean's closest_name accepts: at most a third of the shorter name (and at most
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
        : name_(name),
          dataset_(dataset_of(name)),
          table_(table_part_of(name)),
          limit_(suggested_edit_limit(name.size())),
          budget_(budget) {}

    // False once the budget is spent: the search stops without a suggestion, so that what is
    // suggested never depends on how far a search got.
    bool spend() {
        if (budget_.comparisons == 0) return false;
        --budget_.comparisons;
        return true;
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

    // The names of one dataset whose table part is within the edits left, sorted by its length.
    bool visit_dataset(std::string_view dataset, std::span<const std::string_view> names) {
        if (!spend()) return false;
        const std::size_t dataset_edits = folded_edit_distance_within(dataset_, dataset, limit_);
        if (dataset_edits > limit_) return true;
        const std::size_t left = limit_ - dataset_edits;
        const std::size_t shortest = table_.size() > left ? table_.size() - left : 0;
        auto candidate = std::lower_bound(
            names.begin(), names.end(), shortest,
            [](std::string_view each, std::size_t length) { return table_part_of(each).size() < length; });
        for (; candidate != names.end() && table_part_of(*candidate).size() <= table_.size() + left; ++candidate) {
            if (*candidate == name_) continue;
            if (!spend()) return false;
            const std::size_t table_edits = folded_edit_distance_within(table_, table_part_of(*candidate), left);
            if (table_edits > left) continue;
            offer({dataset_edits + table_edits, table_edits, dataset_edits, *candidate});
        }
        return true;
    }

    std::optional<std::string_view> best() const {
        if (!found_) return std::nullopt;
        return best_.name;
    }

  private:
    // Datasets further apart than this are equally far: only the order of equal suggestions
    // depends on it, and it bounds each comparison.
    static constexpr std::size_t kFarDataset = kMostSuggestedEdits;

    void offer(const Suggestion& suggestion) {
        if (!plausible(suggestion.edits, name_, suggestion.name)) return;
        if (!found_ || suggestion < best_) best_ = suggestion;
        found_ = true;
    }

    std::string_view name_, dataset_, table_;
    std::size_t limit_;
    SuggestionBudget& budget_;
    bool found_ = false;
    Suggestion best_;
};

}  // namespace

std::optional<std::string_view> TableIndex::closest_table(std::string_view name, SuggestionBudget& budget) const {
    if (name.size() > kLongestSuggestedName) return std::nullopt;
    SuggestionSearch search(name, budget);
    if (const auto same = by_table_part_.find(table_part_of(name)); same != by_table_part_.end()) {
        if (!search.visit_same_table(same->second)) return std::nullopt;
    }
    for (const auto& [dataset, names] : by_dataset_) {
        if (!search.visit_dataset(dataset, names)) return std::nullopt;
    }
    return search.best();
}

std::optional<std::string> TableIndex::closest_dataset(std::string_view dataset, SuggestionBudget& budget) const {
    if (budget.comparisons < catalog_datasets_.size()) return std::nullopt;
    budget.comparisons -= catalog_datasets_.size();
    return closest_name(dataset, catalog_datasets_);
}

}  // namespace reclint
