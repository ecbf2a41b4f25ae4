// The files and folders git ignores under a folder, as the git command lists them
// (`git ls-files --others --ignored --exclude-standard --directory`): .gitignore files at every
// level, .git/info/exclude and the user's core.excludesFile, tracked files never ignored. A few
// milliseconds, where libgit2's initialisation alone (Debian's build parses every CA certificate
// of the system for HTTPS) costs more than the rest of a small run.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace reclint {

struct GitListing {
    enum class Outcome : std::uint8_t {
        listed,            // `ignored` holds what git ignores
        not_a_repository,  // git answered: the folder is not in a working tree it will read
        not_installed,     // there is no git command to ask
    };
    Outcome outcome = Outcome::not_installed;
    // Relative to the folder, '/'-separated; a folder ends with '/' and covers all it holds.
    std::vector<std::string> ignored;
};

GitListing list_git_ignored(const std::filesystem::path& folder);

}  // namespace reclint
