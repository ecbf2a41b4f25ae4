// Makes untrusted text safe to print on a terminal, in a log that GitHub reads for workflow
// commands, or in an annotation: a file name or a message can never emit an escape sequence,
// start a line of its own, or reorder the text around it. Every printer uses this one filter.
#pragma once

#include <string>
#include <string_view>

namespace reclint {

// Control characters other than tab (newlines and ESC included) become their Unicode control
// pictures (U+2400...); C1 controls and bytes that are not UTF-8 become U+FFFD; each of those is
// one character in, one character out. Characters that reorder or break text without being seen
// (the bidirectional controls U+200E, U+200F, U+061C, U+202A-U+202E, U+2066-U+2069, and the line
// and paragraph separators U+2028, U+2029) are spelled out as "<U+202E>".
std::string printable(std::string_view text);

}  // namespace reclint
