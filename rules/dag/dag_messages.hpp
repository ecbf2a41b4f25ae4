// What the dag/* rules' messages share: names in double quotes.
#pragma once

#include <string>
#include <string_view>

namespace reclint {

inline std::string quoted(std::string_view name) {
    return "\"" + std::string(name) + "\"";
}

}  // namespace reclint
