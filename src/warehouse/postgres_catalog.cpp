// The `postgres:CONNINFO` catalog source: the tables, views and materialized views of a
// PostgreSQL database, named `schema.table`, through libpq.
#include "warehouse/imported_catalog.hpp"
#include "warehouse/postgres_tables.hpp"

namespace reclint {

namespace {

// Tables (plain, partitioned, foreign), views and materialized views; partitions are part of
// their parent. Columns in their order; a table without columns still appears (LEFT JOIN).
constexpr const char* kTablesQuery = R"sql(
SELECT n.nspname, c.relname, a.attname, has_table_privilege(c.oid, 'SELECT')
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND NOT c.relispartition
  AND n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\_%'
)sql";

std::string schema_filter(std::size_t count) {
    if (count == 0) return "";
    std::string filter = "  AND n.nspname IN (";
    for (std::size_t i = 0; i < count; ++i)
        filter += (i ? ", $" : "$") + std::to_string(i + 1);
    return filter + ")\n";
}

}  // namespace

std::optional<std::vector<PostgresTable>> read_postgres_tables(PostgresSession& session,
                                                               const std::vector<std::string>& schemas,
                                                               std::string& error) {
    const std::string sql = kTablesQuery + schema_filter(schemas.size()) + "ORDER BY n.nspname, c.relname, a.attnum";
    const std::optional<QueryRows> rows = session.query(sql, schemas, error);
    if (!rows) return std::nullopt;
    std::vector<PostgresTable> tables;
    for (int row = 0; row < rows->count(); ++row) {
        const std::string_view schema = rows->value(row, 0);
        const std::string_view table = rows->value(row, 1);
        if (tables.empty() || tables.back().schema != schema || tables.back().table != table)
            tables.push_back({std::string(schema), std::string(table), {}, rows->value(row, 3) == "t"});
        if (!rows->is_null(row, 2)) tables.back().columns.emplace_back(rows->value(row, 2));
    }
    return tables;
}

ImportResult import_postgres(const ImportRequest& request) {
    ImportResult result;
    const std::unique_ptr<PostgresSession> session = PostgresSession::open(request.argument, result.error);
    if (!session) return result;
    const std::optional<std::vector<PostgresTable>> tables =
        read_postgres_tables(*session, request.schemas, result.error);
    if (!tables) return result;
    CatalogBuilder builder({});
    for (const PostgresTable& table : *tables) {
        const std::string name = table.schema + "." + table.table;
        builder.add_table(name);
        long position = 0;
        for (const std::string& column : table.columns)
            builder.add_column(name, position++, column);
    }
    result.catalog = builder.finish();
    return result;
}

}  // namespace reclint
