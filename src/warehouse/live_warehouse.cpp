#include "warehouse/live_warehouse.hpp"

#include "warehouse/postgres_tables.hpp"

namespace reclint {

namespace {

constexpr std::string_view kPostgresPrefix = "postgres:";

// `SELECT 0, EXISTS (SELECT 1 FROM "s"."t") UNION ALL SELECT 1, ...`: one round trip for every
// table, each identifier quoted by libpq.
std::string emptiness_query(PostgresSession& session, const std::vector<LiveTable*>& tables) {
    std::string sql;
    for (std::size_t i = 0; i < tables.size(); ++i) {
        sql += i == 0 ? "SELECT " : " UNION ALL SELECT ";
        sql += std::to_string(i) + ", EXISTS (SELECT 1 FROM " + session.quote_identifier(tables[i]->schema) + "." +
               session.quote_identifier(tables[i]->table) + ")";
    }
    return sql;
}

bool read_rows(PostgresSession& session, const std::vector<LiveTable*>& tables, std::string& error) {
    if (tables.empty()) return true;
    const std::optional<QueryRows> rows = session.query(emptiness_query(session, tables), {}, error);
    if (!rows) return false;
    for (int row = 0; row < rows->count(); ++row) {
        const std::size_t index = std::stoul(std::string(rows->value(row, 0)));
        if (index < tables.size()) tables[index]->has_rows = rows->value(row, 1) == "t";
    }
    return true;
}

}  // namespace

std::string live_warehouse_sources() {
    return std::string(kPostgresPrefix) + "CONNINFO";
}

LiveWarehouseResult read_live_warehouse(const std::string& source, const std::vector<std::string>& needs_rows) {
    // `needs_rows` is sorted and holds each name once (see the header).
    LiveWarehouseResult result;
    if (!source.starts_with(kPostgresPrefix)) {
        result.error = "--warehouse takes " + live_warehouse_sources();
        return result;
    }
    const std::unique_ptr<PostgresSession> session =
        PostgresSession::open(source.substr(kPostgresPrefix.size()), result.error);
    if (!session) return result;
    std::optional<std::vector<PostgresTable>> tables = read_postgres_tables(*session, {}, result.error);
    if (!tables) return result;
    LiveWarehouse warehouse{"PostgreSQL (" + session->server() + ")", {}};
    for (PostgresTable& table : *tables) {
        std::string name = table.schema + "." + table.table;
        warehouse.tables.emplace(
            std::move(name),
            LiveTable{std::move(table.schema), std::move(table.table), std::move(table.columns), table.readable, {}});
    }
    std::vector<LiveTable*> asked;
    for (const std::string& name : needs_rows) {
        const auto found = warehouse.tables.find(name);
        if (found == warehouse.tables.end()) continue;
        if (!found->second.readable) {
            result.unreadable.push_back(name);
        } else {
            asked.push_back(&found->second);
        }
    }
    if (!read_rows(*session, asked, result.error)) return result;
    result.warehouse = std::move(warehouse);
    return result;
}

}  // namespace reclint
