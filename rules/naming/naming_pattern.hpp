// What the naming/* rules share: the message for a name that does not match its configured pattern.
#pragma once

#include <string>
#include <string_view>

#include "model/config.hpp"

namespace reclint {

// `what` says which name ("job name"), `key` which setting holds the pattern ("naming.job").
inline std::string naming_mismatch(std::string_view what, std::string_view name,
                                   const NamingPattern& pattern, std::string_view key) {
    return std::string(what) + " \"" + std::string(name) + "\" does not match the pattern \"" +
           pattern.source + "\" (" + std::string(key) + ")";
}

}  // namespace reclint
