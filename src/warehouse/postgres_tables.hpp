// The tables and views of a PostgreSQL database with their columns, in one query: what the
// `postgres:` catalog source imports and what the live check compares with.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "warehouse/postgres_session.hpp"

namespace reclint {

struct PostgresTable {
    std::string schema;
    std::string table;
    std::vector<std::string> columns;  // in the table's order
    bool readable = false;             // the session's user may SELECT from it
};

// Sorted by schema, then table. `schemas` empty: every schema but PostgreSQL's own.
std::optional<std::vector<PostgresTable>> read_postgres_tables(PostgresSession& session,
                                                               const std::vector<std::string>& schemas,
                                                               std::string& error);

}  // namespace reclint
