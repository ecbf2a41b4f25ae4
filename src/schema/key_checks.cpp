#include "schema/key_checks.hpp"

#include "schema/violation_message.hpp"
#include "text/did_you_mean.hpp"
#include "text/quoted.hpp"

namespace reclint {

namespace {

bool is_closed(const nlohmann::json& schema) {
    const auto found = schema.find("additionalProperties");
    return found != schema.end() && found->is_boolean() && !found->get<bool>();
}

SchemaViolation unknown_key(const Node& mapping, const MapEntry& entry, const nlohmann::json& schema) {
    std::vector<std::string_view> known;
    if (schema.contains("properties")) {
        for (const auto& [name, unused] : schema["properties"].items())
            known.push_back(name);
    }
    const std::string_view key = entry.key->value();
    std::string message = "unknown key " + quoted(key);
    if (schema.contains("title")) message += " in " + schema["title"].get<std::string>();
    return unknown_key_violation(mapping, entry, std::move(message), known);
}

// `x-exactly-one-of: [a, b]`: the mapping has exactly one of the keys. Neither is reported at the
// mapping, both at the second one.
void check_exactly_one_of(const Node& node, const nlohmann::json& schema, std::vector<SchemaViolation>& violations) {
    const auto found = schema.find("x-exactly-one-of");
    if (found == schema.end()) return;
    std::vector<const MapEntry*> present;
    std::string names;
    for (const auto& key : *found) {
        const std::string name = key.get<std::string>();
        names += (names.empty() ? "" : " or ") + reclint::quoted(name);
        if (const MapEntry* entry = node.find_entry(name)) present.push_back(entry);
    }
    const std::string what = schema.value("title", std::string("the mapping"));
    if (present.empty()) {
        violations.push_back({SchemaViolation::Kind::invalid, node.span, what + " needs one of " + names});
    } else if (present.size() > 1) {
        const MapEntry* later = std::max(present[0], present[1]);
        const MapEntry* earlier = std::min(present[0], present[1]);
        violations.push_back({SchemaViolation::Kind::invalid, later->key->span,
                              what + " has both \"" + std::string(earlier->key->value()) + "\" and \"" +
                                  std::string(later->key->value()) + "\"; keep one"});
    }
}

// Recursion follows the schema, which is a few levels deep, not the document.
void walk(const Node& node, const nlohmann::json* schema, const nlohmann::json& root,
          std::vector<SchemaViolation>& violations) {
    schema = resolve_reference(root, schema);
    if (!schema) return;
    if (node.is_mapping()) {
        check_exactly_one_of(node, *schema, violations);
        for (const MapEntry& entry : node.entries()) {
            const std::string key(entry.key->value());
            if (schema->contains("properties") && (*schema)["properties"].contains(key)) {
                walk(*entry.value, &(*schema)["properties"][key], root, violations);
            } else if (is_closed(*schema)) {
                violations.push_back(unknown_key(node, entry, *schema));
            } else if (schema->contains("additionalProperties")) {
                walk(*entry.value, &(*schema)["additionalProperties"], root, violations);
            }
        }
    } else if (node.is_sequence() && schema->contains("items")) {
        for (const Node* item : node.items())
            walk(*item, &(*schema)["items"], root, violations);
    }
}

}  // namespace

void check_keys(const Node& node, const nlohmann::json& root_schema, std::vector<SchemaViolation>& violations) {
    walk(node, &root_schema, root_schema, violations);
}

nlohmann::json without_closed_mappings(nlohmann::json schema) {
    if (schema.is_object()) {
        if (is_closed(schema)) schema.erase("additionalProperties");
        for (auto& [key, value] : schema.items())
            value = without_closed_mappings(std::move(value));
    } else if (schema.is_array()) {
        for (auto& value : schema)
            value = without_closed_mappings(std::move(value));
    }
    return schema;
}

}  // namespace reclint
