// Lets valijson validate the loader's node tree directly, with YAML 1.2 core-schema types.
#pragma once

#include <string>  // valijson's headers use std::string without including it

#include <valijson/internal/adapter.hpp>
#include <valijson/internal/basic_adapter.hpp>
#include <valijson/internal/frozen_value.hpp>

#include <nlohmann/json.hpp>
#include <string>
#include <utility>

#include "load/node.hpp"

namespace reclint {

// The member names below are the ones valijson's adapter interface calls (getArraySize, isNull...).
// NOLINTBEGIN(readability-identifier-naming)

class NodeAdapter;
class NodeArrayIterator;
class NodeMemberIterator;
using NodeMember = std::pair<std::string, NodeAdapter>;

// A JSON copy of a node: what valijson keeps when it needs a value to outlive the tree.
nlohmann::json node_to_json(const Node& node);

class NodeArray {
  public:
    using const_iterator = NodeArrayIterator;
    using iterator = NodeArrayIterator;
    NodeArray() = default;
    explicit NodeArray(const Node& node) : node_(&node) {}
    NodeArrayIterator begin() const;
    NodeArrayIterator end() const;
    std::size_t size() const { return node_ ? node_->items().size() : 0; }

  private:
    const Node* node_ = nullptr;
};

class NodeObject {
  public:
    using const_iterator = NodeMemberIterator;
    using iterator = NodeMemberIterator;
    NodeObject() = default;
    explicit NodeObject(const Node& node) : node_(&node) {}
    NodeMemberIterator begin() const;
    NodeMemberIterator end() const;
    NodeMemberIterator find(const std::string& key) const;
    std::size_t size() const { return node_ ? node_->entries().size() : 0; }

  private:
    const Node* node_ = nullptr;
};

class NodeFrozenValue final : public valijson::adapters::FrozenValue {
  public:
    explicit NodeFrozenValue(nlohmann::json value) : value_(std::move(value)) {}
    FrozenValue* clone() const override { return new NodeFrozenValue(value_); }
    bool equalTo(const valijson::adapters::Adapter& other, bool strict) const override;

  private:
    nlohmann::json value_;
};

class NodeValue {
  public:
    NodeValue();
    explicit NodeValue(const Node& node) : node_(&node) {}

    valijson::adapters::FrozenValue* freeze() const { return new NodeFrozenValue(node_to_json(*node_)); }
    opt::optional<NodeArray> getArrayOptional() const;
    opt::optional<NodeObject> getObjectOptional() const;
    bool getArraySize(std::size_t& result) const;
    bool getObjectSize(std::size_t& result) const;
    bool getBool(bool& result) const;
    bool getDouble(double& result) const;
    bool getInteger(std::int64_t& result) const;
    bool getString(std::string& result) const;
    static bool hasStrictTypes() { return true; }
    bool isArray() const { return node_->is_sequence(); }
    bool isObject() const { return node_->is_mapping(); }
    bool isBool() const { return node_->is_scalar() && type() == ScalarType::boolean; }
    // Integers too large for 64 bits are still numbers.
    bool isDouble() const {
        return node_->is_scalar() &&
               (type() == ScalarType::number || (type() == ScalarType::integer && !node_->as_integer()));
    }
    bool isInteger() const { return node_->is_scalar() && node_->as_integer().has_value(); }
    bool isNull() const { return node_->is_null() || (node_->is_scalar() && type() == ScalarType::null); }
    bool isNumber() const { return isInteger() || isDouble(); }
    bool isString() const { return node_->is_string(); }

  private:
    ScalarType type() const { return node_->scalar_type(); }
    const Node* node_;
};

class NodeAdapter : public valijson::adapters::BasicAdapter<NodeAdapter, NodeArray, NodeMember, NodeObject, NodeValue> {
  public:
    NodeAdapter() = default;
    explicit NodeAdapter(const Node& node) : BasicAdapter(NodeValue(node)) {}
};

class NodeArrayIterator {
  public:
    using iterator_category = std::bidirectional_iterator_tag;
    using value_type = NodeAdapter;
    using difference_type = std::ptrdiff_t;
    using pointer = NodeAdapter*;
    using reference = NodeAdapter&;

    explicit NodeArrayIterator(const Node* const* at) : at_(at) {}
    NodeAdapter operator*() const { return NodeAdapter(**at_); }
    valijson::adapters::DerefProxy<NodeAdapter> operator->() const {
        return valijson::adapters::DerefProxy<NodeAdapter>(**this);
    }
    bool operator==(const NodeArrayIterator& other) const { return at_ == other.at_; }
    bool operator!=(const NodeArrayIterator& other) const { return at_ != other.at_; }
    const NodeArrayIterator& operator++() {
        ++at_;
        return *this;
    }
    NodeArrayIterator operator++(int) {
        NodeArrayIterator before = *this;
        ++at_;
        return before;
    }
    const NodeArrayIterator& operator--() {
        --at_;
        return *this;
    }
    void advance(std::ptrdiff_t n) { at_ += n; }

  private:
    const Node* const* at_;
};

class NodeMemberIterator {
  public:
    using iterator_category = std::bidirectional_iterator_tag;
    using value_type = NodeMember;
    using difference_type = std::ptrdiff_t;
    using pointer = NodeMember*;
    using reference = NodeMember&;

    explicit NodeMemberIterator(const MapEntry* at) : at_(at) {}
    NodeMember operator*() const {
        return {std::string(at_->key->is_scalar() ? at_->key->value() : ""), NodeAdapter(*at_->value)};
    }
    valijson::adapters::DerefProxy<NodeMember> operator->() const {
        return valijson::adapters::DerefProxy<NodeMember>(**this);
    }
    bool operator==(const NodeMemberIterator& other) const { return at_ == other.at_; }
    bool operator!=(const NodeMemberIterator& other) const { return at_ != other.at_; }
    const NodeMemberIterator& operator++() {
        ++at_;
        return *this;
    }
    NodeMemberIterator operator++(int) {
        NodeMemberIterator before = *this;
        ++at_;
        return before;
    }
    const NodeMemberIterator& operator--() {
        --at_;
        return *this;
    }

  private:
    const MapEntry* at_;
};

}  // namespace reclint

template <>
struct valijson::adapters::AdapterTraits<reclint::NodeAdapter> {
    using DocumentType = reclint::Node;
    static std::string adapterName() { return "NodeAdapter"; }
};
// NOLINTEND(readability-identifier-naming)
