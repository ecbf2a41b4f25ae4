#include "load/git_ls_files.hpp"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstdint>

extern char** environ;  // NOLINT(readability-redundant-declaration): POSIX declares it nowhere

namespace reclint {

namespace {

// The output of `arguments` run with standard input and error on /dev/null; nullopt when the
// command cannot be started (errno says why), else its exit status and output.
struct Finished {
    int started_error = 0;  // an errno value: the program could not be started
    int status = -1;
    std::string out;
};

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

}  // namespace

GitListing list_git_ignored(const std::filesystem::path& folder) {
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
