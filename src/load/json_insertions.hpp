// Bytes the loader inserts into a JSON file's text so that yaml-cpp reads valid JSON as JSON.
// Positions map back through MarkMapping (tree_builder.hpp).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace reclint {

struct Insertion {
    std::uint32_t at = 0;    // offset into the real text; the bytes go in front of it
    std::string_view bytes;  // a string literal
};

// In offset order:
// - "--- " at the start of the root collection's line: at the start of a line, yaml-cpp would
//   hold the whole collection in memory in case it turned out to be a key;
// - "? " before an object key over 1,000 bytes: yaml-cpp takes a key without "?" for an implicit
//   one, which YAML limits to 1,024 characters; JSON's keys have no such limit.
std::vector<Insertion> json_insertions(std::string_view text);

}  // namespace reclint
