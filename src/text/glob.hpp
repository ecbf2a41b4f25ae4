// Glob patterns of the config (`exclude`, `kinds`), matched the way .gitignore matches them.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace reclint {

// `*` and `?` stay inside one path segment, `**` crosses segments, `[a-z]`/`[!a-z]` are classes.
// The whole path must match.
bool glob_matches(std::string_view pattern, std::string_view path);

// .gitignore rules on a path relative to the config's folder, with `/` separators: a pattern
// without a slash matches a name at any depth, a leading slash anchors, and a pattern that
// matches a directory matches everything beneath it.
bool gitignore_matches(std::string_view pattern, std::string_view relative_path);

// Whether any of `patterns` matches, as gitignore_matches.
bool gitignore_matches_any(const std::vector<std::string>& patterns, std::string_view relative_path);

// Many gitignore_matches() patterns over many paths (a config's `exclude` over a walk): each
// pattern is parsed once, patterns without wildcards are looked up by hash, and the others are
// tried only on paths that hold their literal parts in order.
class GlobSet {
  public:
    explicit GlobSet(const std::vector<std::string>& patterns);
    ~GlobSet();
    GlobSet(const GlobSet&) = delete;
    GlobSet& operator=(const GlobSet&) = delete;

    // Whether any of the patterns matches the path.
    bool matches(std::string_view relative_path) const;

  private:
    struct Compiled;
    std::unordered_set<std::string> anchored_literals_;  // match the path or a folder above it
    std::unordered_set<std::string> name_literals_;      // match any segment of the path
    std::vector<Compiled> wildcards_;
};

}  // namespace reclint
