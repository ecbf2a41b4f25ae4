#include "load/source_file.hpp"

#include <algorithm>

#include "text/utf8.hpp"

namespace reclint {

SourceFile::SourceFile(std::string display_path, std::string text)
    : path_(std::move(display_path)), text_(std::move(text)) {
    line_starts_.push_back(0);
    checkpoints_.reserve(text_.size() / kCheckpointBytes + 1);
    std::uint32_t code_points = 0;
    for (std::uint32_t i = 0; i < text_.size(); ++i) {
        if (i % kCheckpointBytes == 0) checkpoints_.push_back(code_points);
        if (text_[i] == '\n') line_starts_.push_back(i + 1);
        code_points += utf8::is_continuation_byte(static_cast<unsigned char>(text_[i])) ? 0 : 1;
    }
    if (text_.size() % kCheckpointBytes == 0) checkpoints_.push_back(code_points);
}

std::uint32_t SourceFile::code_points_before(std::uint32_t offset) const {
    const std::uint32_t checkpoint = offset / kCheckpointBytes;
    const std::string_view rest(text_.data() + checkpoint * kCheckpointBytes, offset % kCheckpointBytes);
    return checkpoints_[checkpoint] + static_cast<std::uint32_t>(utf8::count_code_points(rest));
}

Position SourceFile::position(std::uint32_t offset) const {
    offset = std::min<std::uint32_t>(offset, static_cast<std::uint32_t>(text_.size()));
    const auto after = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
    const auto line = static_cast<std::uint32_t>(after - line_starts_.begin());
    const std::uint32_t start = line_starts_[line - 1];
    return {line, code_points_before(offset) - code_points_before(start) + 1};
}

std::uint32_t SourceFile::offset(Position position) const {
    const std::uint32_t line = std::clamp<std::uint32_t>(position.line, 1, line_count());
    const std::uint32_t start = line_starts_[line - 1];
    const std::string_view text = line_text(line);
    const std::uint32_t column = position.column == 0 ? 0 : position.column - 1;
    // The last checkpoint in the line before the wanted code point, then a scan from there.
    const std::uint64_t wanted = std::uint64_t{code_points_before(start)} + column;
    const auto first = checkpoints_.begin() + (start + kCheckpointBytes - 1) / kCheckpointBytes;
    const auto last = checkpoints_.begin() + (start + static_cast<std::uint32_t>(text.size())) / kCheckpointBytes + 1;
    const auto after = std::upper_bound(first, std::min(last, checkpoints_.end()), wanted);
    std::uint32_t from = start;
    if (after != first) {
        from = static_cast<std::uint32_t>(after - 1 - checkpoints_.begin()) * kCheckpointBytes;
        // A checkpoint inside a multi-byte character: start at that character's next one.
        while (from < start + text.size() && utf8::is_continuation_byte(static_cast<unsigned char>(text_[from])))
            ++from;
    }
    const std::uint32_t skipped = code_points_before(from) - code_points_before(start);
    const std::string_view rest = text.substr(from - start);
    return from + static_cast<std::uint32_t>(utf8::offset_of_code_point(rest, std::size_t{column} - skipped));
}

std::string_view SourceFile::line_text(std::uint32_t line) const {
    if (line == 0 || line > line_count()) return {};
    const std::uint32_t start = line_starts_[line - 1];
    std::uint32_t end = line < line_count() ? line_starts_[line] - 1 : static_cast<std::uint32_t>(text_.size());
    if (end > start && text_[end - 1] == '\r') --end;
    return std::string_view(text_).substr(start, end - start);
}

}  // namespace reclint
