// A region of a text as byte offsets: what every node, diagnostic and note points at.
#pragma once

#include <cstdint>

namespace reclint {

// `end` is exclusive.
struct Span {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
    friend bool operator==(const Span&, const Span&) = default;

    bool contains(Span inner) const { return begin <= inner.begin && inner.end <= end; }
};

}  // namespace reclint
