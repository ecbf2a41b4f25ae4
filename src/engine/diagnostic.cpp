#include "engine/diagnostic.hpp"

#include <tuple>

namespace reclint {

bool diagnostic_order(const Diagnostic& a, const Diagnostic& b) {
    // Within one file, byte offsets order exactly as (line, column) do.
    return std::tie(a.file->path(), a.span.begin, a.rule, a.message, a.span.end) <
           std::tie(b.file->path(), b.span.begin, b.rule, b.message, b.span.end);
}

}  // namespace reclint
