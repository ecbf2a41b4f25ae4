// The schemas of our kinds, parsed once: valijson's compiled form for validating, and the JSON
// itself for explaining a violation (expected types, allowed keys, enum values).
#pragma once

#include <valijson/schema.hpp>

#include <nlohmann/json.hpp>

#include "vocabulary/document_kind.hpp"

namespace reclint {

struct CompiledSchema {
    nlohmann::json json;
    valijson::Schema schema;
};

// Null for kinds without a schema.
const CompiledSchema* compiled_schema(DocumentKind kind);

}  // namespace reclint
