#include "schema/long_sequences.hpp"

#include <valijson/constraints/concrete_constraints.hpp>
#include <valijson/subschema.hpp>

#include <algorithm>
#include <string_view>

namespace reclint {

namespace {

namespace constraints = valijson::constraints;

// What a schema says of a node's children: the schema of its items or of its named keys, and
// whether another constraint (allOf, enum, uniqueItems ...) might look at them too.
struct ChildSchemas {
    const constraints::SingularItemsConstraint* items = nullptr;
    const constraints::PropertiesConstraint* properties = nullptr;
    bool only_these = true;
};

template <typename... Types>
bool is_any_of(const constraints::Constraint& constraint) {
    return (... || (dynamic_cast<const Types*>(&constraint) != nullptr));
}

bool looks_at_children(const constraints::Constraint& constraint) {
    using namespace constraints;
    return is_any_of<AllOfConstraint, AnyOfConstraint, ConditionalConstraint, ConstConstraint, ContainsConstraint,
                     DependenciesConstraint, EnumConstraint, LinearItemsConstraint, NotConstraint, OneOfConstraint,
                     PolyConstraint, UniqueItemsConstraint>(constraint);
}

ChildSchemas child_schemas(const valijson::Subschema& schema) {
    ChildSchemas children;
    valijson::Subschema::ApplyFunction visit = [&children](const constraints::Constraint& constraint) {
        children.only_these = children.only_these && !looks_at_children(constraint);
        if (const auto* items = dynamic_cast<const constraints::SingularItemsConstraint*>(&constraint)) {
            children.items = items;
        }
        if (const auto* properties = dynamic_cast<const constraints::PropertiesConstraint*>(&constraint)) {
            children.properties = properties;
        }
        return true;
    };
    schema.apply(visit);
    return children;
}

const valijson::Subschema* property_schema(const constraints::PropertiesConstraint& properties, std::string_view key) {
    const valijson::Subschema* found = nullptr;
    properties.applyToProperties([&](const auto& name, const valijson::Subschema* schema) {
        if (std::string_view(name.data(), name.size()) == key) found = schema;
        return found == nullptr;
    });
    return found;
}

struct Pending {
    const Node* node;
    const valijson::Subschema* schema;
    std::vector<std::string> context;
};

bool is_collection(const Node& node) {
    return node.is_sequence() || node.is_mapping();
}

}  // namespace

// Iterative, so that deep nesting cannot exhaust the stack; children are pushed last first, so
// that the sequences come out in document order.
std::vector<LongSequence> find_long_sequences(const Node& root, const valijson::Subschema& schema) {
    std::vector<LongSequence> found;
    std::vector<Pending> pending{{&root, &schema, {"<root>"}}};
    while (!pending.empty()) {
        Pending at = std::move(pending.back());
        pending.pop_back();
        const ChildSchemas children = child_schemas(*at.schema);
        if (!children.only_these) continue;
        const auto push = [&](const Node& child, const valijson::Subschema* child_schema, const std::string& step) {
            if (!child_schema || !is_collection(child)) return;
            std::vector<std::string> context = at.context;
            context.push_back("[" + step + "]");
            pending.push_back({&child, child_schema, std::move(context)});
        };
        if (at.node->is_sequence() && children.items && children.items->getItemsSubschema()) {
            const auto& items = at.node->items();
            if (items.size() >= kLongSequence) {
                found.push_back({at.node, children.items->getItemsSubschema(), std::move(at.context)});
                continue;
            }
            for (std::size_t i = items.size(); i-- > 0;)
                push(*items[i], children.items->getItemsSubschema(), std::to_string(i));
        } else if (at.node->is_mapping() && children.properties) {
            const auto& entries = at.node->entries();
            for (auto entry = entries.rbegin(); entry != entries.rend(); ++entry) {
                if (!entry->key->is_scalar() || !is_collection(*entry->value)) continue;
                const std::string key(entry->key->value());
                push(*entry->value, property_schema(*children.properties, key), key);
            }
        }
    }
    return found;
}

namespace {

thread_local const std::vector<const Node*>* hidden_sequences = nullptr;

}  // namespace

HiddenItems::HiddenItems(const std::vector<LongSequence>& sequences) : outer_(hidden_sequences) {
    for (const LongSequence& sequence : sequences)
        nodes_.push_back(sequence.node);
    hidden_sequences = &nodes_;
}

HiddenItems::~HiddenItems() {
    hidden_sequences = outer_;
}

bool HiddenItems::hides(const Node& sequence) {
    return hidden_sequences &&
           std::find(hidden_sequences->begin(), hidden_sequences->end(), &sequence) != hidden_sequences->end();
}

void ViolationCap::add(SchemaViolation violation) {
    const auto kind = static_cast<std::size_t>(violation.kind);
    if (violation.left_out == 0 && kept_[kind] < most_) {
        ++kept_[kind];
        violations_.push_back(std::move(violation));
    } else if (left_out_at_[kind] != kNone) {
        violations_[left_out_at_[kind]].left_out += std::max<std::size_t>(violation.left_out, 1);
    } else {
        violation.left_out = std::max<std::size_t>(violation.left_out, 1);
        violation.message.clear();
        left_out_at_[kind] = violations_.size();
        violations_.push_back(std::move(violation));
    }
}

}  // namespace reclint
