// Quick fixes the editor can offer for a finding: a did-you-mean with one candidate, whose
// suggestion replaces the name the finding points at.
#pragma once

#include <optional>
#include <string>

#include "engine/diagnostic.hpp"

namespace reclint::lsp {

struct Replacement {
    Span span;
    std::string text;
};

// For a message that ends in `did you mean "x"?` with exactly one candidate, whose span is exactly
// the last name the message quotes before it (or that name in quotes): the name replaced by "x".
// None when either name is more than letters, digits and `_-./:` (escaping could change what the
// text means).
std::optional<Replacement> did_you_mean_fix(const Diagnostic& diagnostic);

}  // namespace reclint::lsp
