#include "model/argo_variables.hpp"

#include <utility>

#include "load/value_spans.hpp"

namespace reclint {

namespace {

bool is_name_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

std::size_t skip_spaces(std::string_view text, std::size_t at) {
    while (at < text.size() && text[at] == ' ')
        ++at;
    return at;
}

// Whether an expression's text from `at` is only the rest of a plain variable (`.path`, spaces)
// up to its `}}`.
bool ends_plainly(std::string_view text, std::size_t at) {
    while (at < text.size() && (is_name_char(text[at]) || text[at] == '.') && text[at] != '-')
        ++at;
    at = skip_spaces(text, at);
    return text.substr(at).starts_with("}}");
}

}  // namespace

void scan_references(const Node& scalar, const SourceFile& source, std::string_view prefix, bool in_hooks,
                     std::vector<TemplateReference>& found) {
    const std::string_view text = scalar.value();
    const ValueSpans spans(scalar, source);  // many references in one long value: no rescan each
    for (std::size_t at = text.find("{{"); at != std::string_view::npos; at = text.find("{{", at)) {
        at = skip_spaces(text, at + 2);
        const bool expression = at < text.size() && text[at] == '=';
        if (expression) at = skip_spaces(text, at + 1);
        if (!text.substr(at).starts_with(prefix)) continue;
        const std::size_t start = at + prefix.size();
        std::size_t end = start;
        while (end < text.size() && is_name_char(text[end]) && !(expression && text[end] == '-'))
            ++end;
        at = end;
        if (end == start || (expression && !ends_plainly(text, end))) continue;
        found.push_back({text.substr(start, end - start), spans.at(start, end - start), in_hooks});
    }
}

std::vector<TemplateReference> references_under(const Node& root, const SourceFile& source, std::string_view prefix) {
    std::vector<TemplateReference> found;
    std::vector<std::pair<const Node*, bool>> pending{{&root, false}};
    while (!pending.empty()) {
        const auto [node, in_hooks] = pending.back();
        pending.pop_back();
        if (node->is_string()) {
            scan_references(*node, source, prefix, in_hooks, found);
        } else if (node->is_sequence()) {
            for (auto it = node->items().rbegin(); it != node->items().rend(); ++it)
                pending.emplace_back(*it, in_hooks);
        } else if (node->is_mapping()) {
            for (auto it = node->entries().rbegin(); it != node->entries().rend(); ++it) {
                const std::string_view key = it->key->value();
                if (key != "inline") pending.emplace_back(it->value, in_hooks || key == "hooks");
            }
        }
    }
    return found;
}

}  // namespace reclint
