// The schemas of our kinds, each parsed once, on first use: valijson's compiled form for validating, and the JSON
// itself for explaining a violation (expected types, allowed keys, enum values).
#pragma once

#include <valijson/schema.hpp>

#include <nlohmann/json.hpp>

#include <string_view>

namespace reclint {

struct CompiledSchema {
    nlohmann::json json;
    valijson::Schema schema;
};

// The embedded schemas/<name>.json, compiled on the first call for it (thread-safe); null when
// there is none.
const CompiledSchema* compiled_schema(std::string_view name);

}  // namespace reclint
