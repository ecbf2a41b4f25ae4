#include "schema/argo_schema.hpp"

#include <algorithm>
#include <cstdint>
#include <string>

#include "schema/argo_shapes.hpp"
#include "text/did_you_mean.hpp"
#include "text/digits.hpp"
#include "text/quoted.hpp"

namespace reclint {

namespace {

bool is_absent(const Node& node) {
    return node.is_null() || (node.is_scalar() && node.scalar_type() == ScalarType::null);
}

// [+-] digits [. digits] then an exponent or a suffix: Kubernetes' resource.Quantity.
bool is_quantity(std::string_view text) {
    const std::size_t sign = !text.empty() && (text[0] == '+' || text[0] == '-') ? 1 : 0;
    const DecimalPrefix number = decimal_prefix(text.substr(sign));
    if (number.digits == 0) return false;
    const std::string_view suffix = text.substr(sign + number.length);
    static constexpr std::string_view kSuffixes[] = {"",  "Ki", "Mi", "Gi", "Ti", "Pi", "Ei", "n",
                                                     "u", "m",  "k",  "M",  "G",  "T",  "P",  "E"};
    if (std::find(std::begin(kSuffixes), std::end(kSuffixes), suffix) != std::end(kSuffixes)) return true;
    if (suffix.size() < 2 || (suffix[0] != 'e' && suffix[0] != 'E')) return false;
    std::size_t exponent = (suffix[1] == '+' || suffix[1] == '-') ? 2 : 1;
    if (exponent >= suffix.size()) return false;
    for (; exponent < suffix.size(); ++exponent) {
        if (!is_digit(suffix[exponent])) return false;
    }
    return true;
}

bool is_number(const Node& node) {
    return node.is_scalar() && (node.scalar_type() == ScalarType::integer || node.scalar_type() == ScalarType::number);
}

bool fits(const Node& node, const ArgoShape& shape) {
    using namespace argo_type;
    if (shape.any_scalar) return node.is_scalar();
    if (shape.int_or_string) return node.is_string() || node.as_integer().has_value();
    if (shape.quantity) {
        if (is_number(node)) return true;
        return node.is_string() && (node.value().find("{{") != std::string_view::npos || is_quantity(node.value()));
    }
    if (shape.types == 0) return true;
    const bool scalar = node.is_scalar();
    return ((shape.types & object) && node.is_mapping()) || ((shape.types & array) && node.is_sequence()) ||
           ((shape.types & string) && node.is_string()) ||
           ((shape.types & integer) && scalar && node.as_integer().has_value()) ||
           ((shape.types & number) && is_number(node)) ||
           ((shape.types & boolean) && scalar && node.scalar_type() == ScalarType::boolean);
}

std::string expected(const ArgoShape& shape) {
    using namespace argo_type;
    if (shape.any_scalar) return "a string, a number or a boolean";
    if (shape.int_or_string) return "an integer or a string";
    if (shape.quantity) return "a Kubernetes quantity (a number, or a string such as \"500m\" or \"1Gi\")";
    static constexpr std::pair<std::uint8_t, std::string_view> kPhrases[] = {
        {object, "a mapping"},   {array, "a sequence"}, {string, "a string"},
        {integer, "an integer"}, {number, "a number"},  {boolean, "a boolean (true or false)"}};
    std::string phrase;
    for (const auto& [bit, text] : kPhrases) {
        if (shape.types & bit) phrase += (phrase.empty() ? "" : " or ") + std::string(text);
    }
    return phrase;
}

// A value waiting to be checked, and how a message names it.
struct Pending {
    const Node* node;
    std::uint32_t shape;
    std::string_view field;  // the key it hangs under; empty at the root
    bool is_item;
};

class Walker {
  public:
    Walker(const ArgoShapes& schema, std::vector<SchemaViolation>& violations)
        : schema_(schema), violations_(violations) {}

    void run(const Node& root, std::uint32_t shape) {
        pending_.push_back({&root, shape, {}, false});
        while (!pending_.empty()) {
            const Pending at = pending_.back();
            pending_.pop_back();
            visit(at);
        }
    }

  private:
    void visit(const Pending& at) {
        const ArgoShape& shape = schema_.shapes[at.shape];
        if (shape.is_anything() || is_absent(*at.node)) return;
        if (!fits(*at.node, shape)) {
            report_type(at, shape);
            return;
        }
        if (at.node->is_sequence() && shape.items != kNoShape) {
            for (auto item = at.node->items().rbegin(); item != at.node->items().rend(); ++item)
                pending_.push_back({*item, shape.items, at.field, true});
        } else if (at.node->is_mapping()) {
            visit_mapping(*at.node, shape);
        }
    }

    void visit_mapping(const Node& node, const ArgoShape& shape) {
        for (const std::string_view key : schema_.required_of(shape)) {
            const Node* value = node.find(key);
            if (!value || is_absent(*value)) {
                violations_.push_back({SchemaViolation::Kind::invalid, node.span,
                                       "missing required key " + reclint::quoted(key) + in(shape)});
            }
        }
        const std::size_t first = pending_.size();
        for (const MapEntry& entry : node.entries()) {
            const std::string_view key = entry.key->value();
            if (const std::uint32_t property = schema_.property(shape, key); property != kNoShape) {
                pending_.push_back({entry.value, property, key, false});
            } else if (shape.properties.count != 0) {
                report_unknown(node, entry, shape);
            } else if (shape.values != kNoShape) {
                pending_.push_back({entry.value, shape.values, key, false});
            }
        }
        std::reverse(pending_.begin() + static_cast<std::ptrdiff_t>(first), pending_.end());
    }

    void report_type(const Pending& at, const ArgoShape& shape) {
        const std::string subject = at.is_item         ? "each item of " + reclint::quoted(at.field)
                                    : at.field.empty() ? std::string("the document")
                                                       : reclint::quoted(at.field);
        std::string message = subject + " must be " + expected(shape) + ", not ";
        if (shape.quantity && at.node->is_string()) {
            message += reclint::quoted(at.node->value());
        } else {
            message += describe_type(*at.node);
            if (shape.types == argo_type::string && at.node->is_scalar()) message += "; quote it to make it text";
        }
        violations_.push_back({SchemaViolation::Kind::invalid, at.node->span, message});
    }

    void report_unknown(const Node& mapping, const MapEntry& entry, const ArgoShape& shape) {
        const std::string_view key = entry.key->value();
        std::string message = "unknown key " + reclint::quoted(key) + in(shape);
        for (const auto& [removed, replacement] : schema_.removed_of(shape)) {
            if (removed != key) continue;
            message.append(" of Argo ").append(schema_.version).append(": ").append(replacement);
            violations_.push_back({SchemaViolation::Kind::unknown_key, entry.key->span, std::move(message)});
            return;
        }
        std::vector<std::string_view> known;
        known.reserve(shape.properties.count);
        for (const auto& [name, unused] : schema_.properties_of(shape))
            known.push_back(name);
        violations_.push_back(unknown_key_violation(mapping, entry, std::move(message), known));
    }

    static std::string in(const ArgoShape& shape) {
        return shape.title.empty() ? "" : " in " + std::string(shape.title);
    }

    const ArgoShapes& schema_;
    std::vector<SchemaViolation>& violations_;
    std::vector<Pending> pending_;
};

}  // namespace

void check_argo_schema(const Node& root, std::string_view version, std::vector<SchemaViolation>& violations) {
    const Node* kind = root.is_mapping() ? root.find("kind") : nullptr;
    if (!kind || !kind->is_string()) return;
    const ArgoShapes* schema = argo_shapes(version);
    if (!schema) return;
    const std::uint32_t shape = schema->kind(kind->value());
    if (shape != kNoShape) Walker(*schema, violations).run(root, shape);
}

}  // namespace reclint
