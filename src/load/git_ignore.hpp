// The ignore rules of the git repository around the walked folder (.gitignore files at every
// level, .git/info/exclude, the user's core.excludesFile, negations), as git itself applies them:
// asked of the git command (git_ls_files.hpp) or, where it is not installed, of libgit2. Files
// that git tracks are never ignored.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <unordered_set>

struct git_repository;
struct git_index;

namespace reclint {

struct Libgit2;

class GitIgnore {
  public:
    // The rules of the repository holding `folder`; null when `folder` is not in a git working tree.
    static std::unique_ptr<GitIgnore> open(const std::filesystem::path& folder);
    ~GitIgnore();
    GitIgnore(const GitIgnore&) = delete;
    GitIgnore& operator=(const GitIgnore&) = delete;

    // Whether git ignores `path` (absolute, lexically normal, under the folder given to open());
    // a folder's rules (`build/`) apply only when `folder` is true. Other paths are never ignored.
    bool ignores(const std::filesystem::path& path, bool folder) const;

  private:
    explicit GitIgnore(std::filesystem::path folder) : folder_(std::move(folder)) {}
    static std::unique_ptr<GitIgnore> open_with_libgit2(const std::filesystem::path& folder);
    bool libgit2_ignores(const std::string& relative, bool folder) const;

    std::filesystem::path folder_;  // as given to open()
    // From the git command: what it lists as ignored, relative to folder_ (a folder ending with a slash).
    std::unordered_set<std::string> listed_;
    // From libgit2, when there is no git command.
    const Libgit2* git_ = nullptr;
    git_repository* repository_ = nullptr;
    git_index* index_ = nullptr;
    std::filesystem::path in_repository_;  // folder_ relative to the working tree's top
};

}  // namespace reclint
