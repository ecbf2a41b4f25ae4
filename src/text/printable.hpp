// Makes untrusted text safe to print on a terminal: a file or a message can never emit an
// escape sequence.
#pragma once

#include <string>
#include <string_view>

namespace reclint {

// Control characters other than tab become their Unicode control pictures (U+2400...), C1
// controls and bytes that are not UTF-8 become U+FFFD; one character in, one character out.
std::string printable(std::string_view text);

}  // namespace reclint
