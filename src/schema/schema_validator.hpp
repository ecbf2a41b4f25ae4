// Validates documents against a JSON Schema of schemas/ (the table of document kinds says which).
#pragma once

#include <cstddef>
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
    // More than 0: stands for that many violations of its kind from here on, left out (no message).
    std::size_t left_out = 0;
    // An unknown key's did-you-mean when it is the only candidate that close and the mapping lacks
    // it: the key the author surely meant (a fix writes it); else empty.
    std::string replacement = {};
};

// The violation of `entry`'s key, unknown in `mapping`: `message` with its did-you-mean among
// `known`, and the replacement when it is safe.
SchemaViolation unknown_key_violation(const Node& mapping, const MapEntry& entry, std::string message,
                                      const std::vector<std::string_view>& known);

// Every violation in the document against schemas/<schema>.json, deduplicated and in document
// order; none when there is no such schema. Past `most_per_kind` violations of a kind, the rest are
// counted, not kept, so that memory stays bounded. With an `argo_version` ("3.7", "4.1") the document
// is an Argo manifest: it is also checked against Argo's own schema of that version, and an optional
// key whose value is null counts as absent, as Kubernetes reads it. Schemas are compiled once per
// process, on first use, thread-safely.
std::vector<SchemaViolation> validate_against_schema(const Node& root, std::string_view schema,
                                                     std::size_t most_per_kind, std::string_view argo_version = {});

}  // namespace reclint
