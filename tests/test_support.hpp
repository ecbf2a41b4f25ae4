// Helpers for the tests: scratch folders and running reclint in-process.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace reclint::testing {

// A clean DAG file, and the same file with `command` misspelled (so the job also lacks one).
inline const std::string kCleanDag = "name: job-feed-daily\njobs:\n  - name: extract\n    command: python extract.py\n";
inline const std::string kBrokenDag = "name: job-feed-daily\njobs:\n  - name: extract\n    comand: python extract.py\n";
// The text report's findings for kBrokenDag at dags/feed.yaml, without the count line.
inline const std::string kBrokenDagFindings =
    "dags/feed.yaml:3:5: error: a job needs one of \"command\" or \"commands\" [schema/invalid]\n"
    " 3 |   - name: extract\n"
    "   |     ^^^^^^^^^^^^^\n"
    "dags/feed.yaml:4:5: error: unknown key \"comand\" in a job, did you mean \"command\"? [schema/unknown-key]\n"
    " 4 |     comand: python extract.py\n"
    "   |     ^^^^^^\n";

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

// The same, with `input` on standard input.
RunResult run_reclint_with_input(const std::filesystem::path& cwd, const std::vector<std::string>& arguments,
                                 const std::string& input);

// Runs `script` with bash in `cwd` with exactly the environment `variables` (nothing of the test's
// own environment leaks in), as the Action's steps and git hooks run: a real process.
RunResult run_bash_in(const std::filesystem::path& cwd, const std::string& script,
                      const std::vector<std::pair<std::string, std::string>>& variables);

// Runs `script` with bash in `cwd` as a git user would (a name and email, a home of its own, no
// system config): for the tests that build git repositories.
RunResult run_git_in(const std::filesystem::path& cwd, const std::string& script);

// `text` as one word for the shell, in single quotes.
std::string shell_quote(const std::string& text);

std::string read_text(const std::filesystem::path& path);

// The repository's own folders, and the shared folder with the real-world corpus.
std::filesystem::path source_dir();
std::filesystem::path shared_dir();

}  // namespace reclint::testing
