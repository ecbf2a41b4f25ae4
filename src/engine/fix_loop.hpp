// `--fix` and `--diff` reach a fixed point, as ruff does: the planned fixes applied in memory, the
// files checked again with their new texts, and fixed again, until no fix is left or the passes
// run out (a fix that keeps making another must not loop forever).
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "engine/diagnostic.hpp"
#include "load/file_texts.hpp"

namespace reclint {

// A file as the fixes left it.
struct FixedFile {
    std::string path;         // as reports name it
    std::string bom;          // the BOMs before the text, kept as they are
    std::string original;     // the text as first checked, after `bom`
    std::string text;         // after the last pass
    std::vector<Edit> edits;  // `original` -> `text`: sorted, disjoint, naming no file
    std::size_t fixes = 0;    // findings fixed, in every pass
    bool settled = true;      // false: fixes were left when the passes ran out
};

struct FixLoop {
    std::vector<FixedFile> files;  // in the order they were first fixed
    std::size_t passes = 0;        // passes that applied fixes
};

inline constexpr std::size_t kMostFixPasses = 10;

// The BOMs and the text of a file about to be fixed for the first time, or none to leave it
// alone (the callee says why).
using FixableText = std::function<std::optional<std::pair<std::string, std::string>>(const SourceFile&)>;

// The diagnostics of a check that reads `texts` (keyed by the paths reports use) in place of their
// files; they stay valid until the next call.
using Recheck = std::function<const std::vector<Diagnostic>&(const FileTexts& texts)>;

// Fixes `diagnostics`, checks again, and so on, at most `most_passes` times. `diagnostics` may die
// with the first `recheck`. A file whose check did not read the text the loop gave it (the config,
// read from disk) keeps the fixes made so far and gets no more.
FixLoop fix_until_settled(const std::vector<Diagnostic>& diagnostics, const FixableText& fixable_text,
                          const Recheck& recheck, std::size_t most_passes = kMostFixPasses);

}  // namespace reclint
