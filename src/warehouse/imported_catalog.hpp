// What a catalog source (a live database, an export file) says exists: tables and their columns,
// and the table of sources that `reclint catalog import --from PREFIX:ARGUMENT` chooses from.
#pragma once

#include <filesystem>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace reclint {

struct ImportedTable {
    std::string name;                  // `schema.table`, or `project.schema.table`
    std::vector<std::string> columns;  // in the table's order
    bool columns_listed = true;        // false: the source does not say which columns it has
};

// Tables sorted by name, each once.
struct ImportedCatalog {
    std::vector<ImportedTable> tables;
};

struct ImportRequest {
    std::string argument;              // what follows the source's prefix
    std::vector<std::string> schemas;  // `--schema`: only these (empty: all)
    std::filesystem::path cwd;         // file arguments are relative to it
};

// A catalog, or why there is none (one line, the position in a file included).
struct ImportResult {
    ImportedCatalog catalog;
    std::string error;
    bool ok() const { return error.empty(); }
};

// The extension point: a prefix (`postgres:`) and the importer that reads what follows it.
struct CatalogSource {
    std::string_view prefix;
    std::string_view argument;  // for the help: what follows the prefix
    ImportResult (*import)(const ImportRequest& request);
};

std::span<const CatalogSource> catalog_sources();
// The source whose prefix `from` starts with; null when none.
const CatalogSource* find_catalog_source(std::string_view from);

// Collects columns by table as an importer reads them, then sorts: tables by name, columns by
// their position in the table (ties: the order they came in).
class CatalogBuilder {
  public:
    explicit CatalogBuilder(std::vector<std::string> schemas) : schemas_(std::move(schemas)) {}
    // Whether `--schema` lets this schema's tables in.
    bool wanted(std::string_view schema) const;
    void add_table(const std::string& name) { tables_.try_emplace(name); }
    void add_column(const std::string& table, long position, std::string column);
    // `unlisted_when_empty`: a table without columns is one whose columns the source does not know.
    ImportedCatalog finish(bool unlisted_when_empty = false);

  private:
    std::vector<std::string> schemas_;
    std::map<std::string, std::vector<std::pair<long, std::string>>> tables_;
};

// The importers of catalog_sources(), each in its own file.
ImportResult import_postgres(const ImportRequest& request);
ImportResult import_bigquery(const ImportRequest& request);
ImportResult import_dbt(const ImportRequest& request);

}  // namespace reclint
