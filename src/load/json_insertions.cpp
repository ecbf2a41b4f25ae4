#include "load/json_insertions.hpp"

#include <algorithm>

namespace reclint {

namespace {

constexpr std::size_t kLongKey = 1000;  // bytes from the key's quote to its ':'; YAML allows 1,024 characters

// The offset just past the string whose opening quote is at `quote` (the text's end if it is not closed).
std::size_t string_end(std::string_view text, std::size_t quote) {
    for (std::size_t i = quote + 1; i < text.size(); ++i) {
        if (text[i] == '\\') {
            ++i;
        } else if (text[i] == '"') {
            return i + 1;
        }
    }
    return text.size();
}

// Walks the collections from the root's bracket, noting where an object key is expected (after
// "{" or after "," inside an object) and inserting "? " before a long one.
void mark_long_keys(std::string_view text, std::size_t root, std::vector<Insertion>& insertions) {
    std::vector<char> open;  // '{' or '[' of each collection around the current byte
    bool key_expected = false;
    for (std::size_t i = root; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '"') {
            const std::size_t end = string_end(text, i);
            const std::size_t colon = std::min(text.find_first_not_of(" \t\r\n", end), text.size());
            if (key_expected && colon < text.size() && text[colon] == ':' && colon - i > kLongKey)
                insertions.push_back({static_cast<std::uint32_t>(i), "? "});
            key_expected = false;
            i = end - 1;
        } else if (c == '{' || c == '[') {
            open.push_back(c);
            key_expected = c == '{';
        } else if (c == '}' || c == ']') {
            if (!open.empty()) open.pop_back();
            key_expected = false;
        } else if (c == ',') {
            key_expected = !open.empty() && open.back() == '{';
        } else if (c == '#') {
            i = std::min(text.find('\n', i), text.size());  // a comment yaml-cpp accepts
        } else if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
            key_expected = false;
        }
    }
}

}  // namespace

std::vector<Insertion> json_insertions(std::string_view text) {
    std::vector<Insertion> insertions;
    const std::size_t first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos || (text[first] != '{' && text[first] != '[')) return insertions;
    const std::size_t line = text.rfind('\n', first);
    insertions.push_back({static_cast<std::uint32_t>(line == std::string_view::npos ? 0 : line + 1), "--- "});
    mark_long_keys(text, first, insertions);
    return insertions;
}

}  // namespace reclint
