// Turns one found file into an InputFile: read, parse, recognize each document, validate it
// against its kind's schema. Runs on many files at once.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>

#include "load/file_reader.hpp"
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

// The two halves of load_input: the bytes of `found` (an editor's text standing in for the file,
// else what `source` holds), then the file made of them.
FileContents read_input(const FoundFile& found, std::uint64_t max_file_size, const FileSource& source);
LoadedInput load_contents(const FoundFile& found, FileContents contents, const Config& config,
                          const std::filesystem::path& cwd, std::uint64_t max_file_size);

}  // namespace reclint
