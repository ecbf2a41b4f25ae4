// Where a clash between places in one or several files is reported (docs/design.md, "Experiments
// and holdouts"): the later place gets the diagnostic and the others a note, except that a place in
// a named file always wins over one in a file read only for context, so a pre-commit run never
// loses a clash, and then, with `--base`, a place in a file the pull request changed wins, so the
// finding lands in the diff. Shared by every cross-file rule.
#pragma once

#include <cstddef>
#include <span>

#include "model/repository.hpp"

namespace reclint {

struct ClashPlace {
    const InputFile* file;
    Span span;
};

// True when `a` rather than `b` carries the diagnostic of their clash: a named file first, then
// a changed file, then the later path, then the later position in the same file.
bool carries_clash(const ClashPlace& a, const ClashPlace& b);

// The index of the place among `places` (not empty) that carries the diagnostic.
std::size_t clash_carrier(std::span<const ClashPlace> places);

// For a clash that naturally belongs to `preferred` (an experiment naming a holdout that does not
// cover it): `other` instead when only `other` is in a named file, or, both named or both not,
// when only `other` is in a changed one.
const ClashPlace& named_or_preferred(const ClashPlace& preferred, const ClashPlace& other);

}  // namespace reclint
