// Inputs that are not plain readable YAML files (docs/design.md, "Hostile input"): named pipes, dangling
// symlinks, folders named like YAML files, empty files and binary files, named and found by walking. Each gets a clear
// message and exit code; none blocks, crashes or passes silently. These work as root too, where file permissions do not
// bind.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "test_support.hpp"

namespace fs = std::filesystem;
using namespace reclint::testing;

namespace {

void make_fifo(const fs::path& path) {
    REQUIRE(::mkfifo(path.c_str(), 0644) == 0);
}

}  // namespace

TEST_CASE("a named pipe is reported without waiting for a writer") {
    ScratchFolder folder;
    folder.write("dags/feed.yaml", kCleanDag);
    make_fifo(folder.path() / "dags" / "pipe.yaml");
    const RunResult named = run_reclint_in(folder.path(), {"check", "dags/pipe.yaml"});
    CHECK(named.exit_code == 2);
    CHECK(named.err == "reclint: error: dags/pipe.yaml: cannot read: a named pipe (FIFO), not a regular file\n");
    CHECK(named.out == "checked 0 files: no problems found, but a file could not be read\n");
    const RunResult walked = run_reclint_in(folder.path(), {"check"});
    CHECK(walked.exit_code == 2);
    CHECK(walked.err == "reclint: error: dags/pipe.yaml: cannot read: a named pipe (FIFO), not a regular file\n");
    CHECK(walked.out == "checked 1 file: no problems found, but a file could not be read\n");
    // Read only for context, it does not fail the run.
    const RunResult context = run_reclint_in(folder.path(), {"check", "dags/feed.yaml"});
    CHECK(context.exit_code == 0);
    CHECK(context.err == "reclint: warning: dags/pipe.yaml: cannot read: a named pipe (FIFO), not a regular file\n");
}

TEST_CASE("a dangling symlink is reported as one") {
    ScratchFolder folder;
    fs::create_symlink(folder.path() / "gone.yaml", folder.path() / "feed.yaml");
    const RunResult named = run_reclint_in(folder.path(), {"check", "feed.yaml"});
    CHECK(named.exit_code == 2);
    CHECK(named.err ==
          "reclint: error: feed.yaml: cannot read: the symlink points to a file that does not "
          "exist\n");
    const RunResult walked = run_reclint_in(folder.path(), {"check"});
    CHECK(walked.exit_code == 2);
    CHECK(walked.err ==
          "reclint: error: feed.yaml: cannot read: the symlink points to a file that does not "
          "exist\n");
}

TEST_CASE("a folder named like a YAML file and named on the command line is walked") {
    ScratchFolder folder;
    fs::create_directories(folder.path() / "empty.yaml");
    folder.write("dags.yaml/feed.yaml", kCleanDag);
    const RunResult empty = run_reclint_in(folder.path(), {"check", "empty.yaml"});
    CHECK(empty.exit_code == 0);
    CHECK(empty.err.empty());
    CHECK(empty.out == "checked 0 files: no problems\n");
    const RunResult full = run_reclint_in(folder.path(), {"check", "dags.yaml"});
    CHECK(full.exit_code == 0);
    CHECK(full.out == "checked 1 file: no problems\n");
}

TEST_CASE("empty files: JSON is invalid, YAML is not a reclint file unless the config says it is one") {
    ScratchFolder folder;
    folder.write(".reclint.yaml", "kinds:\n  \"dags/**\": dag\n");
    folder.write("values.yaml", "");
    folder.write("notes.yaml", "# nothing yet\n\n");
    folder.write("package.json", "\n");
    folder.write("dags/feed.yaml", "");
    // Named, they are reported (never "checked 0 files: no problems"); found by a walk, skipped.
    const RunResult yaml =
        run_reclint_in(folder.path(), {"check", "--color", "never", "--verbose", "values.yaml", "notes.yaml"});
    CHECK(yaml.exit_code == 0);
    CHECK(yaml.out ==
          "notes.yaml:1:1: warning: the file holds no YAML document, so nothing was checked [input/unrecognized]\n"
          " 1 | # nothing yet\n"
          "   | ^\n"
          "values.yaml:1:1: warning: the file holds no YAML document, so nothing was checked [input/unrecognized]\n"
          " 1 |\n"
          "   | ^\n"
          "checked 2 files: 0 errors, 2 warnings\n");
    CHECK(yaml.err == "reclint: using config .reclint.yaml; its paths and globs are relative to .\n");
    const RunResult walked = run_reclint_in(folder.path(), {"check", "--verbose"});
    CHECK(walked.err.find("reclint: skipped notes.yaml: empty: no YAML document in it\n") != std::string::npos);
    CHECK(walked.err.find("reclint: skipped values.yaml: empty: no YAML document in it\n") != std::string::npos);
    const RunResult json = run_reclint_in(folder.path(), {"check", "--color", "never", "package.json"});
    CHECK(json.exit_code == 1);
    CHECK(json.out ==
          "package.json:1:1: error: the file is empty, which is not valid JSON [yaml/syntax]\n"
          " 1 |\n"
          "   | ^\n"
          "checked 1 file: 1 error, 0 warnings\n");
    const RunResult forced = run_reclint_in(folder.path(), {"check", "--color", "never", "dags"});
    CHECK(forced.exit_code == 1);
    CHECK(forced.out ==
          "dags/feed.yaml:1:1: error: the DAG file must be a mapping, not null [schema/invalid]\n"
          " 1 |\n"
          "   | ^\n"
          "checked 1 file: 1 error, 0 warnings\n");
}

TEST_CASE("binary garbage is reported when named and skipped when merely found") {
    ScratchFolder folder;
    folder.write("dags/feed.yaml", kCleanDag);
    folder.write("model.yaml", std::string("\x7f"
                                           "ELF\x02\x01\x01\0\0\0\xff\xfe",
                                           12));
    const RunResult walked = run_reclint_in(folder.path(), {"check"});
    CHECK(walked.exit_code == 0);
    CHECK(walked.out == "checked 1 file: no problems\n");
    const RunResult named = run_reclint_in(folder.path(), {"check", "--color", "never", "model.yaml"});
    CHECK(named.exit_code == 1);
    CHECK(named.out ==
          "model.yaml:1:1: error: control character 0x7F is not allowed in YAML (is this a binary "
          "file?) "
          "[yaml/syntax]\n"
          " 1 | \xe2\x90\xa1"
          "ELF\xe2\x90\x82\xe2\x90\x81\xe2\x90\x81\xe2\x90\x80\xe2\x90\x80\xe2\x90\x80\xef\xbf\xbd"
          "\xef\xbf\xbd\n"
          "   | ^\n"
          "checked 1 file: 1 error, 0 warnings\n");
}

TEST_CASE("a symlink to a file outside the project is not followed, and one named is reported") {
    ScratchFolder outside;
    outside.write("secret.yaml", "name: job-feed-daily\njobs:\n  - name: SECRET\n    comand: x\n");
    ScratchFolder folder;
    fs::create_directories(folder.path() / ".git");
    folder.write("dags/feed.yaml", kCleanDag);
    fs::create_symlink(outside.path() / "secret.yaml", folder.path() / "dags/link.yaml");
    fs::create_symlink("feed.yaml", folder.path() / "dags/inside.yaml");  // within the project: followed
    const RunResult walked = run_reclint_in(folder.path(), {"check", "--verbose"});
    CHECK(walked.exit_code == 0);
    CHECK(walked.out == "checked 2 files: no problems\n");
    CHECK(walked.err ==
          "reclint: using the default settings: no .reclint.yaml here or in a parent folder up to the repository "
          "root\n"
          "reclint: skipped dags/link.yaml: the symlink points to a file outside the project, not followed\n");
    const RunResult named = run_reclint_in(folder.path(), {"check", "dags/link.yaml", "dags/feed.yaml"});
    CHECK(named.exit_code == 2);
    CHECK(named.out == "checked 1 file: no problems found, but a file could not be read\n");
    CHECK(named.err ==
          "reclint: error: dags/link.yaml: not checked: the symlink points to a file outside the project, and "
          "reclint follows symlinks only within it\n");
}

namespace {

// Folders nested past the system's path limit (PATH_MAX, 4,096 on Linux), made with *at() calls
// relative to each parent, since no full path of the deepest ones can be used.
class DeepFolders {
  public:
    DeepFolders(const fs::path& top, int levels) : top_(top) {
        int fd = ::open(top.c_str(), O_RDONLY | O_DIRECTORY);
        for (int level = 0; level < levels; ++level) {
            REQUIRE(::mkdirat(fd, kName.c_str(), 0755) == 0);
            const int child = ::openat(fd, kName.c_str(), O_RDONLY | O_DIRECTORY);
            if (level == levels / 2)
                middle_ = fd;  // kept open to cut the tree in two afterwards
            else
                ::close(fd);
            fd = child;
        }
        const int file = ::openat(fd, "feed.yaml", O_WRONLY | O_CREAT, 0644);
        REQUIRE(::write(file, kBrokenDag.data(), kBrokenDag.size()) == static_cast<ssize_t>(kBrokenDag.size()));
        ::close(file);
        ::close(fd);
    }
    // Cuts the tree in two halves whose paths fit the limit, so that the scratch folder can go.
    ~DeepFolders() {
        ::renameat(middle_, kName.c_str(), AT_FDCWD, (top_ / "tail").c_str());
        ::close(middle_);
    }
    DeepFolders(const DeepFolders&) = delete;
    DeepFolders& operator=(const DeepFolders&) = delete;

  private:
    inline static const std::string kName = std::string(200, 'd');
    fs::path top_;
    int middle_ = -1;
};

}  // namespace

TEST_CASE("a file nested past the system's path limit is reported, never checked 0 files and passed") {
    ScratchFolder folder;
    const DeepFolders deep(folder.path(), 22);  // 22 x 201 characters
    const RunResult result = run_reclint_in(folder.path(), {"check"});
    CHECK(result.exit_code == 2);
    CHECK(result.out == "checked 0 files: no problems found, but a file could not be read\n");
    const std::string prefix = "reclint: error: " + std::string(20 * 201, 'd').substr(0, 10);
    CHECK(result.err.starts_with(prefix));
    CHECK(result.err.ends_with(": cannot read: the path is longer than the system allows (PATH_MAX)\n"));
}
