// Parses YAML (and JSON) text into node trees with spans, using yaml-cpp's event parser.
// This is the one place that converts yaml-cpp marks into spans.
#pragma once

#include <cstddef>
#include <memory>
#include <memory_resource>
#include <optional>
#include <string>
#include <vector>

#include "load/node.hpp"
#include "load/source_file.hpp"

namespace reclint {

struct YamlLimits {
    std::size_t max_depth = 256;
    std::size_t max_alias_expansion = 100'000;  // nodes that aliases add, each alias a copy
    // The heap the parser and the tree may hold: what a dense legitimate file needs, with room.
    std::size_t memory_base = 64 * 1024 * 1024;
    std::size_t memory_per_byte = 64;

    std::size_t memory_budget(std::size_t text_size) const { return memory_base + memory_per_byte * text_size; }
};

// Something wrong with the text itself, found while loading it.
struct LoadProblem {
    enum class Kind { syntax, duplicate_key, limits };
    Kind kind;
    Span span;
    std::string message;
    std::optional<Span> note_span;  // duplicate keys: the first occurrence
    std::string note;
};

struct YamlDocument {
    const Node* root = nullptr;  // never null: an empty document has a null node
    Span span;
};

// The documents of one file and the arena that owns their nodes.
struct ParsedYaml {
    std::unique_ptr<std::pmr::monotonic_buffer_resource> arena;
    std::vector<YamlDocument> documents;  // every document that parsed completely
    std::vector<LoadProblem> problems;
};

// Never throws for bad input: syntax errors and exceeded limits become problems, and the
// documents before the error are kept.
ParsedYaml parse_yaml(const SourceFile& source, const YamlLimits& limits = {});

// Whether part of the text did not parse (a syntax error or an exceeded limit; a duplicate key
// leaves the document whole).
bool parse_failed(const ParsedYaml& yaml);

}  // namespace reclint
