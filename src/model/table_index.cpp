#include "model/table_index.hpp"

#include <algorithm>

#include "model/repository.hpp"

namespace reclint {

std::string_view dataset_of(std::string_view table) {
    const std::size_t dot = table.rfind('.');
    return dot == std::string_view::npos ? std::string_view() : table.substr(0, dot);
}

std::string_view table_part_of(std::string_view table) {
    const std::size_t dot = table.rfind('.');
    return dot == std::string_view::npos ? table : table.substr(dot + 1);
}

namespace {

void sort_unique(std::vector<std::string_view>& names) {
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
}

}  // namespace

TableIndex::TableIndex(std::span<const std::shared_ptr<InputFile>> files, std::span<const InputFile* const> catalogs,
                       const LiveWarehouse* live)
    : has_catalog_(!catalogs.empty() || live), live_(live) {
    if (live) add_live(*live);
    for (const InputFile* catalog : catalogs)
        add_catalog(*catalog);
    for (const auto& file : files) {
        for (const Dag& dag : file->models.dags) {
            for (const DagTable& entry : dag.tables) {
                if (entry.output) writes_[entry.name].push_back({file.get(), &dag, &entry});
            }
        }
    }
    // Only table/unknown asks, and only with a catalog.
    if (has_catalog_) unparsed_mentions_ = find_unparsed_mentions(files);
    index_names();
}

void TableIndex::add_live(const LiveWarehouse& live) {
    for (const auto& [name, table] : live.tables) {
        CatalogEntry& entry = catalog_[name];
        entry.live = &table;
        entry.columns.assign(table.columns.begin(), table.columns.end());
        catalog_datasets_.push_back(dataset_of(name));
    }
}

void TableIndex::add_catalog(const InputFile& file) {
    for (const Catalog& catalog : file.models.catalogs) {
        for (const CatalogTable& table : catalog.tables) {
            const CatalogListing listing{&file, &table};
            if (live_) {
                // The database says what exists and with which columns; `complete:` is the catalog's.
                const auto found = catalog_.find(table.name.text);
                if (found != catalog_.end() && table.complete && !found->second.complete_from)
                    found->second.complete_from = listing;
                continue;
            }
            auto [found, added] = catalog_.try_emplace(table.name.text, CatalogEntry{listing, {}, {}, {}});
            CatalogEntry& entry = found->second;
            if (added) catalog_datasets_.push_back(dataset_of(table.name.text));
            if (table.complete && !entry.complete_from) entry.complete_from = listing;
            if (table.rows && !entry.rows_from) entry.rows_from = listing;
            if (!table.columns) continue;
            if (!entry.columns_from) entry.columns_from = listing;
            for (const TextValue& column : *table.columns) {
                if (std::find(entry.columns.begin(), entry.columns.end(), column.text) == entry.columns.end())
                    entry.columns.push_back(column.text);
            }
        }
    }
}

void TableIndex::index_names() {
    sort_unique(catalog_datasets_);
    std::vector<std::string_view> names;
    names.reserve(catalog_.size() + writes_.size());
    for (const auto& [name, entry] : catalog_)
        names.push_back(name);
    for (const auto& [name, written] : writes_)
        names.push_back(name);
    sort_unique(names);
    std::unordered_map<std::string_view, std::vector<std::string_view>> by_dataset;
    for (const std::string_view name : names) {
        by_table_part_[table_part_of(name)].push_back(name);
        by_dataset[dataset_of(name)].push_back(name);
    }
    for (auto& [dataset, listed] : by_dataset) {
        std::stable_sort(listed.begin(), listed.end(), [](std::string_view a, std::string_view b) {
            return table_part_of(a).size() < table_part_of(b).size();
        });
        by_dataset_.emplace_back(dataset, std::move(listed));
    }
    std::sort(by_dataset_.begin(), by_dataset_.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
}

const CatalogEntry* TableIndex::in_catalog(std::string_view table) const {
    const auto found = catalog_.find(table);
    return found == catalog_.end() ? nullptr : &found->second;
}

std::span<const TableWrite> TableIndex::writes(std::string_view table) const {
    const auto found = writes_.find(table);
    if (found == writes_.end()) return {};
    return found->second;
}

const UnparsedMention* TableIndex::unparsed_mention(std::string_view table) const {
    const auto found = unparsed_mentions_.find(table);
    return found == unparsed_mentions_.end() ? nullptr : &found->second;
}

bool TableIndex::dataset_in_catalog(std::string_view dataset) const {
    return std::binary_search(catalog_datasets_.begin(), catalog_datasets_.end(), dataset);
}

}  // namespace reclint
