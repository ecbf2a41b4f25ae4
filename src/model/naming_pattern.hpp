// `naming:` patterns of the config, run by RE2: matching a name takes time linear in the name
// whatever the pattern, and compiling is bounded, so a config in a pull request can neither hang
// reclint nor exhaust its stack or memory (as std::regex did, compiling recursively).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace reclint {

// RE2 instructions one pattern may compile to: the defaults take under 50; 16,000 nested groups
// take 32,005.
inline constexpr int kMaxNamingProgramSize = 10'000;

// Why RE2 refuses `pattern`: its own message ("invalid escape sequence: \1"), or that the pattern
// compiles to more than kMaxNamingProgramSize instructions. Nothing when it is fine.
std::optional<std::string> naming_pattern_problem(std::string_view pattern);

// Whether the whole of `name` matches `pattern`, one that naming_pattern_problem() accepted.
// Each thread compiles a pattern once.
bool matches_naming_pattern(const std::string& pattern, std::string_view name);

}  // namespace reclint
