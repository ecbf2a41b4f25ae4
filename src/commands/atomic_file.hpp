// Writes a file whole or not at all: into a temporary file beside it, then renamed over it, so a
// failure never leaves a half-written file and readers see the old or the new text.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace reclint {

// "" on success, else why the file could not be written (the old file is then untouched).
std::string write_file_atomically(const std::filesystem::path& path, std::string_view text);

}  // namespace reclint
