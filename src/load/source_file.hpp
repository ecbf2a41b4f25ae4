// The text of one input file and the conversion of byte offsets into line/column positions.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/span.hpp"

namespace reclint {

// A 1-based line and a 1-based column counted in code points.
struct Position {
    std::uint32_t line = 1;
    std::uint32_t column = 1;
    friend bool operator==(const Position&, const Position&) = default;
};

class SourceFile {
  public:
    // `display_path` is how reports name the file: relative to the current directory, with '/'.
    SourceFile(std::string display_path, std::string text);

    const std::string& path() const { return path_; }
    const std::string& text() const { return text_; }

    Position position(std::uint32_t offset) const;
    std::uint32_t offset(Position position) const;  // inverse of position(), clamped to the line
    std::uint32_t line_count() const { return static_cast<std::uint32_t>(line_starts_.size()); }
    // The text of a 1-based line, without its line break.
    std::string_view line_text(std::uint32_t line) const;

  private:
    // The code points in the text before `offset`, in time bounded by kCheckpointBytes: a report
    // of many findings on one long line must not count the line from its start for each.
    std::uint32_t code_points_before(std::uint32_t offset) const;
    static constexpr std::uint32_t kCheckpointBytes = 256;

    std::string path_;
    std::string text_;
    std::vector<std::uint32_t> line_starts_;
    std::vector<std::uint32_t> checkpoints_;  // code points before each multiple of kCheckpointBytes
};

}  // namespace reclint
