// What a live database said about the warehouse during this run (`--warehouse`): its tables with
// their columns, whether reclint may read each, and, for the tables an imminent experiment shows,
// whether they hold rows. Filled by the warehouse layer before the rules run; rules only read it.
#pragma once

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace reclint {

struct LiveTable {
    std::string schema;  // the database's own names, for the queries
    std::string table;
    std::vector<std::string> columns;
    bool readable = false;         // the user may SELECT from it
    std::optional<bool> has_rows;  // asked only for the tables table/empty looks at
};

struct LiveWarehouse {
    std::string server;  // "PostgreSQL (host=... port=... dbname=... user=...)", never a password
    std::unordered_map<std::string, LiveTable> tables;  // by reclint's name, `schema.table`
};

}  // namespace reclint
