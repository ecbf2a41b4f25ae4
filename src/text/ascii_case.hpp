// ASCII case folding, for names compared without case and for messages that start lowercase.
#pragma once

#include <string>
#include <string_view>

namespace reclint {

// Whatever the C locale: only 'A'-'Z' change.
inline char lowercase(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

inline std::string lowercase(std::string_view text) {
    std::string result(text);
    for (char& c : result)
        c = lowercase(c);
    return result;
}

// A library's message ("No such file") as the start of ours ("no such file").
inline std::string lowercase_first(std::string text) {
    if (!text.empty()) text[0] = lowercase(text[0]);
    return text;
}

inline bool equal_ignoring_case(char a, char b) {
    return lowercase(a) == lowercase(b);
}

}  // namespace reclint
