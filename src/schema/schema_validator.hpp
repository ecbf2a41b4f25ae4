// Validates documents against a JSON Schema of schemas/ (the table of document kinds says which).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "load/node.hpp"

namespace reclint {

struct SchemaViolation {
    enum class Kind { invalid, unknown_key };
    Kind kind;
    Span span;
    std::string message;
};

// Every violation in the document against schemas/<schema>.json, deduplicated and in document
// order; none when there is no such schema. Schemas are compiled once per process, on first use,
// thread-safely.
std::vector<SchemaViolation> validate_against_schema(const Node& root, std::string_view schema);

}  // namespace reclint
