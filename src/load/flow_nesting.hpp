// Finds flow collections ("[...]", "{...}") nested deeper than the limit before yaml-cpp sees the
// text: yaml-cpp holds every token of an unclosed run of "[" in memory (some 230 bytes for each
// byte) before it reports the first event, so it cannot be stopped from inside its events.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace reclint {

// The offset of the first "[" or "{" that opens flow level `max_depth + 1`, if any. A lexical
// scan that knows comments, quoted and block scalars; where it cannot tell, it does not count,
// so it never reports a file whose flow collections are within the limit. (Crafted text that it
// misjudges is still stopped by the loader's memory budget.)
std::optional<std::uint32_t> find_too_deep_flow(std::string_view text, std::size_t max_depth);

}  // namespace reclint
