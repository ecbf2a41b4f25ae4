// What this binary was built with: its version, and the optional features that a static build
// leaves out when their libraries have no static archive (cmake/static_linking.cmake).
#pragma once

#include <string>
#include <string_view>

namespace reclint {

// "reclint 0.1.0", and on a second line the features this build left out, if any.
std::string version_text();

// Why a left-out feature cannot be used (the caller exits with 2), e.g. for library "libpq" and
// feature "--warehouse postgres:".
std::string left_out_message(std::string_view library, std::string_view feature);

}  // namespace reclint
