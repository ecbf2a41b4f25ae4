// How messages name things: in double quotes, one or a list. (Reports escape what they print.)
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace reclint {

// `"name"`.
inline std::string quoted(std::string_view text) {
    return "\"" + std::string(text) + "\"";
}

// `"a"`, `"a" and "b"`, `"a", "b" and "c"`.
inline std::string quoted_list(const std::vector<std::string_view>& names) {
    std::string text;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0) text += i + 1 == names.size() ? " and " : ", ";
        text += quoted(names[i]);
    }
    return text;
}

}  // namespace reclint
