// Reads typed values out of a document's node tree, leaving out whatever has the wrong type:
// the schema rules report those, so the models only hold values of the right shape.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "load/node.hpp"
#include "model/values.hpp"

namespace reclint {

std::optional<TextValue> read_text(const Node& mapping, std::string_view key);
// A mapping entry's key as a text value: what a diagnostic about the whole entry points at.
TextValue read_key(const MapEntry& entry);
std::optional<PercentValue> read_percent(const Node& mapping, std::string_view key);
std::optional<PercentValue> read_percent(const Node& scalar);
std::optional<TimeValue> read_time(const Node& mapping, std::string_view key);
std::optional<FlagValue> read_flag(const Node& mapping, std::string_view key);
// The string items of the sequence under `key`; nullopt when `key` does not hold a sequence.
std::optional<std::vector<TextValue>> read_text_list(const Node& mapping, std::string_view key);

}  // namespace reclint
