// Which safe fixes apply to a file: each finding's edits whole or not at all, never two that
// overlap (the later one waits for the next pass), in the file's own bytes.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "engine/diagnostic.hpp"

namespace reclint {

struct FileFixPlan {
    const SourceFile* file = nullptr;
    std::vector<Edit> edits;  // sorted by position, disjoint
    std::size_t fixes = 0;    // findings whose fix is in `edits`
    std::size_t skipped = 0;  // fixes left out because they overlap one taken before
};

// The fixes of `diagnostics` by file, in the order files first appear. A fix is taken in the
// diagnostics' order unless one of its edits overlaps an edit already taken (two insertions at one
// place overlap too), or it edits another file than its finding's.
std::vector<FileFixPlan> plan_fixes(const std::vector<Diagnostic>& diagnostics);

// `text` with `edits` applied, where an edit's offsets are `shift` bytes before their place in
// `text` (the BOM the file's text was read without).
std::string apply_edits(std::string_view text, const std::vector<Edit>& edits, std::size_t shift = 0);

// `later`, edits of the text that `earlier` made of an original (`between`), folded into `earlier`:
// edits of the original that give the same text. Edits of the two that overlap or touch become one.
// The result names no file: the texts it is computed on outlive the files of both.
std::vector<Edit> compose_edits(std::string_view between, const std::vector<Edit>& earlier,
                                const std::vector<Edit>& later);

// The edits as a unified diff of `before` (`--- a/PATH`, `+++ b/PATH`, three lines of context),
// which `patch -p1` applies; empty without edits.
std::string unified_diff(const std::string& path, std::string_view before, const std::vector<Edit>& edits,
                         std::size_t shift = 0);

}  // namespace reclint
