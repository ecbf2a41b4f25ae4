// Writing a large JSON document piece by piece: the json and sarif reports hold one finding's
// object at a time, never the whole document, and still print what one dump(2) would.
#pragma once

#include <nlohmann/json.hpp>

#include <ostream>
#include <string_view>

namespace reclint {

using Json = nlohmann::ordered_json;

// `value` as dump(2) writes it (invalid UTF-8 replaced), each line after the first indented by
// `indent` more, for a value that sits that deep in the document.
void write_indented(std::ostream& out, const Json& value, std::string_view indent);

}  // namespace reclint
