// The repository's tables, built once per run and shared by the table rules: what the catalogs
// list, which jobs of the DAG files write each table, and close names for misspelled ones.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <span>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "model/catalog.hpp"
#include "model/dag.hpp"
#include "model/live_warehouse.hpp"
#include "model/unparsed_mentions.hpp"

namespace reclint {

struct InputFile;

// `recsys.users` is in dataset `recsys`, `proj.recsys.users` in `proj.recsys`; "" when no dot.
std::string_view dataset_of(std::string_view table);
// What follows the last dot: `users`.
std::string_view table_part_of(std::string_view table);

// One `outputs` entry of a DAG file's job.
struct TableWrite {
    const InputFile* file;
    const Dag* dag;
    const DagTable* entry;
    // The job as a node of the graph: the first job with the writer's name.
    std::uint32_t job() const { return dag->jobs[entry->job].first; }
};

struct CatalogListing {
    const InputFile* file;
    const CatalogTable* table;
};

// A table as the catalogs in use describe it. A table several catalogs list is merged: it has
// every column any listing gives, and is complete when any listing says so. With a live
// warehouse, the database says which tables exist and their columns; the catalogs add only
// `complete:`.
struct CatalogEntry {
    CatalogListing first;                         // the first listing, in catalog order (none: live only)
    std::optional<CatalogListing> columns_from;   // the first listing that gives columns
    std::vector<std::string_view> columns;        // when columns_from is set
    std::optional<CatalogListing> complete_from;  // the first listing with `complete: true`
    std::optional<CatalogListing> rows_from;      // the first listing with `rows:`
    const LiveTable* live = nullptr;              // the table as the live warehouse has it
};

// How many names close_table() may still compare; shared by the lookups of one file so that a
// file full of unknown tables costs a bounded amount of work.
struct SuggestionBudget {
    std::size_t comparisons = 50'000;
};

class TableIndex {
  public:
    TableIndex() = default;
    // `files` sorted by path; `catalogs` the catalog files in use (model/catalog_selection).
    TableIndex(std::span<const std::shared_ptr<InputFile>> files, std::span<const InputFile* const> catalogs,
               const LiveWarehouse* live = nullptr);

    // Some catalog is in use. Without one, what exists in the warehouse is not known.
    bool has_catalog() const { return has_catalog_; }
    // The live warehouse the tables come from (`--warehouse`), if any.
    const LiveWarehouse* live() const { return live_; }
    // How messages name where the tables come from: "the catalog", or the live server.
    std::string source_label() const { return live_ ? live_->server : "the catalog"; }
    const CatalogEntry* in_catalog(std::string_view table) const;
    // Every `outputs` entry naming the table, by path then document order.
    std::span<const TableWrite> writes(std::string_view table) const;
    // Every written table with its writes, in no particular order.
    const std::unordered_map<std::string_view, std::vector<TableWrite>>& all_writes() const { return writes_; }
    bool is_known(std::string_view table) const { return in_catalog(table) || writes_.contains(table); }
    // With a catalog: where a DAG file that does not parse first mentions the table, if one does
    // (a job there may write it).
    const UnparsedMention* unparsed_mention(std::string_view table) const;
    bool dataset_in_catalog(std::string_view dataset) const;

    // The known table (catalog or written) closest to `name`: the same table in another dataset,
    // or a few edits away in the same or a close dataset. Ties go to the alphabetically first.
    std::optional<std::string_view> closest_table(std::string_view name, SuggestionBudget& budget) const;
    // The same, and whether no other table ranks as high (a fix may then write it).
    std::optional<std::string_view> closest_table(std::string_view name, SuggestionBudget& budget, bool& sole) const;
    // The catalog's dataset closest to `dataset`.
    std::optional<std::string> closest_dataset(std::string_view dataset, SuggestionBudget& budget) const;
    // Whether `closest`, what closest_dataset() found, is the only dataset that close.
    bool is_sole_dataset(std::string_view dataset, std::string_view closest) const;

  private:
    void add_catalog(const InputFile& file);
    void add_live(const LiveWarehouse& live);
    void index_names();

    bool has_catalog_ = false;
    const LiveWarehouse* live_ = nullptr;
    std::unordered_map<std::string_view, CatalogEntry> catalog_;
    std::unordered_map<std::string_view, std::vector<TableWrite>> writes_;
    UnparsedMentions unparsed_mentions_;
    std::vector<std::string_view> catalog_datasets_;  // sorted, each once
    // Every known name by its table part (sorted), and by its dataset (sorted by the length of the
    // table part, then by name, so that a lookup visits only names of about the right length).
    std::unordered_map<std::string_view, std::vector<std::string_view>> by_table_part_;
    std::vector<std::pair<std::string_view, std::vector<std::string_view>>> by_dataset_;
};

}  // namespace reclint
