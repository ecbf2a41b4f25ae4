// Long sequences (a document of a million jobs) are validated item by item, so that valijson's
// errors for them never pile up: it keeps one or two for every failing item until the end.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "load/node.hpp"
#include "schema/schema_validator.hpp"

namespace valijson {
class Subschema;
}

namespace reclint {

// Sequences of at least this many items are validated one item at a time.
constexpr std::size_t kLongSequence = 4096;

// A long sequence that the schema reaches through `properties` and `items` alone, so that nothing
// but its items' schema looks at its items.
struct LongSequence {
    const Node* node;
    const valijson::Subschema* items;  // the schema of each item
    std::vector<std::string> context;  // valijson's path to it: "<root>", "[jobs]", ...
};

// The long sequences of the document, in document order, none inside another.
std::vector<LongSequence> find_long_sequences(const Node& root, const valijson::Subschema& schema);

// While it lives, valijson on this thread sees no items in these sequences (their count stays,
// for minItems and maxItems): they are validated one by one instead.
class HiddenItems {
  public:
    explicit HiddenItems(const std::vector<LongSequence>& sequences);
    ~HiddenItems();
    HiddenItems(const HiddenItems&) = delete;
    HiddenItems& operator=(const HiddenItems&) = delete;

    // Whether valijson should see no items in `sequence` now.
    static bool hides(const Node& sequence);

  private:
    std::vector<const Node*> nodes_;
    const std::vector<const Node*>* outer_;
};

// Keeps the first `most` violations of each kind, given in document order, and counts the rest on
// one violation at the first of them (its `left_out`).
class ViolationCap {
  public:
    explicit ViolationCap(std::size_t most) : most_(most) {}
    void add(SchemaViolation violation);
    std::vector<SchemaViolation> take() { return std::move(violations_); }

  private:
    static constexpr std::size_t kNone = static_cast<std::size_t>(-1);
    std::size_t most_;
    std::size_t kept_[2] = {0, 0};                 // per SchemaViolation::Kind
    std::size_t left_out_at_[2] = {kNone, kNone};  // index of the violation counting the rest
    std::vector<SchemaViolation> violations_;
};

}  // namespace reclint
