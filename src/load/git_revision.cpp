#include "load/git_revision.hpp"

#include <cerrno>
#include <cstring>

#include "load/libgit2.hpp"

namespace reclint {

namespace fs = std::filesystem;

namespace {

static_assert(sizeof(git_oid) == 20);

constexpr std::uint64_t kPeekSize = 64 * 1024;
constexpr int kSymlinkHops = 40;

// libgit2's last error in words, for messages no case below foresaw.
std::string last_error(const Libgit2& git) {
    const git_error* error = git.error_last();
    return error && error->message ? error->message : "unknown error";
}

// An object of libgit2's that its free function releases.
template <typename T>
struct Owned {
    void (*free)(T*);
    T* value = nullptr;
    ~Owned() {
        if (value) free(value);
    }
};

struct TreeWalk {
    const Libgit2& git;
    fs::path root;
    std::unordered_map<std::string, git_oid>* blob_oids;
    std::unordered_map<std::string, bool>* links;
    std::map<std::string, std::vector<SourceEntry>>* folders;
};

int visit_entry(const char* parent, const git_tree_entry* entry, void* payload) {
    auto& walk = *static_cast<TreeWalk*>(payload);
    const Libgit2& git = walk.git;
    const fs::path folder = (walk.root / parent).lexically_normal();
    const fs::path path = folder / git.tree_entry_name(entry);
    const git_object_t type = git.tree_entry_type(entry);
    const std::string folder_key = folder.filename().empty() ? folder.parent_path().string() : folder.string();
    if (type == GIT_OBJECT_TREE) {
        (*walk.folders)[folder_key].push_back({path, true});
        (*walk.folders)[path.string()];
    } else if (type == GIT_OBJECT_BLOB) {
        const bool link = git.tree_entry_filemode(entry) == GIT_FILEMODE_LINK;
        (*walk.folders)[folder_key].push_back({path, false, link});
        (*walk.blob_oids)[path.string()] = *git.tree_entry_id(entry);
        (*walk.links)[path.string()] = link;
    }
    return 0;  // submodules (commits) are neither files nor folders here
}

std::string shallow_message(const std::string& name) {
    return "revision \"" + name +
           "\" is not in this clone, which is shallow: fetch the history (with actions/checkout, "
           "set fetch-depth: 0)";
}

}  // namespace

std::unique_ptr<GitRevision> GitRevision::open(const fs::path& folder, const std::string& name, std::string& error) {
    const Libgit2* git = libgit2(error);
    if (git == nullptr) {
        error = "--base: " + error;
        return nullptr;
    }
    git_repository* repository = nullptr;
    if (const int failed = git->repository_open_ext(&repository, folder.c_str(), 0, nullptr); failed != 0) {
        error = failed == GIT_ENOTFOUND
                    ? "--base needs a git repository, and " + folder.string() + " is not inside one"
                    : "--base: cannot open the git repository at " + folder.string() + ": " + last_error(*git);
        return nullptr;
    }
    std::unique_ptr<GitRevision> revision(new GitRevision(*git, repository));
    const char* workdir = git->repository_workdir(repository);
    if (!workdir) {
        error = "--base needs a working tree, and the repository at " + folder.string() + " is bare";
        return nullptr;
    }
    std::error_code ignored;
    revision->root_ = fs::weakly_canonical(workdir, ignored);
    if (revision->root_.filename().empty()) revision->root_ = revision->root_.parent_path();
    if (!revision->load_tree(name, error)) return nullptr;
    return revision;
}

GitRevision::~GitRevision() {
    git_.repository_free(repository_);
}

bool GitRevision::load_tree(const std::string& name, std::string& error) {
    const bool shallow = git_.repository_is_shallow(repository_) == 1;
    Owned<git_object> object{git_.object_free};
    if (git_.revparse_single(&object.value, repository_, name.c_str()) != 0) {
        error = shallow ? shallow_message(name) : "unknown revision \"" + name + "\" (--base)";
        return false;
    }
    Owned<git_object> tree{git_.object_free};
    if (git_.object_peel(&tree.value, object.value, GIT_OBJECT_TREE) != 0) {
        error = shallow ? shallow_message(name)
                        : "revision \"" + name + "\" names no commit or tree (--base): " + last_error(git_);
        return false;
    }
    std::unordered_map<std::string, git_oid> oids;
    std::unordered_map<std::string, bool> links;
    TreeWalk walk{git_, root_, &oids, &links, &folders_};
    folders_[root_.string()];
    const auto* as_tree = reinterpret_cast<const git_tree*>(tree.value);
    if (git_.tree_walk(as_tree, GIT_TREEWALK_PRE, visit_entry, &walk) != 0) {
        error = shallow ? shallow_message(name) : "cannot read revision \"" + name + "\" (--base): " + last_error(git_);
        return false;
    }
    for (const auto& [path, oid] : oids) {
        Blob& blob = blobs_[path];
        std::memcpy(blob.oid, oid.id, sizeof blob.oid);
        blob.symlink = links[path];
    }
    return true;
}

const GitRevision::Blob* GitRevision::resolve(const fs::path& path, std::string& why) const {
    fs::path at = path;
    for (int hop = 0; hop < kSymlinkHops; ++hop) {
        const auto found = blobs_.find(at.string());
        if (found == blobs_.end()) {
            why = hop == 0 ? "no such file or directory" : "the symlink points to a file that does not exist";
            return nullptr;
        }
        if (!found->second.symlink) return &found->second;
        at = (at.parent_path() / read_blob(found->second)).lexically_normal();
    }
    why = "too many levels of symbolic links (a symlink loop?)";
    return nullptr;
}

std::string GitRevision::read_blob(const Blob& blob) const {
    git_oid oid;
    std::memcpy(oid.id, blob.oid, sizeof blob.oid);
    const std::lock_guard lock(mutex_);
    Owned<git_blob> found{git_.blob_free};
    if (git_.blob_lookup(&found.value, repository_, &oid) != 0) return {};
    const auto* bytes = static_cast<const char*>(git_.blob_rawcontent(found.value));
    return std::string(bytes, static_cast<std::size_t>(git_.blob_rawsize(found.value)));
}

int GitRevision::status(const fs::path& path, bool& folder) const {
    folder = folders_.contains(path.string());
    if (folder) return 0;
    std::string why;
    return resolve(path, why) ? 0 : ENOENT;
}

int GitRevision::list(const fs::path& folder, std::vector<SourceEntry>& entries) const {
    const auto found = folders_.find(folder.string());
    if (found == folders_.end()) return ENOENT;
    entries = found->second;
    return 0;
}

bool GitRevision::leads_outside(const fs::path& /*path*/, const fs::path& /*boundary*/) const {
    return false;  // a link is resolved among the revision's own files: one leading out of it reads nothing
}

FileContents GitRevision::read(const fs::path& path, std::uint64_t max_size) const {
    FileContents contents;
    std::string why;
    const Blob* blob = resolve(path, why);
    if (!blob) {
        contents.status = FileContents::Status::unreadable;
        contents.error = folders_.contains(path.string()) ? "is a directory" : why;
        return contents;
    }
    contents.text = read_blob(*blob);
    contents.size = contents.text.size();
    if (contents.size > max_size) {
        contents.status = FileContents::Status::too_large;
        contents.text.resize(kPeekSize < contents.size ? kPeekSize : contents.size);
    }
    if (contents.text.starts_with("\xEF\xBB\xBF")) contents.text.erase(0, 3);
    return contents;
}

std::optional<bool> GitRevision::holds(const fs::path& path, std::string_view bytes) const {
    const auto blob = blobs_.find(path.string());
    if (blob == blobs_.end() || blob->second.symlink) return std::nullopt;
    git_oid oid;
    if (git_.odb_hash(&oid, bytes.data(), bytes.size(), GIT_OBJECT_BLOB) != 0) return std::nullopt;
    return std::memcmp(oid.id, blob->second.oid, sizeof blob->second.oid) == 0;
}

}  // namespace reclint
