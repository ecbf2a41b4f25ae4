#include "load/tree_builder.hpp"

#include <algorithm>
#include <unordered_set>

#include "load/scalar_extent.hpp"

namespace reclint {

MarkMapping::MarkMapping(std::uint32_t text_size, std::vector<Insertion> insertions)
    : text_size_(text_size), insertions_(std::move(insertions)) {
    std::uint64_t shift = 0;
    read_at_.reserve(insertions_.size());
    for (const Insertion& insertion : insertions_) {
        read_at_.push_back(insertion.at + shift);
        shift += insertion.bytes.size();
    }
}

std::uint32_t MarkMapping::offset(const YAML::Mark& mark) const {
    if (mark.is_null() || mark.pos < 0) return text_size_;
    const auto pos = static_cast<std::uint64_t>(mark.pos);
    // The last insertion that starts at or before `pos`: everything before it is shifted.
    const auto after = std::upper_bound(read_at_.begin(), read_at_.end(), pos);
    if (after == read_at_.begin()) return static_cast<std::uint32_t>(std::min<std::uint64_t>(pos, text_size_));
    const auto index = static_cast<std::size_t>(after - read_at_.begin()) - 1;
    const Insertion& last = insertions_[index];
    const std::uint64_t shift = read_at_[index] - last.at;
    const std::uint64_t real = pos < read_at_[index] + last.bytes.size() ? last.at : pos - shift - last.bytes.size();
    return static_cast<std::uint32_t>(std::min<std::uint64_t>(real, text_size_));
}

TreeBuilder::TreeBuilder(std::string_view text, const MarkMapping& marks, const YamlLimits& limits,
                         std::pmr::memory_resource& arena, std::function<bool()> out_of_memory)
    : text_(text), marks_(marks), limits_(limits), arena_(arena), out_of_memory_(std::move(out_of_memory)) {}

std::uint32_t TreeBuilder::at(const YAML::Mark& mark) {
    const std::uint32_t offset = marks_.offset(mark);
    furthest_event_ = std::max(furthest_event_, offset);
    return offset;
}

void TreeBuilder::OnDocumentStart(const YAML::Mark& mark) {
    document_begin_ = at(mark);
    alias_nodes_ = 0;
    anchors_.clear();
}

void TreeBuilder::OnDocumentEnd() {
    const Node* root = root_ ? root_ : make_node(NodeType::null, {document_begin_, document_begin_});
    documents.push_back({root, {document_begin_, last_end_}});
    root_ = nullptr;
}

void TreeBuilder::OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) {
    const std::uint32_t offset = at(mark);
    if (open_.empty()) stop_if_stuck(offset);
    Span span{last_end_, last_end_};  // an empty value: right after what precedes it
    if (null_literal_at(text_, offset, in_flow())) span = measure_scalar(text_, offset, in_flow()).span;
    finish(make_node(NodeType::null, span), anchor);
}

// yaml-cpp leaves a token that cannot start a node (a "," outside "[...]" or "{...}") unread and
// ends an empty document before it, again and again without end: a second empty document at the
// same place means the parser is stuck there.
void TreeBuilder::stop_if_stuck(std::uint32_t offset) {
    if (offset != last_root_null_ || offset >= text_.size()) {
        last_root_null_ = offset;
        return;
    }
    // Only "," is known to do this; any other byte that did would be printable ASCII too (control
    // characters are rejected before parsing, and any other byte starts a plain scalar).
    const char token = text_[offset];
    std::string message =
        token == ',' ? std::string(kStrayCommaMessage) : "\"" + std::string(1, token) + "\" cannot start a value here";
    throw StopLoading{{LoadProblem::Kind::syntax, {offset, offset + 1}, std::move(message)}};
}

void TreeBuilder::OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) {
    const std::uint32_t offset = at(mark);
    const std::uint32_t end = measure_scalar(text_, offset, in_flow()).span.end;
    const auto target = anchors_.find(anchor);
    if (target == anchors_.end() || target->second.node == nullptr) {
        throw StopLoading{
            {LoadProblem::Kind::limits, {offset, end}, "alias refers to a node that contains it (a recursive alias)"}};
    }
    Node* node = copy_node(*target->second.node, {offset, end});
    check_depth(target->second.height, node->span);
    count_alias(target->second.weight, node->span);
    last_end_ = std::max(last_end_, end);
    add_to_parent(node, target->second.weight, target->second.height);
}

void TreeBuilder::OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                           const std::string& value) {
    const ScalarExtent extent = measure_scalar(text_, at(mark), in_flow());
    if (extent.unterminated) {
        throw StopLoading{{LoadProblem::Kind::syntax,
                           {extent.span.begin, extent.span.begin + 1},
                           "unterminated quoted string: the closing quote is missing"}};
    }
    Node* node = make_node(NodeType::scalar, extent.span);
    node->style = extent.style;
    node->set_contents(store(value));
    node->tag = core_tag(tag);
    finish(node, anchor);
}

void TreeBuilder::OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                                  YAML::EmitterStyle::value style) {
    open(NodeType::sequence, mark, tag, anchor, style);
}

void TreeBuilder::OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                             YAML::EmitterStyle::value style) {
    open(NodeType::mapping, mark, tag, anchor, style);
}

const Node* TreeBuilder::innermost_open_flow(NodeType type) const {
    for (auto frame = open_.rbegin(); frame != open_.rend(); ++frame) {
        if (frame->node->type == type && frame->node->flow) return frame->node;
    }
    return nullptr;
}

Node* TreeBuilder::make_node(NodeType type, Span span) {
    if (out_of_memory_()) {
        throw StopLoading{{LoadProblem::Kind::limits, {furthest_event_, furthest_event_}, ""}};
    }
    Node* node = static_cast<Node*>(arena_.allocate(sizeof(Node), alignof(Node)));
    new (node) Node(type);
    node->span = span;
    return node;
}

// An alias shares the anchored node's children but has its own position.
Node* TreeBuilder::copy_node(const Node& original, Span span) {
    Node* node = make_node(original.type, span);
    *node = original;
    node->span = span;
    return node;
}

std::string_view TreeBuilder::store(std::string_view text) {
    if (text.empty()) return {};
    char* copy = static_cast<char*>(arena_.allocate(text.size(), 1));
    std::copy(text.begin(), text.end(), copy);
    return {copy, text.size()};
}

CoreTag TreeBuilder::core_tag(std::string_view tag) {
    static constexpr std::pair<std::string_view, CoreTag> kCoreTags[] = {
        {"tag:yaml.org,2002:str", CoreTag::string},   {"tag:yaml.org,2002:int", CoreTag::integer},
        {"tag:yaml.org,2002:float", CoreTag::number}, {"tag:yaml.org,2002:bool", CoreTag::boolean},
        {"tag:yaml.org,2002:null", CoreTag::null},
    };
    for (const auto& [name, core] : kCoreTags) {
        if (tag == name) return core;
    }
    return CoreTag::none;
}

// `below` more levels under the open ones: through an alias, a small document can nest a
// collection many times deeper than its text shows.
void TreeBuilder::check_depth(std::size_t below, Span span) const {
    if (depth_ + below > limits_.max_depth) {
        throw StopLoading{
            {LoadProblem::Kind::limits, span, "nesting deeper than " + std::to_string(limits_.max_depth) + " levels"}};
    }
}

void TreeBuilder::count_alias(std::size_t nodes, Span span) {
    alias_nodes_ += nodes;
    if (alias_nodes_ > limits_.max_alias_expansion) {
        throw StopLoading{{LoadProblem::Kind::limits, span,
                           "aliases expand this document past " + std::to_string(limits_.max_alias_expansion) +
                               " nodes (a \"billion laughs\" document?)"}};
    }
}

// A collection that starts where its parent starts is not a level of its own: yaml-cpp reports
// a "[" still open at the end of the text as a sequence inside a one-entry mapping, both at the
// bracket, and those two are one level of what the user wrote.
void TreeBuilder::open(NodeType type, const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value style) {
    const std::uint32_t offset = skip_properties(text_, at(mark));
    Node* node = make_node(type, {offset, offset + 1});
    node->flow = style == YAML::EmitterStyle::Flow;
    node->tag = core_tag(tag);
    const bool new_level = open_.empty() || open_.back().node->span.begin != offset;
    if (new_level) check_depth(1, node->span);
    if (anchor != 0) anchors_[anchor] = Anchor{};
    depth_ += new_level ? 1 : 0;
    open_.push_back({node, anchor, {}, 1, 1, new_level});
    last_end_ = node->flow ? offset + 1 : offset;
}

void TreeBuilder::close() {
    Frame frame = std::move(open_.back());
    open_.pop_back();
    depth_ -= frame.new_level ? 1 : 0;
    Node* node = frame.node;
    if (node->type == NodeType::sequence) {
        node->set_contents(store_items(frame.children));
    } else {
        node->set_contents(store_entries(frame.children));
    }
    const char closing = node->type == NodeType::sequence ? ']' : '}';
    if (node->flow) {
        last_end_ = flow_collection_end(text_, std::max(last_end_, node->span.begin + 1), closing);
    }
    node->span.end = std::max(last_end_, node->span.begin);
    if (frame.anchor != 0) anchors_[frame.anchor] = Anchor{node, frame.weight, frame.height};
    add_to_parent(node, frame.weight, frame.height);
}

// Adds a scalar or null node to the open collection (or makes it the document's root).
void TreeBuilder::finish(Node* node, YAML::anchor_t anchor) {
    last_end_ = std::max(last_end_, node->span.end);
    if (anchor != 0) anchors_[anchor] = Anchor{node, 1, 0};
    add_to_parent(node, 1, 0);
}

void TreeBuilder::add_to_parent(const Node* node, std::size_t weight, std::size_t height) {
    if (open_.empty()) {
        root_ = node;
        return;
    }
    Frame& parent = open_.back();
    parent.children.push_back(node);
    parent.weight += weight;
    parent.height = std::max(parent.height, height + 1);
}

std::span<const Node* const> TreeBuilder::store_items(const std::vector<const Node*>& children) {
    if (children.empty()) return {};
    std::pmr::polymorphic_allocator<const Node*> allocator(&arena_);
    const Node** items = allocator.allocate(children.size());
    std::copy(children.begin(), children.end(), items);
    return {items, children.size()};
}

std::span<const MapEntry> TreeBuilder::store_entries(const std::vector<const Node*>& children) {
    std::vector<MapEntry> entries;
    entries.reserve(children.size() / 2);
    for (std::size_t i = 0; i + 1 < children.size(); i += 2) {
        entries.push_back({children[i], children[i + 1]});
    }
    report_duplicate_keys(entries);
    merge_keys(entries);
    if (entries.empty()) return {};
    auto* stored = static_cast<MapEntry*>(arena_.allocate(entries.size() * sizeof(MapEntry), alignof(MapEntry)));
    std::copy(entries.begin(), entries.end(), stored);
    return {stored, entries.size()};
}

void TreeBuilder::report_duplicate_keys(const std::vector<MapEntry>& entries) {
    std::unordered_map<std::string_view, const Node*> seen;
    seen.reserve(entries.size());
    for (const MapEntry& entry : entries) {
        if (!entry.key->is_scalar() || entry.key->value() == "<<") continue;
        const auto [first, inserted] = seen.emplace(entry.key->value(), entry.key);
        if (inserted) continue;
        duplicate_keys.push_back({LoadProblem::Kind::duplicate_key, entry.key->span,
                                  "duplicate key \"" + std::string(entry.key->value()) + "\"", first->second->span,
                                  "first defined here"});
    }
}

// YAML merge keys (`<<: *defaults`): the merged mappings' entries come after the explicit ones,
// which win, and an earlier merged mapping wins over a later one.
void TreeBuilder::merge_keys(std::vector<MapEntry>& entries) {
    const auto is_merge = [](const MapEntry& entry) {
        return entry.key->is_scalar() && entry.key->style == ScalarStyle::plain && entry.key->value() == "<<" &&
               (entry.value->is_mapping() || (entry.value->is_sequence() && !entry.value->items().empty() &&
                                              std::all_of(entry.value->items().begin(), entry.value->items().end(),
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
            sources.insert(sources.end(), entry.value->items().begin(), entry.value->items().end());
        }
    }
    // A set, not a scan of `merged`: a hostile file merges mappings of 50,000 keys.
    std::unordered_set<std::string_view> present;
    for (const MapEntry& entry : merged) {
        if (entry.key->is_scalar()) present.insert(entry.key->value());
    }
    for (const Node* source : sources) {
        for (const MapEntry& entry : source->entries()) {
            if (!entry.key->is_scalar()) {
                merged.push_back(entry);
            } else if (present.insert(entry.key->value()).second) {
                merged.push_back(entry);
            }
        }
    }
    entries = std::move(merged);
}

}  // namespace reclint
