#include "warehouse/catalog_yaml.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <unordered_map>

#include "load/yaml_comments.hpp"
#include "load/yaml_loader.hpp"
#include "model/catalog.hpp"
#include "model/kind_detection.hpp"
#include "text/ascii_case.hpp"

namespace reclint {

namespace {

bool plain_is_safe(std::string_view text) {
    if (text.empty()) return false;
    const auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; };
    if (!letter(text.front())) return false;
    for (const char c : text) {
        if (!letter(c) && !(c >= '0' && c <= '9') && c != '.' && c != '-') return false;
    }
    // Words that YAML 1.1 reads as booleans or null.
    static constexpr std::array<std::string_view, 11> kReserved = {"true", "false", "null", "yes", "no", "on",
                                                                   "off",  "y",     "n",    "~",   "nan"};
    return std::find(kReserved.begin(), kReserved.end(), lowercase(text)) == kReserved.end();
}

// What the merged catalog says about one table, by hand.
struct KeptTable {
    std::vector<std::string_view> leading;  // comment lines above the entry
    std::string_view name_comment;          // at the end of the entry's lines
    std::string_view complete_comment;      // at the end of the `complete:` line
    std::optional<std::string_view> description;
    bool complete = false;
};

struct KeptCatalog {
    std::vector<std::string_view> header;  // comment lines above `tables:`
    std::vector<std::string_view> footer;  // comment lines after the last table
    std::unordered_map<std::string_view, KeptTable> tables;
    std::vector<std::string_view> order;  // table names in the file's order
};

class MergeReader {
  public:
    explicit MergeReader(const SourceFile& source) : source_(source), comments_(find_yaml_comments(source.text())) {}

    std::string read(KeptCatalog& kept) {
        parsed_ = parse_yaml(source_);
        if (!parsed_.problems.empty()) return at(parsed_.problems.front().span.begin, parsed_.problems.front().message);
        const Node* root = nullptr;
        for (const YamlDocument& document : parsed_.documents) {
            if (!root && detect_kind(*document.root) == DocumentKind::catalog) root = document.root;
        }
        if (!root) return at(0, "holds no \"kind: Catalog\" document to merge with");
        const MapEntry* tables = root->find_entry("tables");
        const std::uint32_t tables_begin = tables ? tables->key->span.begin : root->span.end;
        while (next_ < comments_.size() && comments_[next_].span.begin < tables_begin) {
            if (comments_[next_].own_line) kept.header.push_back(text_of(comments_[next_]));
            ++next_;
        }
        if (tables) {
            for (const Node* item : tables->value->items())
                nodes_.emplace(item->span.begin, item);
        }
        for (const CatalogTable& table : read_catalog(*root).tables) {
            KeptTable& entry = kept.tables[table.name.text];
            kept.order.push_back(table.name.text);
            const Node* node = nodes_.at(table.span.begin);
            keep_comments(table, *node, entry);
            entry.complete = entry.complete || table.complete;
            if (const auto description = node->find_string("description")) entry.description = *description;
        }
        for (; next_ < comments_.size(); ++next_) {
            if (comments_[next_].own_line) kept.footer.push_back(text_of(comments_[next_]));
        }
        return "";
    }

  private:
    std::string at(std::uint32_t offset, const std::string& message) const {
        const Position position = source_.position(offset);
        return source_.path() + ":" + std::to_string(position.line) + ":" + std::to_string(position.column) + ": " +
               message;
    }

    std::string_view text_of(const YamlComment& comment) const {
        return std::string_view(source_.text()).substr(comment.span.begin, comment.span.end - comment.span.begin);
    }

    // The comments up to the end of the table's entry, in text order: those on lines of their own
    // go above the entry, those at the end of a line after its name or its `complete:`.
    void keep_comments(const CatalogTable& table, const Node& node, KeptTable& entry) {
        const MapEntry* complete = node.find_entry("complete");
        const std::uint32_t complete_line = complete ? source_.position(complete->key->span.begin).line : 0;
        const std::uint32_t last_line = source_.line_count();
        for (; next_ < comments_.size(); ++next_) {
            const YamlComment& comment = comments_[next_];
            const std::uint32_t line = source_.position(comment.span.begin).line;
            // An end-of-line comment belongs to the line it ends, which may be the entry's last.
            const bool inside = comment.span.begin < table.span.end ||
                                (!comment.own_line && line == source_.position(table.span.end - 1).line);
            if (!inside || line > last_line) break;
            if (comment.own_line) {
                entry.leading.push_back(text_of(comment));
            } else {
                (line == complete_line ? entry.complete_comment : entry.name_comment) = text_of(comment);
            }
        }
    }

    const SourceFile& source_;
    std::vector<YamlComment> comments_;
    std::size_t next_ = 0;  // the first comment not yet placed
    ParsedYaml parsed_;
    std::unordered_map<std::uint32_t, const Node*> nodes_;  // the table entries by where they begin
};

void write_table(std::string& out, const ImportedTable& table, const KeptTable* kept) {
    if (kept) {
        for (const std::string_view comment : kept->leading)
            out.append("  ").append(comment).append("\n");
    }
    out.append("  - name: ").append(yaml_scalar(table.name));
    if (kept && !kept->name_comment.empty()) out.append("  ").append(kept->name_comment);
    out.append("\n");
    if (kept && kept->description) out.append("    description: ").append(yaml_scalar(*kept->description)).append("\n");
    if (table.columns_listed) {
        out.append("    columns: [");
        for (std::size_t i = 0; i < table.columns.size(); ++i)
            out.append(i ? ", " : "").append(yaml_scalar(table.columns[i]));
        out.append("]\n");
    }
    if (kept && kept->complete) {
        out.append("    complete: true");
        if (!kept->complete_comment.empty()) out.append("  ").append(kept->complete_comment);
        out.append("\n");
    }
}

}  // namespace

std::string yaml_scalar(std::string_view text) {
    if (plain_is_safe(text)) return std::string(text);
    std::string quoted = "\"";
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            quoted.append("\\").push_back(c);
        } else if (byte < 0x20 || byte == 0x7f) {
            char escape[8];
            std::snprintf(escape, sizeof escape, "\\x%02x", byte);
            quoted.append(escape);
        } else {
            quoted.push_back(c);
        }
    }
    return quoted + "\"";
}

CatalogText write_catalog_yaml(const ImportedCatalog& catalog, const SourceFile* merge) {
    CatalogText result;
    KeptCatalog kept;
    // The reader owns the node tree that the kept descriptions point into.
    std::optional<MergeReader> reader;
    if (merge) {
        result.error = reader.emplace(*merge).read(kept);
        if (!result.error.empty()) return result;
    }
    std::string& out = result.text;
    for (const std::string_view comment : kept.header)
        out.append(comment).append("\n");
    out.append("kind: Catalog\n");
    out.append(catalog.tables.empty() ? "tables: []\n" : "tables:\n");
    for (const ImportedTable& table : catalog.tables) {
        const auto found = kept.tables.find(table.name);
        write_table(out, table, found == kept.tables.end() ? nullptr : &found->second);
    }
    for (const std::string_view comment : kept.footer)
        out.append(comment).append("\n");
    for (const std::string_view name : kept.order) {
        if (!std::ranges::binary_search(catalog.tables, name, {},
                                        [](const ImportedTable& table) { return std::string_view(table.name); }))
            result.dropped.emplace_back(name);
    }
    return result;
}

}  // namespace reclint
