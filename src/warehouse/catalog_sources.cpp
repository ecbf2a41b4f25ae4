#include <algorithm>

#include "warehouse/imported_catalog.hpp"

namespace reclint {

namespace {

constexpr CatalogSource kSources[] = {
    {"postgres:", "CONNINFO", import_postgres},
    {"bigquery:", "FILE", import_bigquery},
    {"dbt:", "FILE", import_dbt},
};

}  // namespace

std::span<const CatalogSource> catalog_sources() {
    return kSources;
}

const CatalogSource* find_catalog_source(std::string_view from) {
    for (const CatalogSource& source : kSources) {
        if (from.starts_with(source.prefix)) return &source;
    }
    return nullptr;
}

bool CatalogBuilder::wanted(std::string_view schema) const {
    return schemas_.empty() || std::find(schemas_.begin(), schemas_.end(), schema) != schemas_.end();
}

void CatalogBuilder::add_column(const std::string& table, long position, std::string column) {
    tables_[table].emplace_back(position, std::move(column));
}

ImportedCatalog CatalogBuilder::finish(bool unlisted_when_empty) {
    ImportedCatalog catalog;
    catalog.tables.reserve(tables_.size());
    for (auto& [name, columns] : tables_) {
        std::stable_sort(columns.begin(), columns.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        ImportedTable table{name, {}};
        table.columns.reserve(columns.size());
        for (auto& column : columns) {
            // A column listed twice (an export that repeats rows) is one column.
            if (std::find(table.columns.begin(), table.columns.end(), column.second) == table.columns.end())
                table.columns.push_back(std::move(column.second));
        }
        table.columns_listed = !unlisted_when_empty || !table.columns.empty();
        catalog.tables.push_back(std::move(table));
    }
    tables_.clear();
    return catalog;
}

}  // namespace reclint
