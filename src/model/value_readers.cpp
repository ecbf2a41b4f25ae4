#include "model/value_readers.hpp"

namespace reclint {

namespace {

bool is_number(const Node& node) {
    const ScalarType type = node.scalar_type();
    return node.is_scalar() && (type == ScalarType::integer || type == ScalarType::number);
}

}  // namespace

std::optional<TextValue> read_text(const Node& mapping, std::string_view key) {
    const MapEntry* entry = mapping.find_entry(key);
    if (!entry || !entry->value->is_string()) return std::nullopt;
    return TextValue{entry->value->value(), entry->value->span, entry->key->span};
}

TextValue read_key(const MapEntry& entry) {
    return {entry.key->value(), entry.key->span, entry.key->span};
}

std::optional<PercentValue> read_percent(const Node& scalar) {
    if (!is_number(scalar)) return std::nullopt;
    return PercentValue{scalar.value(), scalar.span, scalar.span, parse_basis_points(scalar.value())};
}

std::optional<PercentValue> read_percent(const Node& mapping, std::string_view key) {
    const MapEntry* entry = mapping.find_entry(key);
    if (!entry) return std::nullopt;
    std::optional<PercentValue> percent = read_percent(*entry->value);
    if (percent) percent->key = entry->key->span;
    return percent;
}

std::optional<TimeValue> read_time(const Node& mapping, std::string_view key) {
    const Node* node = mapping.find(key);
    if (!node || !node->is_string()) return std::nullopt;
    return TimeValue{node->value(), node->span, parse_iso_time(node->value())};
}

std::optional<FlagValue> read_flag(const Node& mapping, std::string_view key) {
    const MapEntry* entry = mapping.find_entry(key);
    if (!entry) return std::nullopt;
    const std::optional<bool> value = entry->value->as_bool();
    if (!value) return std::nullopt;
    return FlagValue{*value, entry->value->span, entry->key->span};
}

std::optional<std::vector<TextValue>> read_text_list(const Node& mapping, std::string_view key) {
    const Node* node = mapping.find(key);
    if (!node || !node->is_sequence()) return std::nullopt;
    std::vector<TextValue> items;
    for (const Node* item : node->items()) {
        if (item->is_string()) items.push_back({item->value(), item->span, item->span});
    }
    return items;
}

}  // namespace reclint
