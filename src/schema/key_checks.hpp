// The checks on a mapping's keys that valijson does not do well, walking schema and document
// together: every key a closed mapping (`additionalProperties: false`) does not allow (valijson
// names only the first), and `x-exactly-one-of` (a job has `command` or `commands`, not both).
#pragma once

#include <nlohmann/json.hpp>
#include <vector>

#include "load/node.hpp"
#include "schema/schema_validator.hpp"

namespace reclint {

void check_keys(const Node& node, const nlohmann::json& root_schema, std::vector<SchemaViolation>& violations);

// A copy of `schema` without `additionalProperties: false`, for valijson.
nlohmann::json without_closed_mappings(nlohmann::json schema);

}  // namespace reclint
