// The YAML node tree: every node, keys included, knows the span of text it came from.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

#include "load/source_file.hpp"

namespace reclint {

enum class NodeType : std::uint8_t { null, scalar, sequence, mapping };
enum class ScalarStyle : std::uint8_t { plain, single_quoted, double_quoted, literal, folded };
// The type a scalar resolves to under the YAML 1.2 core schema (JSON types).
enum class ScalarType : std::uint8_t { null, boolean, integer, number, string };

// A core-schema tag written on a node (`!!str 42`); other tags do not change how a scalar resolves.
enum class CoreTag : std::uint8_t { none, string, integer, number, boolean, null };

class Node;
struct MapEntry {
    const Node* key;
    const Node* value;
};

// Nodes live in the arena of the file they were loaded from and are never modified after loading.
// A repository holds millions of them, so a node is 24 bytes: a scalar's value, a sequence's
// items and a mapping's entries share one pointer and one count.
class Node {
  public:
    Node() = default;
    explicit Node(NodeType node_type) : type(node_type) {}

    NodeType type = NodeType::null;
    ScalarStyle style = ScalarStyle::plain;
    bool flow = false;  // a flow collection: [a, b] or {a: b}
    CoreTag tag = CoreTag::none;
    Span span;  // for scalars the text of the value, quotes included

    // Scalars: the content with escapes resolved (empty for other nodes).
    std::string_view value() const {
        return is_scalar() ? std::string_view(static_cast<const char*>(data_), size_) : std::string_view();
    }
    // Sequences: the items (empty for other nodes).
    std::span<const Node* const> items() const {
        return is_sequence() ? std::span(static_cast<const Node* const*>(data_), size_)
                             : std::span<const Node* const>();
    }
    // Mappings: the entries in document order (empty for other nodes).
    std::span<const MapEntry> entries() const {
        return is_mapping() ? std::span(static_cast<const MapEntry*>(data_), size_) : std::span<const MapEntry>();
    }

    bool is_null() const { return type == NodeType::null; }
    bool is_scalar() const { return type == NodeType::scalar; }
    bool is_sequence() const { return type == NodeType::sequence; }
    bool is_mapping() const { return type == NodeType::mapping; }

    ScalarType scalar_type() const;
    bool is_string() const { return is_scalar() && scalar_type() == ScalarType::string; }

    // The first entry of a mapping whose key is the scalar `key` (nullptr if none).
    const MapEntry* find_entry(std::string_view key) const;
    const Node* find(std::string_view key) const {
        const MapEntry* entry = find_entry(key);
        return entry ? entry->value : nullptr;
    }
    // The value under `key` when it is a string scalar.
    std::optional<std::string_view> find_string(std::string_view key) const;

    std::optional<bool> as_bool() const;
    std::optional<std::int64_t> as_integer() const;

  private:
    friend class TreeBuilder;  // fills in the contents as the parse events arrive
    void set_contents(std::string_view value) { set_contents(value.data(), value.size()); }
    void set_contents(std::span<const Node* const> items) { set_contents(items.data(), items.size()); }
    void set_contents(std::span<const MapEntry> entries) { set_contents(entries.data(), entries.size()); }
    void set_contents(const void* data, std::size_t size) {
        data_ = data;
        size_ = static_cast<std::uint32_t>(size);
    }

    std::uint32_t size_ = 0;
    const void* data_ = nullptr;
};

// How a message names the type of a node: "a mapping", "a string", "null", ...
std::string_view describe_type(const Node& node);

// The span of `length` bytes starting `offset` bytes into a scalar's value, when the value is
// written literally in the source (plain or quoted without escapes on one line); otherwise the
// whole scalar's span.
Span value_subspan(const Node& scalar, const SourceFile& source, std::size_t offset, std::size_t length);

}  // namespace reclint
