// `--warehouse postgres:CONNINFO`: asks the live database, in one read-only session, which tables
// exist with which columns (one query), then whether each table that matters holds rows (one
// batched query, however many tables).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/live_warehouse.hpp"

namespace reclint {

struct LiveWarehouseResult {
    std::optional<LiveWarehouse> warehouse;  // none: `error` says why
    std::string error;
    // Tables of `needs_rows` that the user may not read: whether they hold rows is unknown.
    std::vector<std::string> unreadable;
};

// `source` is what `--warehouse` was given (`postgres:CONNINFO`); `needs_rows` are table names,
// each once.
LiveWarehouseResult read_live_warehouse(const std::string& source, const std::vector<std::string>& needs_rows);

// The warehouse sources `--warehouse` takes, for messages: "postgres:CONNINFO".
std::string live_warehouse_sources();

}  // namespace reclint
