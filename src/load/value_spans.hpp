// Spans of parts of one scalar's value (a task name inside a `depends` expression, a reference
// inside a `when`), for many parts at once.
#pragma once

#include <cstddef>

#include "load/node.hpp"

namespace reclint {

// Whether the value is written literally in the source (plain, or quoted without escapes on one
// line) is checked once, so each part's span costs O(1) however many parts a long value has.
class ValueSpans {
  public:
    ValueSpans(const Node& scalar, const SourceFile& source);

    // The span of `length` bytes starting `offset` bytes into the value, when it is written
    // literally; otherwise the whole scalar's span.
    Span at(std::size_t offset, std::size_t length) const;

  private:
    Span whole_;
    std::size_t start_ = 0;
    std::size_t size_ = 0;
    bool literal_ = false;
};

}  // namespace reclint
