// Validates documents against the JSON Schema of their kind.
#pragma once

#include <string>
#include <vector>

#include "load/node.hpp"
#include "vocabulary/document_kind.hpp"

namespace reclint {

struct SchemaViolation {
    enum class Kind { invalid, unknown_key };
    Kind kind;
    Span span;
    std::string message;
};

// Every violation in the document, deduplicated and in document order. Kinds without a schema
// (none, argo) have none. Schemas are compiled once per process, on first use, thread-safely.
std::vector<SchemaViolation> validate_against_schema(const Node& root, DocumentKind kind);

}  // namespace reclint
