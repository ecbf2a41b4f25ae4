// Finds the comments of YAML text without the parser, the way clang-tidy finds NOLINT: a `#`
// inside a quoted string or a block scalar is text, not a comment, so it is never taken for one.
#pragma once

#include <string_view>
#include <vector>

#include "load/source_file.hpp"

namespace reclint {

struct YamlComment {
    Span span;      // from the `#` to the end of its line, the line break excluded
    bool own_line;  // nothing but blanks before the `#` on its line
};

// Every comment, in text order. Works on text that does not parse: it then does its best, line by
// line, and never reads past the end.
std::vector<YamlComment> find_yaml_comments(std::string_view text);

}  // namespace reclint
