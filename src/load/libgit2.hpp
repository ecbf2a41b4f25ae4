// libgit2, for --base and for the ignore rules where the git command is missing. A shared build
// loads it (libgit2.so.LIBGIT2_SOVERSION) the first time one of those needs it, so a plain check
// never maps it and the 15 libraries it brings (mbedTLS, libssh2, Kerberos...); a static build
// links it, and the same table holds its functions.
#pragma once

#include <git2.h>

#include <string>

namespace reclint {

// The functions reclint calls, each as (member, libgit2's name).
#define RECLINT_LIBGIT2_FUNCTIONS(X)                      \
    X(blob_free, git_blob_free)                           \
    X(blob_lookup, git_blob_lookup)                       \
    X(blob_rawcontent, git_blob_rawcontent)               \
    X(blob_rawsize, git_blob_rawsize)                     \
    X(error_last, git_error_last)                         \
    X(ignore_path_is_ignored, git_ignore_path_is_ignored) \
    X(index_find_prefix, git_index_find_prefix)           \
    X(index_free, git_index_free)                         \
    X(index_get_bypath, git_index_get_bypath)             \
    X(libgit2_init, git_libgit2_init)                     \
    X(object_free, git_object_free)                       \
    X(object_peel, git_object_peel)                       \
    X(odb_hash, git_odb_hash)                             \
    X(repository_free, git_repository_free)               \
    X(repository_index, git_repository_index)             \
    X(repository_is_shallow, git_repository_is_shallow)   \
    X(repository_open_ext, git_repository_open_ext)       \
    X(repository_workdir, git_repository_workdir)         \
    X(revparse_single, git_revparse_single)               \
    X(tree_entry_filemode, git_tree_entry_filemode)       \
    X(tree_entry_id, git_tree_entry_id)                   \
    X(tree_entry_name, git_tree_entry_name)               \
    X(tree_entry_type, git_tree_entry_type)               \
    X(tree_walk, git_tree_walk)

struct Libgit2 {
// NOLINTNEXTLINE(bugprone-macro-parentheses): `member` is a declarator, which parentheses would obscure
#define RECLINT_LIBGIT2_MEMBER(member, name) decltype(&::name) member = nullptr;
    RECLINT_LIBGIT2_FUNCTIONS(RECLINT_LIBGIT2_MEMBER)
#undef RECLINT_LIBGIT2_MEMBER
};

// libgit2's functions, loaded and initialised once; null, with `error` saying what to install,
// when it cannot be loaded.
const Libgit2* libgit2(std::string& error);

}  // namespace reclint
