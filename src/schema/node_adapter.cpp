#include "schema/node_adapter.hpp"

#include <valijson/adapters/nlohmann_json_adapter.hpp>

#include <charconv>
#include <cmath>
#include <limits>

#include "schema/long_sequences.hpp"

namespace reclint {

namespace {

const Node& empty_mapping() {
    static const Node node(NodeType::mapping);
    return node;
}

std::optional<double> to_double(std::string_view text) {
    if (!text.empty() && text[0] == '+') text.remove_prefix(1);
    bool negative = false;
    std::string_view unsigned_text = text;
    if (!unsigned_text.empty() && unsigned_text[0] == '-') {
        negative = true;
        unsigned_text.remove_prefix(1);
    }
    if (unsigned_text == ".inf" || unsigned_text == ".Inf" || unsigned_text == ".INF") {
        return negative ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
    }
    if (unsigned_text == ".nan" || unsigned_text == ".NaN" || unsigned_text == ".NAN") {
        return std::numeric_limits<double>::quiet_NaN();
    }
    double result = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), result);
    if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
    return result;
}

}  // namespace

nlohmann::json node_to_json(const Node& node) {
    switch (node.type) {
        case NodeType::null:
            return nullptr;
        case NodeType::sequence: {
            nlohmann::json array = nlohmann::json::array();
            for (const Node* item : node.items())
                array.push_back(node_to_json(*item));
            return array;
        }
        case NodeType::mapping: {
            nlohmann::json object = nlohmann::json::object();
            for (const MapEntry& entry : node.entries()) {
                const std::string key(entry.key->value());
                if (!object.contains(key)) object[key] = node_to_json(*entry.value);
            }
            return object;
        }
        case NodeType::scalar:
            break;
    }
    switch (node.scalar_type()) {
        case ScalarType::null:
            return nullptr;
        case ScalarType::boolean:
            return *node.as_bool();
        case ScalarType::integer:
            if (const auto value = node.as_integer()) return *value;
            [[fallthrough]];
        case ScalarType::number:
            if (const auto value = to_double(node.value())) return *value;
            [[fallthrough]];
        case ScalarType::string:
            break;
    }
    return std::string(node.value());
}

bool NodeFrozenValue::equalTo(const valijson::adapters::Adapter& other, bool strict) const {
    return valijson::adapters::NlohmannJsonAdapter(value_).equalTo(other, strict);
}

NodeValue::NodeValue() : node_(&empty_mapping()) {}

NodeArrayIterator NodeArray::begin() const {
    if (node_ && HiddenItems::hides(*node_)) return end();
    return NodeArrayIterator(node_ ? node_->items().data() : nullptr);
}
NodeArrayIterator NodeArray::end() const {
    return NodeArrayIterator(node_ ? node_->items().data() + node_->items().size() : nullptr);
}

NodeMemberIterator NodeObject::begin() const {
    return NodeMemberIterator(node_ ? node_->entries().data() : nullptr);
}
NodeMemberIterator NodeObject::end() const {
    return NodeMemberIterator(node_ ? node_->entries().data() + node_->entries().size() : nullptr);
}
NodeMemberIterator NodeObject::find(const std::string& key) const {
    if (!node_) return end();
    const MapEntry* entry = node_->find_entry(key);
    return entry ? NodeMemberIterator(entry) : end();
}

opt::optional<NodeArray> NodeValue::getArrayOptional() const {
    if (node_->is_sequence()) return NodeArray(*node_);
    return {};
}

opt::optional<NodeObject> NodeValue::getObjectOptional() const {
    if (node_->is_mapping()) return NodeObject(*node_);
    return {};
}

bool NodeValue::getArraySize(std::size_t& result) const {
    if (!node_->is_sequence()) return false;
    result = node_->items().size();
    return true;
}

bool NodeValue::getObjectSize(std::size_t& result) const {
    if (!node_->is_mapping()) return false;
    result = node_->entries().size();
    return true;
}

bool NodeValue::getBool(bool& result) const {
    const auto value = node_->as_bool();
    if (!value) return false;
    result = *value;
    return true;
}

bool NodeValue::getDouble(double& result) const {
    if (!isDouble()) return false;
    const auto value = to_double(node_->value());
    if (!value) return false;
    result = *value;
    return true;
}

bool NodeValue::getInteger(std::int64_t& result) const {
    const auto value = node_->as_integer();
    if (!value) return false;
    result = *value;
    return true;
}

bool NodeValue::getString(std::string& result) const {
    if (!isString()) return false;
    result.assign(node_->value());
    return true;
}

}  // namespace reclint
