// The YAML character classes the lexical pre-scans share (flow nesting, comments).
#pragma once

namespace reclint {

inline bool is_blank(char c) {
    return c == ' ' || c == '\t' || c == '\r';
}

inline bool is_flow_indicator(char c) {
    return c == ',' || c == '[' || c == ']' || c == '{' || c == '}';
}

}  // namespace reclint
