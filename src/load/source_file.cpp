#include "load/source_file.hpp"

#include <algorithm>

#include "text/utf8.hpp"

namespace reclint {

SourceFile::SourceFile(std::string display_path, std::string text)
    : path_(std::move(display_path)), text_(std::move(text)) {
    line_starts_.push_back(0);
    for (std::uint32_t i = 0; i < text_.size(); ++i) {
        if (text_[i] == '\n') line_starts_.push_back(i + 1);
    }
}

Position SourceFile::position(std::uint32_t offset) const {
    offset = std::min<std::uint32_t>(offset, static_cast<std::uint32_t>(text_.size()));
    const auto after = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
    const auto line = static_cast<std::uint32_t>(after - line_starts_.begin());
    const std::uint32_t start = line_starts_[line - 1];
    const std::string_view before(text_.data() + start, offset - start);
    return {line, static_cast<std::uint32_t>(utf8::count_code_points(before)) + 1};
}

std::uint32_t SourceFile::offset(Position position) const {
    const std::uint32_t line = std::clamp<std::uint32_t>(position.line, 1, line_count());
    const std::string_view text = line_text(line);
    const std::size_t column = position.column == 0 ? 0 : position.column - 1;
    return line_starts_[line - 1] + static_cast<std::uint32_t>(utf8::offset_of_code_point(text, column));
}

std::string_view SourceFile::line_text(std::uint32_t line) const {
    if (line == 0 || line > line_count()) return {};
    const std::uint32_t start = line_starts_[line - 1];
    std::uint32_t end = line < line_count() ? line_starts_[line] - 1 : static_cast<std::uint32_t>(text_.size());
    if (end > start && text_[end - 1] == '\r') --end;
    return std::string_view(text_).substr(start, end - start);
}

}  // namespace reclint
