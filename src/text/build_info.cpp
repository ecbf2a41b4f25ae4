#include "text/build_info.hpp"

// RECLINT_LEFT_OUT is set on this file alone, so that a static build recompiles only it.
#ifndef RECLINT_LEFT_OUT
#define RECLINT_LEFT_OUT ""
#endif

namespace reclint {

std::string version_text() {
    std::string text = std::string("reclint ") + RECLINT_VERSION;
    const std::string_view left_out = RECLINT_LEFT_OUT;
    if (!left_out.empty()) text += "\nleft out of this static build: " + std::string(left_out);
    return text;
}

std::string left_out_message(std::string_view library, std::string_view feature) {
    return std::string(feature) + " needs " + std::string(library) +
           ", which this static build of reclint leaves out (not all of its libraries have static archives); "
           "use the .deb or build reclint from source";
}

}  // namespace reclint
