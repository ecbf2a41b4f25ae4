// What the argo/* rules share: which names are written out rather than computed when the
// workflow runs.
#pragma once

#include <string_view>

#include "engine/rule.hpp"
#include "text/quoted.hpp"

namespace reclint {

// A name holding `{{...}}` is only known when the workflow runs: nothing to check statically.
inline bool is_templated(std::string_view name) {
    return name.find("{{") != std::string_view::npos;
}

}  // namespace reclint
