// Turns valijson's error descriptions into reclint messages: lowercase, naming the key, the
// expected and the actual type, with did-you-mean for unknown keys and enum values.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "load/node.hpp"
#include "schema/schema_validator.hpp"

namespace reclint {

// Where a valijson error points: the node, the schema that applies to it, and how to name it.
struct SchemaLocation {
    const Node* node;
    const nlohmann::json* schema;  // may be null when the path leaves the schema
    const Node* key;               // the key the node hangs under, if any
    std::string field;             // that key's text
    bool is_item;                  // the node is an item of the sequence under `field`
};

const nlohmann::json* resolve_reference(const nlohmann::json& root, const nlohmann::json* schema);
const nlohmann::json* subschema_for_key(const nlohmann::json& root, const nlohmann::json* schema,
                                        const std::string& key);
const nlohmann::json* subschema_for_items(const nlohmann::json& root, const nlohmann::json* schema);

// Null for valijson's summary errors ("Failed to validate item #0 ..."), which only repeat
// what a nested error says.
std::optional<SchemaViolation> explain_violation(const std::string& description, const SchemaLocation& at,
                                                 const nlohmann::json& root_schema);

}  // namespace reclint
