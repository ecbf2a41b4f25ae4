#include "report/json_pieces.hpp"

#include <string>

namespace reclint {

void write_indented(std::ostream& out, const Json& value, std::string_view indent) {
    const std::string text = value.dump(2, ' ', false, Json::error_handler_t::replace);
    std::size_t line_start = 0;
    for (std::size_t newline = text.find('\n'); newline != std::string::npos; newline = text.find('\n', line_start)) {
        out.write(text.data() + line_start, static_cast<std::streamsize>(newline + 1 - line_start));
        out << indent;
        line_start = newline + 1;
    }
    out.write(text.data() + line_start, static_cast<std::streamsize>(text.size() - line_start));
}

}  // namespace reclint
