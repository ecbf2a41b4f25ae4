#include "test_support.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "cli/run.hpp"

namespace reclint::testing {

namespace fs = std::filesystem;

ScratchFolder::ScratchFolder() {
    static std::atomic<int> counter{0};
    path_ =
        fs::temp_directory_path() / ("reclint-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    fs::remove_all(path_);
    fs::create_directories(path_);
}

ScratchFolder::~ScratchFolder() {
    std::error_code error;
    // Tests may take permissions away; give them back so the folder can go.
    for (auto entry = fs::recursive_directory_iterator(path_, error);
         !error && entry != fs::recursive_directory_iterator(); entry.increment(error)) {
        fs::permissions(entry->path(), fs::perms::owner_all, fs::perm_options::add, error);
    }
    fs::remove_all(path_, error);
}

fs::path ScratchFolder::write(const std::string& relative, const std::string& text) const {
    return write_file(path_ / relative, text);
}

fs::path write_file(const fs::path& path, const std::string& text) {
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << text;
    return path;
}

namespace {

RunResult run_with(const fs::path& cwd, const std::vector<std::string>& arguments,
                   const std::vector<std::pair<std::string, std::string>>& variables, std::istream* in) {
    std::ostringstream out;
    std::ostringstream err;
    Environment environment{cwd, out, err, false, {}, in};
    for (const auto& [name, value] : variables)
        environment.variables[name] = value;
    RunResult result;
    result.exit_code = run_reclint(arguments, environment);
    result.out = out.str();
    result.err = err.str();
    return result;
}

}  // namespace

RunResult run_reclint_in(const fs::path& cwd, const std::vector<std::string>& arguments,
                         const std::vector<std::pair<std::string, std::string>>& variables) {
    return run_with(cwd, arguments, variables, nullptr);
}

RunResult run_reclint_with_input(const fs::path& cwd, const std::vector<std::string>& arguments,
                                 const std::string& input) {
    std::istringstream in(input);
    return run_with(cwd, arguments, {}, &in);
}

std::string shell_quote(const std::string& text) {
    std::string quoted = "'";
    for (const char c : text)
        quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return quoted + "'";
}

RunResult run_bash_in(const fs::path& cwd, const std::string& script,
                      const std::vector<std::pair<std::string, std::string>>& variables) {
    const ScratchFolder io;
    const fs::path script_file = io.write("script.sh", script);
    std::string command = "cd " + shell_quote(cwd.string()) + " && env -i";
    for (const auto& [name, value] : variables)
        command += " " + shell_quote(name + "=" + value);
    command += " /bin/bash " + shell_quote(script_file.string()) + " >" + shell_quote((io.path() / "out").string()) +
               " 2>" + shell_quote((io.path() / "err").string());
    const int status = std::system(command.c_str());
    RunResult result;
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    result.out = read_text(io.path() / "out");
    result.err = read_text(io.path() / "err");
    return result;
}

RunResult run_git_in(const fs::path& cwd, const std::string& script) {
    const ScratchFolder home;
    return run_bash_in(cwd, script,
                       {{"PATH", "/usr/local/bin:/usr/bin:/bin"},
                        {"HOME", home.path().string()},
                        {"GIT_CONFIG_NOSYSTEM", "1"},
                        {"GIT_AUTHOR_NAME", "Data Scientist"},
                        {"GIT_AUTHOR_EMAIL", "ds@example.com"},
                        {"GIT_COMMITTER_NAME", "Data Scientist"},
                        {"GIT_COMMITTER_EMAIL", "ds@example.com"}});
}

std::string read_text(const fs::path& path) {
    std::ifstream file(path, std::ios::binary);
    std::ostringstream text;
    text << file.rdbuf();
    return text.str();
}

fs::path source_dir() {
    return RECLINT_SOURCE_DIR;
}
fs::path shared_dir() {
    return fs::path(RECLINT_SHARED_DIR).lexically_normal();
}

}  // namespace reclint::testing
