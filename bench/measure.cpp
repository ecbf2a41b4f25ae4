#include "measure.hpp"

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <yaml-cpp/yaml.h>

#include <atomic>
#include <chrono>
#include <fstream>
#include <sstream>

#include "engine/parallel.hpp"

extern char** environ;

namespace reclint::bench {

namespace fs = std::filesystem;

ChildRun run_child(const std::string& program, const std::vector<std::string>& arguments, const fs::path& cwd) {
    std::vector<std::string> all{program};
    all.insert(all.end(), arguments.begin(), arguments.end());
    std::vector<char*> argv;
    for (std::string& argument : all)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addchdir_np(&actions, cwd.c_str());
    ChildRun run;
    const auto start = std::chrono::steady_clock::now();
    pid_t child = 0;
    if (posix_spawnp(&child, program.c_str(), &actions, nullptr, argv.data(), environ) == 0) {
        int status = 0;
        struct rusage usage {};
        ::wait4(child, &status, 0, &usage);
        run.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
#ifdef __APPLE__
        run.peak_megabytes = static_cast<double>(usage.ru_maxrss) / (1024.0 * 1024.0);  // bytes there
#else
        run.peak_megabytes = static_cast<double>(usage.ru_maxrss) / 1024.0;  // kilobytes on Linux and BSDs
#endif
        run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }
    posix_spawn_file_actions_destroy(&actions);
    return run;
}

InputFiles find_input_files(const fs::path& root) {
    InputFiles files;
    for (const auto& entry : fs::recursive_directory_iterator(root)) {
        const std::string extension = entry.path().extension().string();
        if (!entry.is_regular_file() || (extension != ".yaml" && extension != ".yml" && extension != ".json")) {
            continue;
        }
        files.paths.push_back(entry.path());
        files.bytes += entry.file_size();
    }
    std::sort(files.paths.begin(), files.paths.end());
    return files;
}

std::size_t parse_only(const InputFiles& files, unsigned threads) {
    std::atomic<std::size_t> documents{0};
    parallel_for(files.paths.size(), threads, [&](std::size_t i) {
        std::ifstream file(files.paths[i], std::ios::binary);
        std::ostringstream text;
        text << file.rdbuf();
        try {
            documents += YAML::LoadAll(text.str()).size();
        } catch (const YAML::Exception&) {
            // a file reclint reports: it still cost its parse
        }
    });
    return documents;
}

}  // namespace reclint::bench
