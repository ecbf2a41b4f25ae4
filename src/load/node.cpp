#include "load/node.hpp"

#include <charconv>

#include "load/value_spans.hpp"
#include "text/digits.hpp"

namespace reclint {

namespace {

static_assert(sizeof(Node) <= 24, "a repository holds millions of nodes");

bool is_core_null(std::string_view text) {
    return text.empty() || text == "~" || text == "null" || text == "Null" || text == "NULL";
}

bool is_core_bool(std::string_view text) {
    return text == "true" || text == "True" || text == "TRUE" || text == "false" || text == "False" || text == "FALSE";
}

bool all_of(std::string_view text, bool (*predicate)(char)) {
    if (text.empty()) return false;
    for (const char c : text) {
        if (!predicate(c)) return false;
    }
    return true;
}

bool is_hex_digit(char c) {
    return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
bool is_octal_digit(char c) {
    return c >= '0' && c <= '7';
}

bool is_core_integer(std::string_view text) {
    if (text.starts_with("0x")) return all_of(text.substr(2), is_hex_digit);
    if (text.starts_with("0o")) return all_of(text.substr(2), is_octal_digit);
    if (!text.empty() && (text[0] == '-' || text[0] == '+')) text.remove_prefix(1);
    return all_of(text, is_digit);
}

// [-+]? ( \. [0-9]+ | [0-9]+ ( \. [0-9]* )? ) ( [eE] [-+]? [0-9]+ )?, or the special values.
bool is_core_float(std::string_view text) {
    static constexpr std::string_view kSpecial[] = {".inf", ".Inf", ".INF", ".nan", ".NaN", ".NAN"};
    if (!text.empty() && (text[0] == '-' || text[0] == '+')) text.remove_prefix(1);
    for (const std::string_view s : kSpecial) {
        if (text == s) return true;
    }
    const DecimalPrefix number = decimal_prefix(text);
    if (number.digits == 0) return false;
    std::size_t i = number.length;
    if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        if (i < text.size() && (text[i] == '-' || text[i] == '+')) ++i;
        const std::size_t exponent_start = i;
        while (i < text.size() && is_digit(text[i]))
            ++i;
        if (i == exponent_start) return false;
    }
    return i == text.size();
}

}  // namespace

ScalarType Node::scalar_type() const {
    if (type == NodeType::null) return ScalarType::null;
    if (type != NodeType::scalar) return ScalarType::string;
    switch (tag) {
        case CoreTag::string:
            return ScalarType::string;
        case CoreTag::integer:
            return ScalarType::integer;
        case CoreTag::number:
            return ScalarType::number;
        case CoreTag::boolean:
            return ScalarType::boolean;
        case CoreTag::null:
            return ScalarType::null;
        case CoreTag::none:
            break;
    }
    if (style != ScalarStyle::plain) return ScalarType::string;
    const std::string_view text = value();
    if (is_core_null(text)) return ScalarType::null;
    if (is_core_bool(text)) return ScalarType::boolean;
    if (is_core_integer(text)) return ScalarType::integer;
    if (is_core_float(text)) return ScalarType::number;
    return ScalarType::string;
}

const MapEntry* Node::find_entry(std::string_view key) const {
    for (const MapEntry& entry : entries()) {
        if (entry.key->is_scalar() && entry.key->value() == key) return &entry;
    }
    return nullptr;
}

std::optional<std::string_view> Node::find_string(std::string_view key) const {
    const Node* node = find(key);
    if (node && node->is_string()) return node->value();
    return std::nullopt;
}

std::optional<bool> Node::as_bool() const {
    if (!is_scalar() || scalar_type() != ScalarType::boolean) return std::nullopt;
    return value()[0] == 't' || value()[0] == 'T';
}

std::optional<std::int64_t> Node::as_integer() const {
    if (!is_scalar() || scalar_type() != ScalarType::integer) return std::nullopt;
    std::string_view text = value();
    int base = 10;
    if (text.starts_with("0x") || text.starts_with("0o")) {
        base = text[1] == 'x' ? 16 : 8;
        text.remove_prefix(2);
    }
    if (!text.empty() && text[0] == '+') text.remove_prefix(1);
    std::int64_t result = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), result, base);
    if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
    return result;
}

std::string_view describe_type(const Node& node) {
    switch (node.type) {
        case NodeType::mapping:
            return "a mapping";
        case NodeType::sequence:
            return "a sequence";
        case NodeType::null:
            return "null";
        case NodeType::scalar:
            break;
    }
    switch (node.scalar_type()) {
        case ScalarType::null:
            return "null";
        case ScalarType::boolean:
            return "a boolean";
        case ScalarType::integer:
            return "an integer";
        case ScalarType::number:
            return "a number";
        case ScalarType::string:
            return "a string";
    }
    return "a value";
}

ValueSpans::ValueSpans(const Node& scalar, const SourceFile& source) : whole_(scalar.span) {
    const bool quoted = scalar.style == ScalarStyle::single_quoted || scalar.style == ScalarStyle::double_quoted;
    if (!scalar.is_scalar() || (!quoted && scalar.style != ScalarStyle::plain)) return;
    start_ = scalar.span.begin + (quoted ? 1 : 0);
    size_ = scalar.value().size();
    literal_ = std::string_view(source.text()).substr(start_, size_) == scalar.value();
}

Span ValueSpans::at(std::size_t offset, std::size_t length) const {
    if (!literal_ || offset > size_) return whole_;
    length = std::min(length, size_ - offset);
    return {static_cast<std::uint32_t>(start_ + offset), static_cast<std::uint32_t>(start_ + offset + length)};
}

Span value_subspan(const Node& scalar, const SourceFile& source, std::size_t offset, std::size_t length) {
    return ValueSpans(scalar, source).at(offset, length);
}

}  // namespace reclint
