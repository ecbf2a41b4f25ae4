// Reads the suppression comments of one file (README, "Suppressing a finding") from its raw text:
// `# reclint: disable=id[,id...] -- reason` covers its own line, or the next line when it stands
// alone on its line; `# reclint: disable-file=id[,id...] -- reason` covers the whole file.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "load/source_file.hpp"

namespace reclint {

// One rule id or glob as written in a comment.
struct SuppressedSelector {
    std::string_view text;
    Span span;
};

struct Suppression {
    enum class Scope { this_line, next_line, file };
    Scope scope = Scope::this_line;
    // The 1-based line it covers (this_line, next_line); 0 when a comment on its own line has no
    // line after it. A comment on its own line skips the comment lines below it, so several
    // suppressions can be stacked above one line; a blank line is not skipped.
    std::uint32_t line = 0;
    Span comment;  // the whole comment, from its `#`
    std::vector<SuppressedSelector> selectors;
    std::string_view reason;  // after ` -- `, may be empty
};

// A comment that starts with `reclint:` but says nothing reclint understands.
struct MalformedSuppression {
    Span span;  // the part that is wrong
    std::string message;
};

struct FileSuppressions {
    std::vector<Suppression> suppressions;
    std::vector<MalformedSuppression> malformed;
    bool empty() const { return suppressions.empty() && malformed.empty(); }
};

// Cheap: a file whose text never mentions `reclint:` is not lexed at all.
FileSuppressions find_suppressions(const SourceFile& source);

}  // namespace reclint
