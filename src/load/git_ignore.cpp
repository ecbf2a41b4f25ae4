#include "load/git_ignore.hpp"

#include "load/file_source.hpp"
#include "load/git_ls_files.hpp"
#include "load/libgit2.hpp"

namespace reclint {

namespace fs = std::filesystem;

std::unique_ptr<GitIgnore> GitIgnore::open(const fs::path& folder) {
    GitListing listing = list_git_ignored(folder);
    if (listing.outcome == GitListing::Outcome::not_installed) return open_with_libgit2(folder);
    if (listing.outcome == GitListing::Outcome::not_a_repository) return nullptr;
    std::unique_ptr<GitIgnore> ignore(new GitIgnore(folder.lexically_normal()));
    for (std::string& path : listing.ignored)
        ignore->listed_.insert(std::move(path));
    return ignore;
}

std::unique_ptr<GitIgnore> GitIgnore::open_with_libgit2(const fs::path& folder) {
    std::string missing;  // neither git nor libgit2: no repository is known, as outside one
    const Libgit2* git = libgit2(missing);
    if (git == nullptr) return nullptr;
    std::unique_ptr<GitIgnore> ignore(new GitIgnore(folder.lexically_normal()));
    ignore->git_ = git;
    if (git->repository_open_ext(&ignore->repository_, folder.c_str(), 0, nullptr) != 0) return nullptr;
    const char* workdir = git->repository_workdir(ignore->repository_);
    if (workdir == nullptr) return nullptr;  // a bare repository: nothing is walked in it
    if (git->repository_index(&ignore->index_, ignore->repository_) != 0) return nullptr;
    // The folder's path inside the working tree, from canonical paths: `folder` may be reached
    // through a symlink, and libgit2 names the working tree by its real path.
    std::error_code error;
    const fs::path top = fs::canonical(workdir, error);
    const fs::path real = error ? fs::path() : fs::canonical(folder, error);
    if (error || !is_under(real, top)) return nullptr;
    ignore->in_repository_ = real.lexically_relative(top);
    if (ignore->in_repository_ == ".") ignore->in_repository_.clear();
    return ignore;
}

GitIgnore::~GitIgnore() {
    if (git_ == nullptr) return;
    git_->index_free(index_);
    git_->repository_free(repository_);
}

bool GitIgnore::ignores(const fs::path& path, bool folder) const {
    if (!is_under(path, folder_) || path == folder_) return false;
    const std::string relative = path.lexically_relative(folder_).generic_string();
    if (relative.empty() || relative.starts_with("..")) return false;
    if (repository_) return libgit2_ignores(relative, folder);
    // The listing names the outermost ignored folder only: look at each folder above `path` too.
    for (std::size_t slash = relative.find('/'); slash != std::string::npos; slash = relative.find('/', slash + 1)) {
        if (listed_.contains(relative.substr(0, slash + 1))) return true;
    }
    return listed_.contains(folder ? relative + '/' : relative);
}

// As the git command answers: a tracked file is not ignored, nor a folder holding one.
bool GitIgnore::libgit2_ignores(const std::string& relative, bool folder) const {
    std::string in_repository = (in_repository_ / relative).lexically_normal().generic_string();
    if (folder) in_repository += '/';
    std::size_t position = 0;
    if (folder ? git_->index_find_prefix(&position, index_, in_repository.c_str()) == 0
               : git_->index_get_bypath(index_, in_repository.c_str(), 0) != nullptr) {
        return false;
    }
    int ignored = 0;
    return git_->ignore_path_is_ignored(&ignored, repository_, in_repository.c_str()) == 0 && ignored == 1;
}

}  // namespace reclint
