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

struct Node;
struct MapEntry {
    const Node* key;
    const Node* value;
};

// Nodes live in the arena of the file they were loaded from and are never modified after loading.
struct Node {
    NodeType type = NodeType::null;
    ScalarStyle style = ScalarStyle::plain;
    bool flow = false;                   // a flow collection: [a, b] or {a: b}
    Span span;                           // for scalars the text of the value, quotes included
    std::string_view value;              // scalars: the content with escapes resolved
    std::string_view tag;                // an explicit tag ("tag:yaml.org,2002:str"), empty when none
    std::span<const Node* const> items;  // sequences
    std::span<const MapEntry> entries;   // mappings, in document order

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
};

// How a message names the type of a node: "a mapping", "a string", "null", ...
std::string_view describe_type(const Node& node);

// The span of `length` bytes starting `offset` bytes into a scalar's value, when the value is
// written literally in the source (plain or quoted without escapes on one line); otherwise the
// whole scalar's span.
Span value_subspan(const Node& scalar, const SourceFile& source, std::size_t offset, std::size_t length);

}  // namespace reclint
