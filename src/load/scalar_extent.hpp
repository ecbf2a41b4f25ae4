// Where a scalar's text ends: yaml-cpp reports only where nodes start, so the loader measures
// the rest from the raw text.
#pragma once

#include <cstdint>
#include <string_view>

#include "load/node.hpp"

namespace reclint {

struct ScalarExtent {
    Span span;  // the scalar itself, after any anchor or tag; quotes included
    ScalarStyle style = ScalarStyle::plain;
    bool unterminated = false;  // a quoted scalar whose closing quote never comes
};

// Measures the scalar whose node starts at `begin` (possibly at an `&anchor` or `!tag`).
// Plain and block scalars are measured on their first line.
ScalarExtent measure_scalar(std::string_view text, std::uint32_t begin, bool in_flow);

// The offset just past the node properties (`&anchor`, `!tag`) and blanks starting at `begin`.
std::uint32_t skip_properties(std::string_view text, std::uint32_t begin);

// True when a plain null literal (`~`, `null`, `Null`, `NULL`) is written at `begin`.
bool null_literal_at(std::string_view text, std::uint32_t begin, bool in_flow);

// The offset after the closing bracket of a flow collection whose content ends at `from`.
std::uint32_t flow_collection_end(std::string_view text, std::uint32_t from, char closing);

}  // namespace reclint
