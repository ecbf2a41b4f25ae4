#include "schema/schema_validator.hpp"

#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include <algorithm>
#include <unordered_set>

#include "schema/argo_schema.hpp"
#include "schema/compiled_schemas.hpp"
#include "schema/key_checks.hpp"
#include "schema/long_sequences.hpp"
#include "schema/node_adapter.hpp"
#include "schema/violation_message.hpp"

namespace reclint {

namespace {

bool is_required(const nlohmann::json* schema, const std::string& key) {
    if (!schema) return false;
    const auto required = schema->find("required");
    return required != schema->end() && required->is_array() &&
           std::find(required->begin(), required->end(), key) != required->end();
}

// Follows valijson's context path ("<root>", "[jobs]", "[0]", ...) through the node tree and the
// schema side by side. `optional_key` tells whether the node is the value of a key its mapping's
// schema does not require.
SchemaLocation locate(const std::vector<std::string>& context, const Node& root, const nlohmann::json& root_schema,
                      bool& optional_key) {
    SchemaLocation at{&root, resolve_reference(root_schema, &root_schema), nullptr, "", false};
    optional_key = false;
    for (const std::string& step : context) {
        if (step.size() < 2 || step.front() != '[' || step.back() != ']') continue;
        const std::string key = step.substr(1, step.size() - 2);
        const nlohmann::json* schema = at.schema;
        if (at.node->is_mapping()) {
            const MapEntry* entry = at.node->find_entry(key);
            if (!entry) break;
            optional_key = !is_required(schema, key);
            at = {entry->value, subschema_for_key(root_schema, schema, key), entry->key, key, false};
        } else if (at.node->is_sequence()) {
            const std::size_t index = std::stoul(key);
            if (index >= at.node->items().size()) break;
            optional_key = false;
            at = {at.node->items()[index], subschema_for_items(root_schema, schema), at.key, at.field, true};
        } else {
            break;
        }
    }
    return at;
}

// Kubernetes (and so Argo) reads a key whose value is null (`outputs:` with nothing after it) as
// absent: no type to check unless the key is required.
bool is_absent_in_kubernetes(const Node& node, bool optional_key) {
    return optional_key && (node.is_null() || (node.is_scalar() && node.scalar_type() == ScalarType::null));
}

// Argo's own schema says more than ours (every key, every type), ours says it more precisely
// (our titles, `minItems`): of two type errors at one node, ours is kept.
void add_argo_schema_violations(const Node& root, std::string_view version, std::vector<SchemaViolation>& violations) {
    std::vector<SchemaViolation> argo;
    check_argo_schema(root, version, argo);
    std::unordered_set<std::uint64_t> invalid;
    const auto key = [](const Span& span) { return (std::uint64_t{span.begin} << 32) ^ span.end; };
    for (const SchemaViolation& violation : violations) {
        if (violation.kind == SchemaViolation::Kind::invalid) invalid.insert(key(violation.span));
    }
    for (SchemaViolation& violation : argo) {
        if (violation.kind != SchemaViolation::Kind::invalid || !invalid.contains(key(violation.span)))
            violations.push_back(std::move(violation));
    }
}

// valijson's errors as violations; `prefix` replaces the "<root>" of their paths when the root
// validated was an item of a long sequence.
void explain_all(valijson::ValidationResults& results, const std::vector<std::string>& prefix, const Node& root,
                 const CompiledSchema& compiled, bool kubernetes, std::vector<SchemaViolation>& violations) {
    valijson::ValidationResults::Error error;
    while (results.popError(error)) {
        if (!prefix.empty() && !error.context.empty()) {
            error.context.erase(error.context.begin());
            error.context.insert(error.context.begin(), prefix.begin(), prefix.end());
        }
        bool optional_key = false;
        const SchemaLocation at = locate(error.context, root, compiled.json, optional_key);
        if (kubernetes && is_absent_in_kubernetes(*at.node, optional_key)) continue;
        if (auto violation = explain_violation(error.description, at, compiled.json)) {
            violations.push_back(std::move(*violation));
        }
    }
}

void in_document_order(std::vector<SchemaViolation>& violations) {
    std::stable_sort(violations.begin(), violations.end(),
                     [](const auto& a, const auto& b) { return a.span.begin < b.span.begin; });
    violations.erase(
        std::unique(violations.begin(), violations.end(),
                    [](const auto& a, const auto& b) { return a.span == b.span && a.message == b.message; }),
        violations.end());
}

// Each item on its own: valijson's errors are turned into violations, and capped, before the next.
void validate_items(valijson::Validator& validator, const LongSequence& sequence, const Node& root,
                    const CompiledSchema& compiled, bool kubernetes, ViolationCap& cap) {
    const auto& items = sequence.node->items();
    std::vector<std::string> prefix = sequence.context;
    prefix.emplace_back();
    std::vector<SchemaViolation> of_item;
    for (std::size_t i = 0; i < items.size(); ++i) {
        valijson::ValidationResults results;
        validator.validate(*sequence.items, NodeAdapter(*items[i]), &results);
        prefix.back() = "[" + std::to_string(i) + "]";
        of_item.clear();
        explain_all(results, prefix, root, compiled, kubernetes, of_item);
        in_document_order(of_item);
        for (SchemaViolation& violation : of_item)
            cap.add(std::move(violation));
    }
}

}  // namespace

std::vector<SchemaViolation> validate_against_schema(const Node& root, std::string_view schema,
                                                     std::size_t most_per_kind, std::string_view argo_version) {
    const CompiledSchema* compiled = compiled_schema(schema);
    if (!compiled) return {};
    valijson::Validator validator;
    std::vector<SchemaViolation> violations;
    check_keys(root, compiled->json, violations);
    const std::vector<LongSequence> long_sequences = find_long_sequences(root, compiled->schema);
    valijson::ValidationResults results;
    ViolationCap of_items(most_per_kind);
    try {
        {
            const HiddenItems hidden(long_sequences);
            validator.validate(compiled->schema, NodeAdapter(root), &results);
        }
        for (const LongSequence& sequence : long_sequences)
            validate_items(validator, sequence, root, *compiled, !argo_version.empty(), of_items);
    } catch (const std::exception& error) {
        violations.push_back({SchemaViolation::Kind::invalid, root.span,
                              std::string("could not validate the document: ") + error.what()});
        return violations;
    }
    explain_all(results, {}, root, *compiled, !argo_version.empty(), violations);
    std::vector<SchemaViolation> kept = of_items.take();
    violations.insert(violations.end(), std::make_move_iterator(kept.begin()), std::make_move_iterator(kept.end()));
    if (!argo_version.empty()) add_argo_schema_violations(root, argo_version, violations);
    in_document_order(violations);
    ViolationCap capped(most_per_kind);
    for (SchemaViolation& violation : violations)
        capped.add(std::move(violation));
    return capped.take();
}

}  // namespace reclint
