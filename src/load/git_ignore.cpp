#include "load/git_ignore.hpp"

#include <git2.h>

#include "load/file_source.hpp"

namespace reclint {

namespace fs = std::filesystem;

std::unique_ptr<GitIgnore> GitIgnore::open(const fs::path& folder) {
    static const int initialized = git_libgit2_init();
    static_cast<void>(initialized);
    git_repository* repository = nullptr;
    if (git_repository_open_ext(&repository, folder.c_str(), 0, nullptr) != 0) return nullptr;
    const char* workdir = git_repository_workdir(repository);
    if (workdir == nullptr) {  // a bare repository: nothing is walked in it
        git_repository_free(repository);
        return nullptr;
    }
    // The folder's path inside the working tree, from canonical paths: `folder` may be reached
    // through a symlink, and libgit2 names the working tree by its real path.
    std::error_code error;
    const fs::path top = fs::canonical(workdir, error);
    const fs::path real = error ? fs::path() : fs::canonical(folder, error);
    if (error || !is_under(real, top)) {
        git_repository_free(repository);
        return nullptr;
    }
    fs::path in_repository = real.lexically_relative(top);
    if (in_repository == ".") in_repository.clear();
    return std::unique_ptr<GitIgnore>(new GitIgnore(repository, folder.lexically_normal(), std::move(in_repository)));
}

GitIgnore::~GitIgnore() {
    git_repository_free(repository_);
}

bool GitIgnore::ignores(const fs::path& path, bool folder) const {
    if (!is_under(path, folder_) || path == folder_) return false;
    std::string relative = (in_repository_ / path.lexically_relative(folder_)).lexically_normal().generic_string();
    if (relative.empty() || relative.starts_with("..")) return false;
    if (folder) relative += '/';
    int ignored = 0;
    return git_ignore_path_is_ignored(&ignored, repository_, relative.c_str()) == 0 && ignored == 1;
}

}  // namespace reclint
