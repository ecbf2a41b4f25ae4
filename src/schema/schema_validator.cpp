#include "schema/schema_validator.hpp"

#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include <algorithm>

#include "schema/compiled_schemas.hpp"
#include "schema/key_checks.hpp"
#include "schema/node_adapter.hpp"
#include "schema/violation_message.hpp"

namespace reclint {

namespace {

// Follows valijson's context path ("<root>", "[jobs]", "[0]", ...) through the node tree and the
// schema side by side.
SchemaLocation locate(const std::vector<std::string>& context, const Node& root, const nlohmann::json& root_schema) {
    SchemaLocation at{&root, resolve_reference(root_schema, &root_schema), nullptr, "", false};
    for (const std::string& step : context) {
        if (step.size() < 2 || step.front() != '[' || step.back() != ']') continue;
        const std::string key = step.substr(1, step.size() - 2);
        const nlohmann::json* schema = at.schema;
        if (at.node->is_mapping()) {
            const MapEntry* entry = at.node->find_entry(key);
            if (!entry) break;
            at = {entry->value, subschema_for_key(root_schema, schema, key), entry->key, key, false};
        } else if (at.node->is_sequence()) {
            const std::size_t index = std::stoul(key);
            if (index >= at.node->items().size()) break;
            at = {at.node->items()[index], subschema_for_items(root_schema, schema), at.key, at.field, true};
        } else {
            break;
        }
    }
    return at;
}

}  // namespace

std::vector<SchemaViolation> validate_against_schema(const Node& root, std::string_view schema) {
    const CompiledSchema* compiled = compiled_schema(schema);
    if (!compiled) return {};
    valijson::ValidationResults results;
    valijson::Validator validator;
    std::vector<SchemaViolation> violations;
    check_keys(root, compiled->json, violations);
    try {
        validator.validate(compiled->schema, NodeAdapter(root), &results);
    } catch (const std::exception& error) {
        violations.push_back({SchemaViolation::Kind::invalid, root.span,
                              std::string("could not validate the document: ") + error.what()});
        return violations;
    }
    valijson::ValidationResults::Error error;
    while (results.popError(error)) {
        const SchemaLocation at = locate(error.context, root, compiled->json);
        if (auto violation = explain_violation(error.description, at, compiled->json)) {
            violations.push_back(std::move(*violation));
        }
    }
    std::stable_sort(violations.begin(), violations.end(),
                     [](const auto& a, const auto& b) { return a.span.begin < b.span.begin; });
    violations.erase(
        std::unique(violations.begin(), violations.end(),
                    [](const auto& a, const auto& b) { return a.span == b.span && a.message == b.message; }),
        violations.end());
    return violations;
}

}  // namespace reclint
