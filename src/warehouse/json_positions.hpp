// Positions in JSON text for messages about export files: nlohmann_json keeps none, so a value's
// place is found again, on error only, by scanning the text along the value's path.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace reclint {

// One step from a value into a child: an array index or an object key.
using JsonStep = std::variant<std::size_t, std::string>;

// The byte offset of the value at `path`; where the path stops being found, the offset of the
// last value reached. Bounded by the text's length, without recursion.
std::size_t json_offset(std::string_view text, const std::vector<JsonStep>& path);

// `FILE:LINE:COLUMN` of a byte offset (columns count code points).
std::string json_location(const std::string& file, std::string_view text, std::size_t offset);

}  // namespace reclint
