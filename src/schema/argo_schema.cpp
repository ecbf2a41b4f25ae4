#include "schema/argo_schema.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

#include "schema/embedded_schemas.hpp"
#include "text/did_you_mean.hpp"
#include "text/digits.hpp"
#include "text/quoted.hpp"

namespace reclint {

namespace {

constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();

enum TypeBit : std::uint8_t { object = 1, array = 2, string = 4, integer = 8, number = 16, boolean = 32 };

// One schema, compiled: what a value may be and, for an object, its keys.
struct Shape {
    std::uint8_t types = 0;  // TypeBit mask; 0 with nothing else set: anything
    bool int_or_string = false;
    bool quantity = false;
    bool any_scalar = false;                                        // Argo's AnyString: text, a number or a boolean
    std::vector<std::pair<std::string, std::uint32_t>> properties;  // sorted; non-empty: a closed object
    std::uint32_t items = kNone;
    std::uint32_t values = kNone;  // additionalProperties: a map
    std::vector<std::string> required;
    std::vector<std::pair<std::string, std::string>> removed;  // key -> what replaced it
    std::string title;

    std::uint32_t property(std::string_view key) const {
        const auto found =
            std::lower_bound(properties.begin(), properties.end(), key,
                             [](const auto& entry, std::string_view wanted) { return entry.first < wanted; });
        return found != properties.end() && found->first == key ? found->second : kNone;
    }
    bool is_anything() const {
        return types == 0 && !int_or_string && !quantity && !any_scalar && properties.empty() && items == kNone &&
               values == kNone;
    }
};

class CompiledArgoSchema {
  public:
    explicit CompiledArgoSchema(const nlohmann::json& json) {
        const nlohmann::json& definitions = json.at("definitions");
        for (const auto& [name, unused] : definitions.items())
            index_.emplace(name, static_cast<std::uint32_t>(index_.size()));
        shapes_.resize(index_.size());
        for (const auto& [name, definition] : definitions.items())
            fill(index_.at(name), definition);
        for (const auto& [kind, reference] : json.at("x-kinds").items())
            kinds_.emplace(kind, resolve(reference.get<std::string>()));
        version_ = json.at("x-argo-version").get<std::string>();
    }

    const Shape& shape(std::uint32_t at) const { return shapes_[at]; }
    std::uint32_t kind(std::string_view name) const {
        const auto found = kinds_.find(std::string(name));
        return found == kinds_.end() ? kNone : found->second;
    }
    const std::string& version() const { return version_; }

  private:
    std::uint32_t resolve(const std::string& reference) const {
        return index_.at(reference.substr(reference.rfind('/') + 1));
    }

    // The shape of an inline schema, or of the definition it refers to.
    std::uint32_t add(const nlohmann::json& schema) {
        if (schema.contains("$ref")) return resolve(schema["$ref"].get<std::string>());
        shapes_.emplace_back();
        const auto at = static_cast<std::uint32_t>(shapes_.size() - 1);
        fill(at, schema);
        return at;
    }

    void fill(std::uint32_t at, const nlohmann::json& schema) {
        Shape shape;
        if (const auto type = schema.find("type"); type != schema.end()) shape.types = type_bit(*type);
        shape.int_or_string = schema.value("x-int-or-string", false);
        shape.quantity = schema.value("x-quantity", false);
        shape.any_scalar = schema.value("x-any-scalar", false);
        shape.title = schema.value("title", std::string());
        if (const auto properties = schema.find("properties"); properties != schema.end()) {
            for (const auto& [key, value] : properties->items())
                shape.properties.emplace_back(key, add(value));
            std::sort(shape.properties.begin(), shape.properties.end());
        }
        if (const auto items = schema.find("items"); items != schema.end()) shape.items = add(*items);
        if (const auto values = schema.find("additionalProperties"); values != schema.end() && values->is_object())
            shape.values = add(*values);
        if (const auto required = schema.find("required"); required != schema.end())
            shape.required = required->get<std::vector<std::string>>();
        if (const auto removed = schema.find("x-removed"); removed != schema.end()) {
            for (const auto& [key, replacement] : removed->items())
                shape.removed.emplace_back(key, replacement.get<std::string>());
        }
        shapes_[at] = std::move(shape);
    }

    static std::uint8_t type_bit(const nlohmann::json& type) {
        static constexpr std::pair<std::string_view, std::uint8_t> kBits[] = {{"object", object}, {"array", array},
                                                                              {"string", string}, {"integer", integer},
                                                                              {"number", number}, {"boolean", boolean}};
        const std::string name = type.get<std::string>();
        for (const auto& [text, bit] : kBits) {
            if (text == name) return bit;
        }
        return 0;
    }

    std::map<std::string, std::uint32_t> index_;
    std::vector<Shape> shapes_;
    std::map<std::string, std::uint32_t, std::less<>> kinds_;
    std::string version_;
};

const CompiledArgoSchema* compiled_argo_schema(std::string_view version) {
    static std::mutex mutex;
    static std::map<std::string, std::unique_ptr<CompiledArgoSchema>, std::less<>> compiled;
    const std::lock_guard lock(mutex);
    if (const auto found = compiled.find(version); found != compiled.end()) return found->second.get();
    const std::string name = "argo-workflows-" + std::string(version);
    for (const EmbeddedSchema& embedded : embedded_schemas()) {
        if (embedded.name != name) continue;
        auto schema = std::make_unique<CompiledArgoSchema>(nlohmann::json::parse(embedded.text));
        return compiled.emplace(std::string(version), std::move(schema)).first->second.get();
    }
    return nullptr;
}

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

bool fits(const Node& node, const Shape& shape) {
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

std::string expected(const Shape& shape) {
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
    Walker(const CompiledArgoSchema& schema, std::vector<SchemaViolation>& violations)
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
        const Shape& shape = schema_.shape(at.shape);
        if (shape.is_anything() || is_absent(*at.node)) return;
        if (!fits(*at.node, shape)) {
            report_type(at, shape);
            return;
        }
        if (at.node->is_sequence() && shape.items != kNone) {
            for (auto item = at.node->items().rbegin(); item != at.node->items().rend(); ++item)
                pending_.push_back({*item, shape.items, at.field, true});
        } else if (at.node->is_mapping()) {
            visit_mapping(*at.node, shape);
        }
    }

    void visit_mapping(const Node& node, const Shape& shape) {
        for (const std::string& key : shape.required) {
            const Node* value = node.find(key);
            if (!value || is_absent(*value)) {
                violations_.push_back({SchemaViolation::Kind::invalid, node.span,
                                       "missing required key " + reclint::quoted(key) + in(shape)});
            }
        }
        const std::size_t first = pending_.size();
        for (const MapEntry& entry : node.entries()) {
            const std::string_view key = entry.key->value();
            if (const std::uint32_t property = shape.property(key); property != kNone) {
                pending_.push_back({entry.value, property, key, false});
            } else if (!shape.properties.empty()) {
                report_unknown(node, entry, shape);
            } else if (shape.values != kNone) {
                pending_.push_back({entry.value, shape.values, key, false});
            }
        }
        std::reverse(pending_.begin() + static_cast<std::ptrdiff_t>(first), pending_.end());
    }

    void report_type(const Pending& at, const Shape& shape) {
        const std::string subject = at.is_item         ? "each item of " + reclint::quoted(at.field)
                                    : at.field.empty() ? std::string("the document")
                                                       : reclint::quoted(at.field);
        std::string message = subject + " must be " + expected(shape) + ", not ";
        if (shape.quantity && at.node->is_string()) {
            message += reclint::quoted(at.node->value());
        } else {
            message += describe_type(*at.node);
            if (shape.types == string && at.node->is_scalar()) message += "; quote it to make it text";
        }
        violations_.push_back({SchemaViolation::Kind::invalid, at.node->span, message});
    }

    void report_unknown(const Node& mapping, const MapEntry& entry, const Shape& shape) {
        const std::string_view key = entry.key->value();
        std::string message = "unknown key " + reclint::quoted(key) + in(shape);
        for (const auto& [removed, replacement] : shape.removed) {
            if (removed != key) continue;
            message.append(" of Argo ").append(schema_.version()).append(": ").append(replacement);
            violations_.push_back({SchemaViolation::Kind::unknown_key, entry.key->span, std::move(message)});
            return;
        }
        std::vector<std::string_view> known;
        known.reserve(shape.properties.size());
        for (const auto& [name, unused] : shape.properties)
            known.push_back(name);
        violations_.push_back(unknown_key_violation(mapping, entry, std::move(message), known));
    }

    static std::string in(const Shape& shape) { return shape.title.empty() ? "" : " in " + shape.title; }

    const CompiledArgoSchema& schema_;
    std::vector<SchemaViolation>& violations_;
    std::vector<Pending> pending_;
};

}  // namespace

void check_argo_schema(const Node& root, std::string_view version, std::vector<SchemaViolation>& violations) {
    const Node* kind = root.is_mapping() ? root.find("kind") : nullptr;
    if (!kind || !kind->is_string()) return;
    const CompiledArgoSchema* schema = compiled_argo_schema(version);
    if (!schema) return;
    const std::uint32_t shape = schema->kind(kind->value());
    if (shape != kNone) Walker(*schema, violations).run(root, shape);
}

}  // namespace reclint
