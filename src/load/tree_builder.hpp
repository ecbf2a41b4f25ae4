// Receives yaml-cpp's parse events and builds the node tree with spans; enforces the nesting and
// alias limits as the events arrive. Used only by the YAML loader.
#pragma once

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/mark.h>

#include <cstdint>
#include <functional>
#include <memory_resource>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "load/json_insertions.hpp"
#include "load/yaml_loader.hpp"

namespace reclint {

// What a "," outside "[...]" and "{...}" is told, where yaml-cpp stops at it.
inline constexpr std::string_view kStrayCommaMessage =
    "\",\" separates the entries of a \"[...]\" or \"{...}\" and cannot start a value; quote a value that begins "
    "with it";

// Thrown from inside the event handler to stop yaml-cpp; caught by the loader.
struct StopLoading {
    LoadProblem problem;
};

// yaml-cpp may read the text with bytes inserted in places (json_insertions.hpp); a mark's
// position maps back to an offset into the real text.
class MarkMapping {
  public:
    MarkMapping(std::uint32_t text_size, std::vector<Insertion> insertions);

    std::uint32_t offset(const YAML::Mark& mark) const;
    const std::vector<Insertion>& insertions() const { return insertions_; }

  private:
    std::uint32_t text_size_;
    std::vector<Insertion> insertions_;
    std::vector<std::uint64_t> read_at_;  // where each insertion starts in what yaml-cpp reads
};

class TreeBuilder final : public YAML::EventHandler {
  public:
    // `out_of_memory` is asked at every node: when it says yes, loading stops.
    TreeBuilder(std::string_view text, const MarkMapping& marks, const YamlLimits& limits,
                std::pmr::memory_resource& arena, std::function<bool()> out_of_memory);

    std::vector<YamlDocument> documents;
    std::vector<LoadProblem> duplicate_keys;

    void OnDocumentStart(const YAML::Mark& mark) override;
    void OnDocumentEnd() override;
    void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override;
    void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override;
    void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  const std::string& value) override;
    void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value style) override;
    void OnSequenceEnd() override { close(); }
    void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value style) override;
    void OnMapEnd() override { close(); }

    // The innermost flow collection of `type` still open when parsing stopped.
    const Node* innermost_open_flow(NodeType type) const;
    // The furthest offset an event has reached: where yaml-cpp was when it stopped.
    std::uint32_t furthest_event() const { return furthest_event_; }

  private:
    struct Frame {
        Node* node;
        YAML::anchor_t anchor;
        std::vector<const Node*> children;
        std::size_t weight = 1;  // nodes, counting every alias inside as a copy
        std::size_t height = 1;  // collections on the longest path down, this one included
        bool new_level = true;   // see open()
    };
    struct Anchor {
        const Node* node = nullptr;  // null while the anchored collection is still open
        std::size_t weight = 1;
        std::size_t height = 0;
    };

    bool in_flow() const { return !open_.empty() && open_.back().node->flow; }
    std::uint32_t at(const YAML::Mark& mark);
    Node* make_node(NodeType type, Span span);
    Node* copy_node(const Node& original, Span span);
    std::string_view store(std::string_view text);
    static CoreTag core_tag(std::string_view tag);
    void check_depth(std::size_t below, Span span) const;
    void count_alias(std::size_t nodes, Span span);
    void open(NodeType type, const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
              YAML::EmitterStyle::value style);
    void close();
    void stop_if_stuck(std::uint32_t offset);
    void finish(Node* node, YAML::anchor_t anchor);
    void add_to_parent(const Node* node, std::size_t weight, std::size_t height);
    std::span<const Node* const> store_items(const std::vector<const Node*>& children);
    std::span<const MapEntry> store_entries(const std::vector<const Node*>& children);
    void report_duplicate_keys(const std::vector<MapEntry>& entries);
    static void merge_keys(std::vector<MapEntry>& entries);

    std::string_view text_;
    const MarkMapping& marks_;  // outlives the builder
    const YamlLimits& limits_;
    std::pmr::memory_resource& arena_;
    std::function<bool()> out_of_memory_;
    std::vector<Frame> open_;
    std::size_t depth_ = 0;  // open frames that are a level of their own
    std::unordered_map<YAML::anchor_t, Anchor> anchors_;
    const Node* root_ = nullptr;
    std::uint32_t document_begin_ = 0;
    std::uint32_t last_end_ = 0;
    std::uint32_t furthest_event_ = 0;
    std::uint32_t last_root_null_ = UINT32_MAX;  // where the last empty document's null was
    std::size_t alias_nodes_ = 0;
};

}  // namespace reclint
