// How messages name things: in double quotes, one or a list. (Reports escape what they print.)
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "text/utf8.hpp"

namespace reclint {

// Names past this many bytes are shown by their start: a 20,000-character JSON key quoted whole
// in every message about it would bury the report.
inline constexpr std::size_t kMostQuotedBytes = 200;

// `"name"`, or `"start of a very long name…"`.
inline std::string quoted(std::string_view text) {
    if (text.size() <= kMostQuotedBytes) return "\"" + std::string(text) + "\"";
    std::size_t cut = kMostQuotedBytes / 2;
    while (cut > 0 && utf8::is_continuation_byte(static_cast<unsigned char>(text[cut])))
        --cut;
    return "\"" + std::string(text.substr(0, cut)) + "\u2026\"";
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
