// How messages count things: "1 file", "2 files".
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace reclint {

// `noun` takes an "s" unless `count` is 1.
inline std::string plural(std::size_t count, std::string_view noun) {
    return std::to_string(count) + " " + std::string(noun) + (count == 1 ? "" : "s");
}

}  // namespace reclint
