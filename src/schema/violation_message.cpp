#include "schema/violation_message.hpp"

#include <algorithm>
#include <string_view>

#include "text/ascii_case.hpp"
#include "text/did_you_mean.hpp"
#include "text/plural.hpp"
#include "text/quoted.hpp"

namespace reclint {

SchemaViolation unknown_key_violation(const Node& mapping, const MapEntry& entry, std::string message,
                                      const std::vector<std::string_view>& known) {
    const std::string_view key = entry.key->value();
    SchemaViolation violation{SchemaViolation::Kind::unknown_key, entry.key->span, std::move(message)};
    const std::optional<std::string> closest = closest_name(key, known);
    if (!closest) return violation;
    violation.message += ", did you mean \"" + *closest + "\"?";
    if (is_sole_closest(key, *closest, known) && !mapping.find_entry(*closest)) violation.replacement = *closest;
    return violation;
}

namespace {

// "a job", "the naming settings": the schema's title, a noun phrase with its article.
std::string described(const nlohmann::json* schema) {
    if (!schema || !schema->contains("title")) return "";
    return (*schema)["title"].get<std::string>();
}

// How a message names the node: "\"command\"", "each item of \"inputs\"", "the DAG file".
std::string subject(const SchemaLocation& at) {
    if (at.is_item) return "each item of " + reclint::quoted(at.field);
    if (at.key) return reclint::quoted(at.field);
    const std::string what = described(at.schema);
    if (what.starts_with("a ")) return "the " + what.substr(2);
    if (what.starts_with("an ")) return "the " + what.substr(3);
    return what.empty() ? "the document" : what;
}

std::string type_phrase(std::string_view type) {
    if (type == "object") return "a mapping";
    if (type == "array") return "a sequence";
    if (type == "string") return "a string";
    if (type == "integer") return "an integer";
    if (type == "number") return "a number";
    if (type == "boolean") return "a boolean (true or false)";
    if (type == "null") return "null";
    return std::string(type);
}

std::string expected_types(const nlohmann::json* schema) {
    if (!schema || !schema->contains("type")) return "another type";
    const nlohmann::json& type = (*schema)["type"];
    if (type.is_string()) return type_phrase(type.get<std::string>());
    std::string phrase;
    for (std::size_t i = 0; i < type.size(); ++i) {
        if (i > 0) phrase += i + 1 == type.size() ? " or " : ", ";
        phrase += type_phrase(type[i].get<std::string>());
    }
    return phrase;
}

// The text between "'" quotes after `marker` in a valijson description.
std::string quoted_name_after(const std::string& description, std::string_view marker) {
    const std::size_t start = description.find(marker);
    if (start == std::string::npos) return "";
    const std::size_t begin = start + marker.size();
    const std::size_t end = description.rfind('\'');
    return end > begin ? description.substr(begin, end - begin) : "";
}

std::size_t number_after(const std::string& description, std::string_view prefix) {
    std::size_t value = 0;
    for (std::size_t i = prefix.size();
         i < description.size() && std::isdigit(static_cast<unsigned char>(description[i])); ++i) {
        value = value * 10 + static_cast<std::size_t>(description[i] - '0');
    }
    return value;
}

// "12.5", "-3", "100": the text of a plain decimal number.
bool is_plain_number(std::string_view text) {
    if (text.starts_with('-')) text.remove_prefix(1);
    const std::size_t point = text.find('.');
    const std::string_view whole = text.substr(0, point);
    const std::string_view fraction = point == std::string_view::npos ? "" : text.substr(point + 1);
    const auto digits = [](std::string_view part) {
        return std::all_of(part.begin(), part.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    return !whole.empty() && digits(whole) && digits(fraction) &&
           (point == std::string_view::npos || !fraction.empty());
}

// The mechanical fix of a number written as text: `"33.34%"` or `"50"`.
std::string number_fix(const Node& node) {
    if (!node.is_string()) return "";
    const std::string_view text = node.value();
    if (text.ends_with('%') && is_plain_number(text.substr(0, text.size() - 1))) {
        return ": drop the \"%\"";
    }
    return is_plain_number(text) ? ": drop the quotes" : "";
}

SchemaViolation wrong_type(const SchemaLocation& at) {
    const std::string expected = expected_types(at.schema);
    std::string message = subject(at) + " must be " + expected + ", not " + std::string(describe_type(*at.node));
    if (expected == "a string" && at.node->is_scalar()) message += "; quote it to make it text";
    if (expected == "a number") message += number_fix(*at.node);
    return {SchemaViolation::Kind::invalid, at.node->span, message};
}

// An allowed value as the user would write it: text quoted, a number or boolean as is.
struct EnumValue {
    std::string text;
    bool is_string;
};

// The schema's allowed values, each shown once: a version allowed as "3.7" and as 3.7 is one value.
std::vector<EnumValue> enum_values(const nlohmann::json* schema) {
    std::vector<EnumValue> values;
    if (!schema || !schema->contains("enum")) return values;
    for (const auto& value : (*schema)["enum"]) {
        EnumValue shown{value.is_string() ? value.get<std::string>() : value.dump(), value.is_string()};
        const bool seen =
            std::any_of(values.begin(), values.end(), [&](const EnumValue& other) { return other.text == shown.text; });
        if (!seen) values.push_back(std::move(shown));
    }
    return values;
}

SchemaViolation not_in_enum(const SchemaLocation& at) {
    const std::vector<EnumValue> allowed = enum_values(at.schema);
    std::vector<std::string_view> names;
    std::string message = subject(at) + " must be ";
    message += allowed.size() == 1 ? "" : "one of ";
    for (std::size_t i = 0; i < allowed.size(); ++i) {
        const EnumValue& value = allowed[i];
        message += (i > 0 ? ", " : "") + (value.is_string ? reclint::quoted(value.text) : value.text);
        names.push_back(value.text);
    }
    if (!at.node->is_scalar()) {
        message += ", not " + std::string(describe_type(*at.node));
        return {SchemaViolation::Kind::invalid, at.node->span, message};
    }
    const std::string_view written = at.node->value();
    message += ", not " + (at.node->is_string() ? reclint::quoted(written) : std::string(written));
    message = with_suggestion(message, written, names);
    return {SchemaViolation::Kind::invalid, at.node->span, message};
}

std::string sequence_length_message(const SchemaLocation& at, const std::string& description) {
    const bool too_few = description.starts_with("Array should contain no fewer than ");
    const std::size_t limit = number_after(
        description, too_few ? "Array should contain no fewer than " : "Array should contain no more than ");
    const nlohmann::json* schema = at.schema;
    if (schema && schema->value("minItems", -1) == schema->value("maxItems", -2)) {
        return subject(at) + " must have exactly " + plural(limit, "item") + ", not " +
               std::to_string(at.node->items().size());
    }
    return subject(at) + " must have " + (too_few ? "at least " : "at most ") + plural(limit, "item");
}

std::string fallback_message(std::string description) {
    if (!description.empty()) description[0] = lowercase(description[0]);
    if (!description.empty() && description.back() == '.') description.pop_back();
    return description;
}

}  // namespace

const nlohmann::json* resolve_reference(const nlohmann::json& root, const nlohmann::json* schema) {
    for (int hops = 0; schema && schema->is_object() && schema->contains("$ref") && hops < 8; ++hops) {
        const std::string reference = (*schema)["$ref"].get<std::string>();
        if (!reference.starts_with("#")) return nullptr;
        const nlohmann::json::json_pointer pointer(reference.substr(1));
        schema = root.contains(pointer) ? &root.at(pointer) : nullptr;
    }
    return schema && schema->is_object() ? schema : nullptr;
}

const nlohmann::json* subschema_for_key(const nlohmann::json& root, const nlohmann::json* schema,
                                        const std::string& key) {
    if (!schema) return nullptr;
    if (schema->contains("properties") && (*schema)["properties"].contains(key)) {
        return resolve_reference(root, &(*schema)["properties"][key]);
    }
    if (schema->contains("additionalProperties")) {
        return resolve_reference(root, &(*schema)["additionalProperties"]);
    }
    return nullptr;
}

const nlohmann::json* subschema_for_items(const nlohmann::json& root, const nlohmann::json* schema) {
    if (!schema || !schema->contains("items")) return nullptr;
    return resolve_reference(root, &(*schema)["items"]);
}

std::optional<SchemaViolation> explain_violation(const std::string& description, const SchemaLocation& at,
                                                 const nlohmann::json& /*root_schema*/) {
    using Kind = SchemaViolation::Kind;
    if (description.starts_with("Failed to validate") || description.starts_with("Cannot validate")) {
        return std::nullopt;
    }
    if (description.starts_with("Missing required property '")) {
        const std::string key = quoted_name_after(description, "property '");
        const std::string where = described(at.schema);
        return SchemaViolation{Kind::invalid, at.node->span,
                               "missing required key " + reclint::quoted(key) + (where.empty() ? "" : " in " + where)};
    }
    if (description.starts_with("Value type not permitted")) return wrong_type(at);
    if (description.starts_with("Failed to match against any enum values")) return not_in_enum(at);
    if (description.starts_with("Array should contain")) {
        return SchemaViolation{Kind::invalid, at.node->span, sequence_length_message(at, description)};
    }
    if (description.starts_with("String should be no fewer than 1 ")) {
        return SchemaViolation{Kind::invalid, at.node->span, subject(at) + " must not be empty"};
    }
    if (description.starts_with("Expected number greater than or equal to ")) {
        return SchemaViolation{
            Kind::invalid, at.node->span,
            subject(at) + " must be at least " +
                std::to_string(number_after(description, "Expected number greater than or equal to "))};
    }
    return SchemaViolation{Kind::invalid, at.node->span, subject(at) + ": " + fallback_message(description)};
}

}  // namespace reclint
