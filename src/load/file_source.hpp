// Where the load pipeline reads files from: the working tree or a git revision. Paths are
// absolute, as under the working tree.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "load/file_reader.hpp"

namespace reclint {

struct SourceEntry {
    std::filesystem::path path;  // absolute, lexically normal
    bool folder = false;         // a folder itself, not a symlink to one
    bool symlink = false;
    // An errno value when the entry's type could not be read (a path past PATH_MAX, say); `folder`
    // then says whether it may be a folder (it is not known to be a regular file).
    int error = 0;
};

class FileSource {
  public:
    virtual ~FileSource() = default;
    // What is at `path`, following symlinks: 0 when it exists, else an errno value (ENOENT...).
    virtual int status(const std::filesystem::path& path, bool& folder) const = 0;
    // The entries of `folder`: 0, or an errno value when it cannot be listed.
    virtual int list(const std::filesystem::path& folder, std::vector<SourceEntry>& entries) const = 0;
    // Whether `path` is a symlink that leads out of `boundary` (a canonical folder). Such links are
    // not followed, so that a pull request cannot make reclint read, and echo, a file elsewhere.
    virtual bool leads_outside(const std::filesystem::path& path, const std::filesystem::path& boundary) const = 0;
    // The file's bytes, as read_file() gives them.
    virtual FileContents read(const std::filesystem::path& path, std::uint64_t max_size) const = 0;
    // Whether `path` holds exactly `bytes`, when the source can tell without reading it (a git
    // revision compares object ids); nullopt when only reading it would tell.
    virtual std::optional<bool> holds(const std::filesystem::path& /*path*/, std::string_view /*bytes*/) const {
        return std::nullopt;
    }
};

// The files on disk.
const FileSource& working_tree();

// Whether `path` is `folder` or lies under it (lexically).
bool is_under(const std::filesystem::path& path, const std::filesystem::path& folder);

}  // namespace reclint
