#include "load/git_ls_files.hpp"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstdint>
#include <cstdlib>

extern char** environ;  // NOLINT(readability-redundant-declaration): POSIX declares it nowhere

namespace reclint {

namespace {

// How a command ended: its exit status and output, or why it could not be started.
struct Finished {
    int started_error = 0;  // an errno value: the program could not be started
    int status = -1;
    std::string out;
};

// Runs `arguments` with standard input and error on /dev/null.
Finished run_quietly(std::vector<std::string> arguments) {
    Finished finished;
    std::array<int, 2> pipe_ends{};
    if (pipe2(pipe_ends.data(), O_CLOEXEC) != 0) return {errno, -1, {}};
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, pipe_ends[1], STDOUT_FILENO);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    std::vector<char*> argv;
    argv.reserve(arguments.size() + 1);
    for (std::string& argument : arguments)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    pid_t child = 0;
    finished.started_error = posix_spawnp(&child, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    close(pipe_ends[1]);
    if (finished.started_error == 0) {
        std::array<char, 65536> buffer{};
        for (ssize_t got = 0; (got = read(pipe_ends[0], buffer.data(), buffer.size())) != 0;) {
            if (got > 0) finished.out.append(buffer.data(), static_cast<std::size_t>(got));
            if (got < 0 && errno != EINTR) break;
        }
        while (waitpid(child, &finished.status, 0) < 0 && errno == EINTR) {
        }
    }
    close(pipe_ends[0]);
    return finished;
}

// Whether git could find a repository for `folder` (a `.git` in it or in a folder above, or
// GIT_DIR set), so that a folder outside any repository costs no process.
bool may_be_in_repository(const std::filesystem::path& folder) {
    if (std::getenv("GIT_DIR") != nullptr) return true;
    std::error_code error;
    for (std::filesystem::path at = std::filesystem::absolute(folder, error); !error; at = at.parent_path()) {
        if (std::filesystem::exists(at / ".git", error)) return true;
        if (at == at.parent_path()) break;
    }
    return false;
}

}  // namespace

GitListing list_git_ignored(const std::filesystem::path& folder) {
    if (!may_be_in_repository(folder)) return {GitListing::Outcome::not_a_repository, {}};
    // No fsmonitor hook and no lock on the index: listing must neither run the repository's
    // commands nor write anything.
    const Finished git = run_quietly({"git", "--no-optional-locks", "-c", "core.fsmonitor=false", "-C", folder.string(),
                                      "ls-files", "-z", "--others", "--ignored", "--exclude-standard", "--directory"});
    GitListing listing;
    if (git.started_error != 0) return listing;  // not installed (or not startable): ask libgit2
    if (!WIFEXITED(git.status) || WEXITSTATUS(git.status) != 0) {
        listing.outcome = GitListing::Outcome::not_a_repository;
        return listing;
    }
    listing.outcome = GitListing::Outcome::listed;
    for (std::size_t begin = 0; begin < git.out.size();) {
        const std::size_t end = git.out.find('\0', begin);
        if (end == std::string::npos) break;
        listing.ignored.push_back(git.out.substr(begin, end - begin));
        begin = end + 1;
    }
    return listing;
}

}  // namespace reclint
