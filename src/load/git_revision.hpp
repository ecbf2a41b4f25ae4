// A git revision's files as a FileSource, read from the repository's objects: never checked out,
// and nothing in the repository, its index or its working tree is written.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "load/file_source.hpp"

struct git_repository;

namespace reclint {

struct Libgit2;

class GitRevision final : public FileSource {
  public:
    // The revision `name` of the repository that holds `folder`; null with `error` set (one line,
    // e.g. `unknown revision "x"`) when there is none.
    static std::unique_ptr<GitRevision> open(const std::filesystem::path& folder, const std::string& name,
                                             std::string& error);
    ~GitRevision() override;
    GitRevision(const GitRevision&) = delete;
    GitRevision& operator=(const GitRevision&) = delete;

    int status(const std::filesystem::path& path, bool& folder) const override;
    int list(const std::filesystem::path& folder, std::vector<SourceEntry>& entries) const override;
    bool leads_outside(const std::filesystem::path& path, const std::filesystem::path& boundary) const override;
    FileContents read(const std::filesystem::path& path, std::uint64_t max_size) const override;
    // By the blob's object id against the id of `bytes`: no object is read.
    std::optional<bool> holds(const std::filesystem::path& path, std::string_view bytes) const override;

  private:
    struct Blob {
        unsigned char oid[20];
        bool symlink = false;
    };
    GitRevision(const Libgit2& git, git_repository* repository) : git_(git), repository_(repository) {}
    bool load_tree(const std::string& name, std::string& error);
    // The blob at `path`, following symlinks inside the revision; null when there is none.
    const Blob* resolve(const std::filesystem::path& path, std::string& why) const;
    std::string read_blob(const Blob& blob) const;

    const Libgit2& git_;
    git_repository* repository_;
    std::filesystem::path root_;                               // the working tree's folder
    std::unordered_map<std::string, Blob> blobs_;              // by absolute path
    std::map<std::string, std::vector<SourceEntry>> folders_;  // by absolute path
    mutable std::mutex mutex_;                                 // libgit2 reads one object at a time here
};

}  // namespace reclint
