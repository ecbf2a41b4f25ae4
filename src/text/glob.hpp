// Glob patterns of the config (`exclude`, `kinds`), matched the way .gitignore matches them.
#pragma once

#include <string>
#include <string_view>
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

}  // namespace reclint
