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
// order; none when there is no such schema. With an `argo_version` ("3.7", "4.1") the document is
// an Argo manifest: it is also checked against Argo's own schema of that version, and an optional
// key whose value is null counts as absent, as Kubernetes reads it. Schemas are compiled once per
// process, on first use, thread-safely.
std::vector<SchemaViolation> validate_against_schema(const Node& root, std::string_view schema,
                                                     std::string_view argo_version = {});

}  // namespace reclint
