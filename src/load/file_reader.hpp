// Reads one input file safely: size limit, no blocking on FIFOs, clear reasons for failures.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

namespace reclint {

struct FileContents {
    enum class Status { ok, too_large, unreadable };
    Status status = Status::ok;
    std::string text;  // without a UTF-8 byte order mark; for too_large, only the first bytes
    std::uint64_t size = 0;
    std::string error;  // why it could not be read: "permission denied", "is a directory", ...
};

// Files over `max_size` bytes are not read whole: their first 64 KiB are, so the caller can tell
// whether the file is one of ours.
FileContents read_file(const std::filesystem::path& path, std::uint64_t max_size);
// The same for a text that stands in for a file (standard input, an editor's buffer).
FileContents contents_of_text(const std::string& text, std::uint64_t max_size);

// Why `path` cannot be opened, in words, from the errno value of the attempt.
std::string describe_open_error(const std::filesystem::path& path, int error);

}  // namespace reclint
