// The YAML character classes the lexical scans share (flow nesting, comments, scalar extents).
#pragma once

namespace reclint {

// YAML's white space: a space or a tab.
inline bool is_white(char c) {
    return c == ' ' || c == '\t';
}

// A line break: '\n', or the '\r' of a CRLF line end.
inline bool is_break(char c) {
    return c == '\n' || c == '\r';
}

// What may separate tokens on one line: white space, or the '\r' before a '\n'.
inline bool is_blank(char c) {
    return is_white(c) || c == '\r';
}

inline bool is_flow_indicator(char c) {
    return c == ',' || c == '[' || c == ']' || c == '{' || c == '}';
}

}  // namespace reclint
