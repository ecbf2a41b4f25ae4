// Helpers for the tests: scratch folders and running reclint in-process.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace reclint::testing {

// A fresh folder under the system's temp folder, removed when the object goes away.
class ScratchFolder {
  public:
    ScratchFolder();
    ~ScratchFolder();
    ScratchFolder(const ScratchFolder&) = delete;
    ScratchFolder& operator=(const ScratchFolder&) = delete;

    const std::filesystem::path& path() const { return path_; }
    // Writes `text` to `relative` (creating folders) and returns the absolute path.
    std::filesystem::path write(const std::string& relative, const std::string& text) const;

  private:
    std::filesystem::path path_;
};

// Writes `text` to `path`, creating folders, and returns `path`.
std::filesystem::path write_file(const std::filesystem::path& path, const std::string& text);

struct RunResult {
    int exit_code = 0;
    std::string out;
    std::string err;
};

// Runs reclint with `arguments` (without the program name) as if started in `cwd`, with no
// environment variables except those given.
RunResult run_reclint_in(const std::filesystem::path& cwd, const std::vector<std::string>& arguments,
                         const std::vector<std::pair<std::string, std::string>>& variables = {});

// Runs `script` with bash in `cwd` with exactly the environment `variables` (nothing of the test's
// own environment leaks in), as the Action's steps and git hooks run: a real process.
RunResult run_bash_in(const std::filesystem::path& cwd, const std::string& script,
                      const std::vector<std::pair<std::string, std::string>>& variables);

// `text` as one word for the shell, in single quotes.
std::string shell_quote(const std::string& text);

std::string read_text(const std::filesystem::path& path);

// The repository's own folders, and the shared folder with the real-world corpus.
std::filesystem::path source_dir();
std::filesystem::path shared_dir();

}  // namespace reclint::testing
