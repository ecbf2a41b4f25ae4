#include "load/yaml_loader.hpp"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <sstream>
#include <string_view>
#include <unordered_map>

#include "load/scalar_extent.hpp"
#include "load/text_checks.hpp"

namespace reclint {

namespace {

// Thrown from inside the event handler to stop yaml-cpp; caught in parse_yaml.
struct StopLoading {
    LoadProblem problem;
};

std::uint32_t to_offset(const YAML::Mark& mark, std::size_t size) {
    if (mark.is_null() || mark.pos < 0) return static_cast<std::uint32_t>(size);
    return static_cast<std::uint32_t>(std::min<std::size_t>(static_cast<std::size_t>(mark.pos), size));
}

class TreeBuilder final : public YAML::EventHandler {
public:
    TreeBuilder(const SourceFile& source, const YamlLimits& limits, std::pmr::memory_resource& arena)
        : text_(source.text()), limits_(limits), arena_(arena) {}

    std::vector<YamlDocument> documents;
    std::vector<LoadProblem> duplicate_keys;

    void OnDocumentStart(const YAML::Mark& mark) override {
        document_begin_ = to_offset(mark, text_.size());
        expanded_nodes_ = 0;
        anchors_.clear();
    }

    void OnDocumentEnd() override {
        const Node* root = root_ ? root_ : make_node(NodeType::null, {document_begin_, document_begin_});
        documents.push_back({root, {document_begin_, last_end_}});
        root_ = nullptr;
    }

    void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        const std::uint32_t at = to_offset(mark, text_.size());
        Span span{last_end_, last_end_};  // an empty value: right after what precedes it
        if (null_literal_at(text_, at, in_flow())) span = measure_scalar(text_, at, in_flow()).span;
        Node* node = make_node(NodeType::null, span);
        finish(node, anchor);
    }

    void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        const std::uint32_t at = to_offset(mark, text_.size());
        const std::uint32_t end = measure_scalar(text_, at, in_flow()).span.end;
        const auto target = anchors_.find(anchor);
        if (target == anchors_.end() || target->second.node == nullptr) {
            throw StopLoading{{LoadProblem::Kind::limits, {at, end},
                               "alias refers to a node that contains it (a recursive alias)"}};
        }
        Node* node = copy_node(*target->second.node, {at, end});
        count_expansion(target->second.weight, node->span);
        last_end_ = std::max(last_end_, end);
        add_to_parent(node, target->second.weight);
    }

    void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  const std::string& value) override {
        const ScalarExtent extent = measure_scalar(text_, to_offset(mark, text_.size()), in_flow());
        if (extent.unterminated) {
            throw StopLoading{{LoadProblem::Kind::syntax, {extent.span.begin, extent.span.begin + 1},
                               "unterminated quoted string: the closing quote is missing"}};
        }
        Node* node = make_node(NodeType::scalar, extent.span);
        node->style = extent.style;
        node->value = store(value);
        node->tag = explicit_tag(tag);
        finish(node, anchor);
    }

    void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value style) override {
        open(NodeType::sequence, mark, tag, anchor, style);
    }
    void OnSequenceEnd() override { close(); }

    void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value style) override {
        open(NodeType::mapping, mark, tag, anchor, style);
    }
    void OnMapEnd() override { close(); }

    // The innermost flow collection of `type` still open when parsing stopped.
    const Node* innermost_open_flow(NodeType type) const {
        for (auto frame = open_.rbegin(); frame != open_.rend(); ++frame) {
            if (frame->node->type == type && frame->node->flow) return frame->node;
        }
        return nullptr;
    }

private:
    struct Frame {
        Node* node;
        YAML::anchor_t anchor;
        std::vector<const Node*> children;
        std::size_t weight = 1;
    };
    struct Anchor {
        const Node* node = nullptr;  // null while the anchored collection is still open
        std::size_t weight = 1;
    };

    bool in_flow() const { return !open_.empty() && open_.back().node->flow; }

    Node* make_node(NodeType type, Span span) {
        Node* node = static_cast<Node*>(arena_.allocate(sizeof(Node), alignof(Node)));
        new (node) Node{};
        node->type = type;
        node->span = span;
        return node;
    }

    // An alias shares the anchored node's children but has its own position.
    Node* copy_node(const Node& original, Span span) {
        Node* node = make_node(original.type, span);
        *node = original;
        node->span = span;
        return node;
    }

    std::string_view store(std::string_view text) {
        if (text.empty()) return {};
        char* copy = static_cast<char*>(arena_.allocate(text.size(), 1));
        std::copy(text.begin(), text.end(), copy);
        return {copy, text.size()};
    }

    std::string_view explicit_tag(const std::string& tag) {
        return tag == "?" || tag == "!" ? std::string_view() : store(tag);
    }

    // Only what aliases add counts: a large document without aliases is not a "billion laughs".
    void count_expansion(std::size_t nodes, Span at) {
        expanded_nodes_ += nodes;
        if (expanded_nodes_ > limits_.max_alias_expansion) {
            throw StopLoading{{LoadProblem::Kind::limits, at,
                               "aliases expand this document past " +
                                   std::to_string(limits_.max_alias_expansion) +
                                   " nodes (a \"billion laughs\" document?)"}};
        }
    }

    void open(NodeType type, const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
              YAML::EmitterStyle::value style) {
        const std::uint32_t at = skip_properties(text_, to_offset(mark, text_.size()));
        Node* node = make_node(type, {at, at + 1});
        node->flow = style == YAML::EmitterStyle::Flow;
        node->tag = explicit_tag(tag);
        if (open_.size() >= limits_.max_depth) {
            throw StopLoading{{LoadProblem::Kind::limits, node->span,
                               "nesting deeper than " + std::to_string(limits_.max_depth) +
                                   " levels"}};
        }
        if (anchor != 0) anchors_[anchor] = Anchor{};
        open_.push_back({node, anchor, {}});
        last_end_ = node->flow ? at + 1 : at;
    }

    void close() {
        Frame frame = std::move(open_.back());
        open_.pop_back();
        Node* node = frame.node;
        if (node->type == NodeType::sequence) {
            node->items = store_items(frame.children);
        } else {
            node->entries = store_entries(frame.children);
        }
        const char closing = node->type == NodeType::sequence ? ']' : '}';
        if (node->flow) {
            last_end_ = flow_collection_end(text_, std::max(last_end_, node->span.begin + 1), closing);
        }
        node->span.end = std::max(last_end_, node->span.begin);
        if (frame.anchor != 0) anchors_[frame.anchor] = Anchor{node, frame.weight};
        add_to_parent(node, frame.weight);
    }

    // Adds a scalar or null node to the open collection (or makes it the document's root).
    void finish(Node* node, YAML::anchor_t anchor) {
        last_end_ = std::max(last_end_, node->span.end);
        if (anchor != 0) anchors_[anchor] = Anchor{node, 1};
        add_to_parent(node, 1);
    }

    void add_to_parent(const Node* node, std::size_t weight) {
        if (open_.empty()) {
            root_ = node;
            return;
        }
        open_.back().children.push_back(node);
        open_.back().weight += weight;
    }

    std::span<const Node* const> store_items(const std::vector<const Node*>& children) {
        if (children.empty()) return {};
        auto* items = static_cast<const Node**>(
            arena_.allocate(children.size() * sizeof(const Node*), alignof(const Node*)));
        std::copy(children.begin(), children.end(), items);
        return {items, children.size()};
    }

    std::span<const MapEntry> store_entries(const std::vector<const Node*>& children);
    void report_duplicate_keys(const std::vector<MapEntry>& entries);
    static void merge_keys(std::vector<MapEntry>& entries);

    std::string_view text_;
    const YamlLimits& limits_;
    std::pmr::memory_resource& arena_;
    std::vector<Frame> open_;
    std::unordered_map<YAML::anchor_t, Anchor> anchors_;
    const Node* root_ = nullptr;
    std::uint32_t document_begin_ = 0;
    std::uint32_t last_end_ = 0;
    std::size_t expanded_nodes_ = 0;
};

std::span<const MapEntry> TreeBuilder::store_entries(const std::vector<const Node*>& children) {
    std::vector<MapEntry> entries;
    entries.reserve(children.size() / 2);
    for (std::size_t i = 0; i + 1 < children.size(); i += 2) {
        entries.push_back({children[i], children[i + 1]});
    }
    report_duplicate_keys(entries);
    merge_keys(entries);
    if (entries.empty()) return {};
    auto* stored = static_cast<MapEntry*>(
        arena_.allocate(entries.size() * sizeof(MapEntry), alignof(MapEntry)));
    std::copy(entries.begin(), entries.end(), stored);
    return {stored, entries.size()};
}

void TreeBuilder::report_duplicate_keys(const std::vector<MapEntry>& entries) {
    std::unordered_map<std::string_view, const Node*> seen;
    seen.reserve(entries.size());
    for (const MapEntry& entry : entries) {
        if (!entry.key->is_scalar() || entry.key->value == "<<") continue;
        const auto [first, inserted] = seen.emplace(entry.key->value, entry.key);
        if (inserted) continue;
        duplicate_keys.push_back({LoadProblem::Kind::duplicate_key, entry.key->span,
                                  "duplicate key \"" + std::string(entry.key->value) + "\"",
                                  first->second->span, "first defined here"});
    }
}

// YAML merge keys (`<<: *defaults`): the merged mappings' entries come after the explicit ones,
// which win, and an earlier merged mapping wins over a later one.
void TreeBuilder::merge_keys(std::vector<MapEntry>& entries) {
    const auto is_merge = [](const MapEntry& entry) {
        return entry.key->is_scalar() && entry.key->style == ScalarStyle::plain &&
               entry.key->value == "<<" &&
               (entry.value->is_mapping() ||
                (entry.value->is_sequence() && !entry.value->items.empty() &&
                 std::all_of(entry.value->items.begin(), entry.value->items.end(),
                             [](const Node* item) { return item->is_mapping(); })));
    };
    if (std::none_of(entries.begin(), entries.end(), is_merge)) return;
    std::vector<MapEntry> merged;
    std::vector<const Node*> sources;
    for (const MapEntry& entry : entries) {
        if (!is_merge(entry)) {
            merged.push_back(entry);
        } else if (entry.value->is_mapping()) {
            sources.push_back(entry.value);
        } else {
            sources.insert(sources.end(), entry.value->items.begin(), entry.value->items.end());
        }
    }
    const auto present = [&merged](const Node* key) {
        return key->is_scalar() && std::any_of(merged.begin(), merged.end(), [key](const MapEntry& e) {
                   return e.key->is_scalar() && e.key->value == key->value;
               });
    };
    for (const Node* source : sources) {
        for (const MapEntry& entry : source->entries) {
            if (!present(entry.key)) merged.push_back(entry);
        }
    }
    entries = std::move(merged);
}

// yaml-cpp's messages are terse; say what is wrong and how it usually happens.
std::string explain_syntax_error(const std::string& message) {
    static const std::pair<std::string_view, std::string_view> kClearer[] = {
        {"end of sequence flow not found", "\"]\" expected: a flow sequence is not closed"},
        {"end of map flow not found", "\"}\" expected: a flow mapping is not closed"},
        {"illegal map value",
         "a mapping value is not allowed here; check the indentation, or quote a value that contains \": \""},
        {"illegal block entry", "a sequence entry (\"- \") is not allowed here; check the indentation"},
        {"end of map not found", "the mapping does not end where expected; check the indentation"},
        {"end of sequence not found", "the sequence does not end where expected; check the indentation"},
        {"bad file", "the document is nested too deeply to parse"},
    };
    for (const auto& [terse, better] : kClearer) {
        if (message == terse) return std::string(better);
    }
    return message;
}

// Where a tab indents the line of `offset`, if one does: the usual cause of a confusing error.
std::optional<std::uint32_t> indenting_tab(const SourceFile& source, std::uint32_t offset) {
    const Position at = source.position(offset);
    const std::string_view line = source.line_text(at.line);
    const std::string_view indent = line.substr(0, std::min(line.find_first_not_of(" \t"), line.size()));
    const std::size_t tab = indent.find('\t');
    if (tab == std::string_view::npos) return std::nullopt;
    return source.offset({at.line, 1}) + static_cast<std::uint32_t>(tab);
}

LoadProblem syntax_problem(const SourceFile& source, const YAML::Exception& error, const TreeBuilder& builder) {
    const std::uint32_t at = to_offset(error.mark, source.text().size());
    const bool on_character = at < source.text().size() && source.text()[at] != '\n';
    if (const auto tab = indenting_tab(source, at)) {
        return {LoadProblem::Kind::syntax, {*tab, *tab + 1}, "a tab indents this line; YAML indents with spaces only"};
    }
    LoadProblem problem{LoadProblem::Kind::syntax, {at, on_character ? at + 1 : at},
                        explain_syntax_error(error.msg)};
    const bool sequence = error.msg == "end of sequence flow not found";
    if (sequence || error.msg == "end of map flow not found") {
        if (const Node* open = builder.innermost_open_flow(sequence ? NodeType::sequence : NodeType::mapping)) {
            problem.note_span = Span{open->span.begin, open->span.begin + 1};
            problem.note = sequence ? "the sequence opens here" : "the mapping opens here";
        }
    }
    return problem;
}

}  // namespace

ParsedYaml parse_yaml(const SourceFile& source, const YamlLimits& limits) {
    ParsedYaml result;
    result.arena = std::make_unique<std::pmr::monotonic_buffer_resource>(
        std::max<std::size_t>(1024, source.text().size() * 4));
    if (auto problem = check_text(source)) {
        result.problems.push_back(std::move(*problem));
        return result;
    }
    std::istringstream stream(source.text());
    YAML::Parser parser(stream);
    TreeBuilder builder(source, limits, *result.arena);
    try {
        while (parser.HandleNextDocument(builder)) {
        }
    } catch (const StopLoading& stop) {
        result.problems.push_back(stop.problem);
    } catch (const YAML::Exception& error) {
        result.problems.push_back(syntax_problem(source, error, builder));
    } catch (const std::exception& error) {
        result.problems.push_back({LoadProblem::Kind::syntax, {0, 0},
                                   std::string("the YAML parser failed: ") + error.what()});
    }
    result.documents = std::move(builder.documents);
    for (LoadProblem& duplicate : builder.duplicate_keys) result.problems.push_back(std::move(duplicate));
    return result;
}

}  // namespace reclint
