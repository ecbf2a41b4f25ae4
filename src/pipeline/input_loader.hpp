// Turns one found file into an InputFile: read, parse, recognize each document, validate it
// against its kind's schema. Runs on many files at once.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>

#include "load/walk.hpp"
#include "model/repository.hpp"

namespace reclint {

struct LoadedInput {
    std::unique_ptr<InputFile> file;  // null when skipped or unreadable
    std::string skipped;              // why the file is not checked (for --verbose)
    std::string unreadable;           // why the file could not be read
};

LoadedInput load_input(const FoundFile& found, const Config& config, const std::filesystem::path& cwd,
                       std::uint64_t max_file_size, const FileSource& source = working_tree());

}  // namespace reclint
