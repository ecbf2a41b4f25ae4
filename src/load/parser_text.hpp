// What yaml-cpp reads in place of a file's text where it would misread valid input. Each rewrite
// keeps the text's length and every byte offset, so yaml-cpp's positions need no mapping.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace reclint {

// The text for yaml-cpp, or nothing when it is the file's text unchanged:
// - a byte order mark at the start of a later document (on the line after "---" or "...", or
//   before one: files joined with their BOMs) becomes three line breaks; yaml-cpp would read it
//   as part of the first key and the document would be taken for something else;
// - in JSON (`json`), an escaped UTF-16 surrogate pair in a string ("\ud83d\ude00", what Python's
//   json.dumps writes past U+FFFF), which yaml-cpp refuses, becomes an escaped line break and one
//   8-digit escape ("\<LF>\U0001F600"): the same character in YAML, in the same 12 bytes.
std::optional<std::string> parser_text(std::string_view text, bool json);

}  // namespace reclint
