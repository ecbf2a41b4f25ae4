// The ignore rules of the git repository around the walked folder (.gitignore files at every
// level, .git/info/exclude, the user's core.excludesFile, negations), as git itself applies them,
// through libgit2.
#pragma once

#include <filesystem>
#include <memory>

struct git_repository;

namespace reclint {

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
    GitIgnore(git_repository* repository, std::filesystem::path folder, std::filesystem::path in_repository)
        : repository_(repository), folder_(std::move(folder)), in_repository_(std::move(in_repository)) {}
    git_repository* repository_;
    std::filesystem::path folder_;         // as given to open()
    std::filesystem::path in_repository_;  // the same folder relative to the working tree's top
};

}  // namespace reclint
