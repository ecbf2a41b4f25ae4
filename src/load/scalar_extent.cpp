#include "load/scalar_extent.hpp"

#include "text/yaml_characters.hpp"

namespace reclint {

namespace {

// A plain scalar ends at a line break, at " #", at ": " and, inside flow collections, at an indicator.
std::uint32_t plain_end(std::string_view text, std::uint32_t i, bool in_flow) {
    std::uint32_t end = i;
    const auto size = static_cast<std::uint32_t>(text.size());
    while (i < size && !is_break(text[i])) {
        const char c = text[i];
        if (c == '#' && i > 0 && is_white(text[i - 1])) break;
        if (c == ':' && (i + 1 == size || is_white(text[i + 1]) || is_break(text[i + 1]) ||
                         (in_flow && is_flow_indicator(text[i + 1])))) {
            break;
        }
        if (in_flow && is_flow_indicator(c)) break;
        ++i;
        if (!is_white(c)) end = i;
    }
    return end;
}

std::uint32_t quoted_end(std::string_view text, std::uint32_t i, char quote, bool& unterminated) {
    const auto size = static_cast<std::uint32_t>(text.size());
    for (++i; i < size; ++i) {
        if (quote == '"' && text[i] == '\\') {
            ++i;
        } else if (text[i] == quote) {
            if (quote == '\'' && i + 1 < size && text[i + 1] == '\'') {
                ++i;
            } else {
                return i + 1;
            }
        }
    }
    unterminated = true;
    return size;
}

}  // namespace

std::uint32_t skip_properties(std::string_view text, std::uint32_t begin) {
    const auto size = static_cast<std::uint32_t>(text.size());
    std::uint32_t i = begin;
    while (i < size && (text[i] == '&' || text[i] == '!')) {
        while (i < size && !is_white(text[i]) && !is_break(text[i]) && text[i] != ',' && text[i] != ']' &&
               text[i] != '}') {
            ++i;
        }
        while (i < size && (is_white(text[i]) || is_break(text[i])))
            ++i;
    }
    return i;
}

ScalarExtent measure_scalar(std::string_view text, std::uint32_t begin, bool in_flow) {
    ScalarExtent extent;
    const std::uint32_t start = skip_properties(text, begin);
    extent.span.begin = start;
    if (start >= text.size()) {
        extent.span.end = start;
        return extent;
    }
    const char first = text[start];
    if (first == '"' || first == '\'') {
        extent.style = first == '"' ? ScalarStyle::double_quoted : ScalarStyle::single_quoted;
        extent.span.end = quoted_end(text, start, first, extent.unterminated);
    } else if (first == '|' || first == '>') {
        extent.style = first == '|' ? ScalarStyle::literal : ScalarStyle::folded;
        std::uint32_t end = start + 1;
        while (end < text.size() && !is_white(text[end]) && !is_break(text[end]))
            ++end;
        extent.span.end = end;
    } else {
        extent.span.end = plain_end(text, start, in_flow);
    }
    return extent;
}

bool null_literal_at(std::string_view text, std::uint32_t begin, bool in_flow) {
    const std::uint32_t start = skip_properties(text, begin);
    // Compare the word before measuring the scalar: most null events are empty values that point
    // at whatever follows, and measuring that first would scan its line once per event.
    for (const std::string_view word : {"~", "null", "Null", "NULL"}) {
        if (text.substr(start, word.size()) == word) return plain_end(text, start, in_flow) == start + word.size();
    }
    return false;
}

std::uint32_t flow_collection_end(std::string_view text, std::uint32_t from, char closing) {
    const auto size = static_cast<std::uint32_t>(text.size());
    for (std::uint32_t i = from; i < size; ++i) {
        if (text[i] == closing) return i + 1;
        if (text[i] == '#') {
            while (i < size && !is_break(text[i]))
                ++i;
        }
    }
    return from;
}

}  // namespace reclint
