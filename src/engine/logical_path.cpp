#include "engine/logical_path.hpp"

#include <optional>
#include <unordered_map>

#include "text/digits.hpp"

namespace reclint {

namespace {

bool is_word_start(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
bool is_word_char(char c) {
    return is_word_start(c) || is_digit(c) || c == '-';
}

// A key that reads unambiguously after a dot.
bool is_word(std::string_view text) {
    if (text.empty() || !is_word_start(text[0])) return false;
    for (const char c : text) {
        if (!is_word_char(c)) return false;
    }
    return true;
}

// A label that reads unambiguously inside brackets: not a number (that is an index) and no
// brackets, quotes or spaces.
bool is_bare_label(std::string_view text) {
    bool all_digits = true;
    for (const char c : text) {
        if (!is_word_char(c) && c != '.' && c != '/') return false;
        all_digits = all_digits && is_digit(c);
    }
    return !text.empty() && !all_digits;
}

// A key in a logical path: in double quotes, with " and \ escaped.
std::string escaped_quoted(std::string_view text) {
    std::string result = "\"";
    for (const char c : text) {
        if (c == '"' || c == '\\') result += '\\';
        result += c;
    }
    return result + "\"";
}

std::string label_segment(std::string_view label) {
    return "[" + (is_bare_label(label) ? std::string(label) : escaped_quoted(label)) + "]";
}

std::string key_segment(const Node& key) {
    if (!key.is_scalar()) return "[?]";
    if (is_word(key.value())) return "." + std::string(key.value());
    return "[" + escaped_quoted(key.value()) + "]";
}

// The documents of an Argo file are told apart by kind and name, so that adding a document
// above another does not rename it.
std::string document_segment(const YamlDocument& document, std::size_t index) {
    const Node& root = *document.root;
    if (root.is_mapping()) {
        const Node* metadata = root.find("metadata");
        const auto name = metadata && metadata->is_mapping() ? metadata->find_string("name") : std::nullopt;
        if (name) {
            const auto kind = root.find_string("kind");
            return label_segment(kind ? std::string(*kind) + "/" + std::string(*name) : std::string(*name));
        }
        if (const auto top_name = root.find_string("name")) return label_segment(*top_name);
    }
    return "[" + std::to_string(index) + "]";
}

// How many of `count` spans, in document order, begin at or before `offset`. Well defined on
// spans out of order too; callers check what it finds.
template <typename BeginOf>
std::size_t count_beginning_by(std::size_t count, std::uint32_t offset, BeginOf begin_of) {
    std::size_t low = 0;
    std::size_t high = count;
    while (low < high) {
        const std::size_t middle = low + (high - low) / 2;
        if (begin_of(middle) <= offset) {
            low = middle + 1;
        } else {
            high = middle;
        }
    }
    return low;
}

struct Step {
    const Node* child;  // null when the span is a key: keys have no children to descend into
    std::string segment;
};

// The labels of the items and documents that paths pass through, each found once: a mapping of
// 200,000 keys before its `name:` would otherwise be scanned for each finding inside it.
class LabelCache {
  public:
    std::optional<std::string_view> item_name(const Node& item) {
        const auto [found, added] = names_.try_emplace(&item);
        if (added && item.is_mapping()) found->second = item.find_string("name");
        return found->second;
    }
    const std::string& document_segment(const YamlDocument& document, std::size_t index) {
        const auto [found, added] = documents_.try_emplace(index);
        if (added) found->second = reclint::document_segment(document, index);
        return found->second;
    }

  private:
    std::unordered_map<const Node*, std::optional<std::string_view>> names_;
    std::unordered_map<std::size_t, std::string> documents_;
};

bool entry_contains(const MapEntry& entry, Span target) {
    return entry.key->span.contains(target) || entry.value->span.contains(target);
}

// The entry holding `target`. Merge keys (`<<: *defaults`) append entries from elsewhere in the
// file, out of order: when the binary search misses, a scan finds the entry anyway.
const MapEntry* entry_containing(std::span<const MapEntry> entries, Span target) {
    const std::size_t found =
        count_beginning_by(entries.size(), target.begin, [&](std::size_t i) { return entries[i].key->span.begin; });
    if (found > 0 && entry_contains(entries[found - 1], target)) return &entries[found - 1];
    for (const MapEntry& entry : entries) {
        if (entry_contains(entry, target)) return &entry;
    }
    return nullptr;
}

std::optional<Step> step_into(const Node& node, Span target, LabelCache& labels) {
    if (node.is_mapping()) {
        const MapEntry* entry = entry_containing(node.entries(), target);
        if (!entry) return std::nullopt;
        const bool at_key = entry->key->span.contains(target);
        return Step{at_key ? nullptr : entry->value, key_segment(*entry->key)};
    }
    if (node.is_sequence()) {
        // Items are always in document order: an alias item has the alias's own span.
        const auto items = node.items();
        const std::size_t found =
            count_beginning_by(items.size(), target.begin, [&](std::size_t i) { return items[i]->span.begin; });
        if (found == 0 || !items[found - 1]->span.contains(target)) return std::nullopt;
        const Node& item = *items[found - 1];
        const auto name = labels.item_name(item);
        return Step{&item, name ? label_segment(*name) : "[" + std::to_string(found - 1) + "]"};
    }
    return std::nullopt;
}

std::string path_in(std::span<const YamlDocument> documents, Span span, LabelCache& labels) {
    const std::size_t found =
        count_beginning_by(documents.size(), span.begin, [&](std::size_t i) { return documents[i].span.begin; });
    if (found == 0 || !documents[found - 1].span.contains(span)) return "";
    const YamlDocument& document = documents[found - 1];
    std::string path = documents.size() > 1 ? "documents" + labels.document_segment(document, found - 1) : "";
    // Each step goes one level down a finite tree without cycles (the loader rejects recursive
    // aliases), so the loop ends; no recursion on the user's nesting depth.
    for (const Node* node = document.root; node != nullptr;) {
        std::optional<Step> step = step_into(*node, span, labels);
        if (!step) break;
        path += step->segment;
        node = step->child;
    }
    if (path.starts_with('.')) path.erase(0, 1);
    return path;
}

}  // namespace

std::string logical_path(std::span<const YamlDocument> documents, Span span) {
    LabelCache labels;
    return path_in(documents, span, labels);
}

void add_logical_paths(std::vector<Diagnostic>& diagnostics, std::span<const InputFile* const> files) {
    struct FileLabels {
        const InputFile* file;
        LabelCache labels;
    };
    std::unordered_map<const SourceFile*, FileLabels> by_source;
    for (const InputFile* file : files)
        by_source.try_emplace(&file->source, FileLabels{file, {}});
    for (Diagnostic& diagnostic : diagnostics) {
        const auto found = by_source.find(diagnostic.file);
        if (found != by_source.end()) {
            diagnostic.logical_path =
                path_in(found->second.file->yaml.documents, diagnostic.span, found->second.labels);
        }
    }
}

}  // namespace reclint
