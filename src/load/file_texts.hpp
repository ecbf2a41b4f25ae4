// Texts that stand in for files on disk: a file read from standard input, an editor's unsaved buffers.
#pragma once

#include <filesystem>
#include <map>
#include <string>

namespace reclint {

// Absolute, lexically normal path -> the file's text (which may not exist on disk at all).
using FileTexts = std::map<std::filesystem::path, std::string>;

}  // namespace reclint
