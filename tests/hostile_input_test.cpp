// Hostile inputs that once cost quadratic time or unbounded memory are generated here, at test
// time (nothing large is committed), and checked by running the reclint binary: its exit code,
// that its output stays printable and bounded, and its CPU time and peak memory against a budget
// of about three times what it needs now. The point is to catch quadratic work coming back, so
// the budgets are generous; CPU time (not wall time) keeps a busy machine from failing them.
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include "engine/diagnostic.hpp"
#include "test_support.hpp"

using namespace reclint::testing;
namespace fs = std::filesystem;

namespace {

// Under the sanitizers every input is a quarter of its size: the budgets still catch quadratic
// work (a quarter of the input is a sixteenth of the time), and the suite stays quick there.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif
#else
constexpr bool kSanitized = false;
#endif
constexpr std::size_t kScale = kSanitized ? 4 : 1;
// The sanitizers' shadow memory and slower code, on top of each budget.
constexpr double kTimeFactor = kSanitized ? 10.0 : 1.0;
constexpr std::size_t kExtraMib = kSanitized ? 512 : 0;

std::size_t scaled(std::size_t count) {
    return count / kScale;
}

struct Measured {
    int exit_code = -1;
    std::string out;
    std::string err;
    double cpu_seconds = 0;
    std::size_t peak_mib = 0;
};

// Runs the binary in `cwd` with `arguments` and measures it with wait4().
Measured run_measured(const fs::path& cwd, const std::vector<std::string>& arguments) {
    const ScratchFolder io;
    const std::string out_path = (io.path() / "out").string();
    const std::string err_path = (io.path() / "err").string();
    std::vector<std::string> argv_text{RECLINT_BINARY};
    argv_text.insert(argv_text.end(), arguments.begin(), arguments.end());
    std::vector<char*> argv;
    argv.reserve(argv_text.size() + 1);
    for (std::string& argument : argv_text)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    const pid_t pid = ::fork();
    if (pid == 0) {
        const int out = ::open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        const int err = ::open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (out < 0 || err < 0 || ::dup2(out, 1) < 0 || ::dup2(err, 2) < 0 || ::chdir(cwd.c_str()) != 0) ::_exit(127);
        ::execv(argv[0], argv.data());
        ::_exit(127);
    }
    Measured measured;
    int status = 0;
    struct rusage usage {};
    if (pid < 0 || ::wait4(pid, &status, 0, &usage) != pid) return measured;
    measured.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    measured.cpu_seconds = static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                           static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    measured.peak_mib = static_cast<std::size_t>(usage.ru_maxrss) / 1024;
    measured.out = read_text(out_path);
    measured.err = read_text(err_path);
    return measured;
}

// No control character but the line break reaches a terminal or a CI log.
bool printable_only(const std::string& text) {
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte < 0x20 && c != '\n') || byte == 0x7f) return false;
    }
    return true;
}

struct Budget {
    double cpu_seconds;
    std::size_t peak_mib;
};

// Checks `check` over the scratch repository with `format`, within `budget`.
Measured check_within(const ScratchFolder& repository, Budget budget, int exit_code,
                      const std::vector<std::string>& extra = {}) {
    fs::create_directories(repository.path() / ".git");
    std::vector<std::string> arguments{"check", "--color", "never", "--jobs", "1", "--today", "2026-12-01"};
    arguments.insert(arguments.end(), extra.begin(), extra.end());
    Measured measured = run_measured(repository.path(), arguments);
    INFO("stderr: " << measured.err.substr(0, 2000));
    INFO("cpu " << measured.cpu_seconds << " s, peak " << measured.peak_mib << " MiB");
    CHECK(measured.exit_code == exit_code);
    CHECK(printable_only(measured.out));
    CHECK(printable_only(measured.err));
    CHECK(measured.out.size() < 4 * 1024 * 1024);
    CHECK(measured.cpu_seconds < budget.cpu_seconds * kTimeFactor);
    CHECK(measured.peak_mib < budget.peak_mib + kExtraMib);
    return measured;
}

std::string repeated(std::string_view text, std::size_t count, std::string_view separator) {
    std::string result;
    result.reserve(count * (text.size() + separator.size()));
    for (std::size_t i = 0; i < count; ++i) {
        if (i > 0) result += separator;
        result += text;
    }
    return result;
}

std::string numbered(std::string_view prefix, std::size_t count, std::string_view separator) {
    std::string result;
    for (std::size_t i = 0; i < count; ++i)
        result += (i > 0 ? std::string(separator) : "") + std::string(prefix) + std::to_string(i);
    return result;
}

const std::string kArgoHead =
    "apiVersion: argoproj.io/v1alpha1\nkind: Workflow\nmetadata:\n  name: w\nspec:\n  entrypoint: main\n"
    "  templates:\n    - name: main\n      dag:\n        tasks:\n          - {name: a, template: run}\n"
    "          - name: b\n            template: run\n";
const std::string kArgoTail = "    - name: run\n      container: {image: x}\n";

}  // namespace

TEST_CASE("did-you-mean over very long job names is banded", "[hostile]") {
    const ScratchFolder repository;
    const std::string a(scaled(50'000), 'a');
    const std::string b(scaled(50'000), 'b');
    repository.write("dags/d.yaml", "name: d\njobs:\n  - name: " + a + "\n    command: x\n    dependencies: [" +
                                        a.substr(1) + "c]\n  - name: " + b + "\n    command: x\n    dependencies: [" +
                                        b.substr(1) + "c]\n");
    const Measured measured = check_within(repository, {1.0, 100}, 1, {"--format", "json"});
    CHECK(measured.out.find("dag/unknown-dependency") != std::string::npos);
}

TEST_CASE("did-you-mean over very long table names is banded", "[hostile]") {
    const ScratchFolder repository;
    const std::size_t length = scaled(20'000);
    std::string catalog = "kind: Catalog\ntables:\n";
    std::string inputs;
    std::string outputs;
    for (char c = 'a'; c < 'e'; ++c) {
        catalog += "  - name: " + std::string(length, c) + ".t\n";
        inputs += (inputs.empty() ? "" : ", ") + std::string(length - 1, c) + "x.t";
        outputs += (outputs.empty() ? "" : ", ") + std::string(length, static_cast<char>(c + 4)) + ".t";
    }
    repository.write("catalog.yaml", catalog);
    repository.write("dags/d.yaml", "name: d\njobs:\n  - name: j\n    command: x\n    inputs: [" + inputs +
                                        "]\n    outputs: [" + outputs + "]\n");
    check_within(repository, {1.0, 100}, 1, {"--format", "json"});
}

TEST_CASE("many findings on one long line cost no rescan of the line each", "[hostile]") {
    const ScratchFolder repository;
    repository.write("dags/d.yaml", "name: d\njobs: [" + repeated("a", scaled(150'000), ",") + "]\n");
    check_within(repository, {1.5, 200}, 1);
}

TEST_CASE("many suppression ids on one line", "[hostile]") {
    const ScratchFolder repository;
    repository.write("dags/d.yaml", "name: d\njobs:\n  - name: j\n    command: x  # reclint: disable=" +
                                        numbered("x/", scaled(100'000), ",") + "\n");
    check_within(repository, {1.5, 200}, 1);
}

TEST_CASE("the logical path finds an item's name once", "[hostile]") {
    const ScratchFolder repository;
    std::string keys;
    for (std::size_t i = 0; i < scaled(200'000); ++i)
        keys += "    k" + std::to_string(1'000'000 + i) + ": 1\n";
    repository.write("dags/d.yaml", "name: d\njobs:\n  - command: x\n" + keys + "    name: j\n");
    check_within(repository, {3.0, 400}, 1, {"--format", "sarif"});
}

TEST_CASE("task references in one long when are scanned once", "[hostile]") {
    const ScratchFolder repository;
    const std::string when = repeated("{{tasks.a.status}} == Succeeded", scaled(30'000), " && ");
    repository.write("argo/w.yaml", kArgoHead + "            when: \"" + when + "\"\n" + kArgoTail);
    check_within(repository, {1.5, 200}, 1);
}

TEST_CASE("operands of one long depends are scanned once", "[hostile]") {
    const ScratchFolder repository;
    const std::string depends = repeated("a.Succeded", scaled(60'000), " && ");
    repository.write("argo/w.yaml", kArgoHead + "            depends: \"" + depends + "\"\n" + kArgoTail);
    check_within(repository, {1.5, 200}, 1);
}

TEST_CASE("single-item surfaces that are not surfaces", "[hostile]") {
    const ScratchFolder repository;
    repository.write(".reclint.yaml", "surfaces: [" + numbered("surface", scaled(20'000), ", ") +
                                          "]\nsingle_item_surfaces: [" + numbered("other", scaled(20'000), ", ") +
                                          "]\n");
    check_within(repository, {1.5, 200}, 2);
}

TEST_CASE("many exclude globs over many files", "[hostile]") {
    const ScratchFolder repository;
    std::string globs;
    for (std::size_t i = 0; i < 1000; ++i) {
        globs += (i > 0 ? ", " : "") + (i % 2 == 0 ? "\"**/skip" + std::to_string(i) + ".yaml\""
                                                   : "\"gen/d" + std::to_string(i) + "/**/*.tmp.yaml\"");
    }
    repository.write(".reclint.yaml", "exclude: [" + globs + "]\n");
    for (std::size_t i = 0; i < scaled(20'000); ++i)
        repository.write("gen/d" + std::to_string(i % 100) + "/sub/f" + std::to_string(i) + ".yaml", "a: 1\n");
    check_within(repository, {3.0, 200}, 0);
}

TEST_CASE("the items of a long sequence are validated one by one, with the same findings", "[hostile]") {
    const ScratchFolder repository;
    std::string jobs;
    for (std::size_t i = 0; i < 5000; ++i)
        jobs += "  - name: j" + std::to_string(i) + "\n    command: x\n";
    repository.write("dags/d.yaml",
                     "name: d\njobs:\n" + jobs + "  - name: last\n    command: 3\n    retries: many\n  - 7\n");
    const Measured measured = check_within(repository, {3.0, 200}, 1);
    CHECK(measured.out.find("dags/d.yaml:10004:14: error: \"command\" must be a string, not an integer; quote it to "
                            "make it text [schema/invalid]\n") != std::string::npos);
    CHECK(measured.out.find("dags/d.yaml:10005:5: error: unknown key \"retries\" in a job [schema/unknown-key]\n") !=
          std::string::npos);
    CHECK(measured.out.find("dags/d.yaml:10006:5: error: each item of \"jobs\" must be a mapping, not an integer "
                            "[schema/invalid]\n") != std::string::npos);
    CHECK(measured.out.ends_with("checked 1 file: 3 errors, 0 warnings\n"));
}

// Five million schema violations: the validator keeps the first 1,000 of each kind and counts the
// rest (about 260 MiB and 9-15 s of CPU; 3 GiB when it kept them all).
TEST_CASE("findings are capped per rule and file, in every format", "[hostile]") {
    const ScratchFolder repository;
    // Just under the 10 MiB limit: five million findings before the cap.
    const std::size_t items = (10 * 1024 * 1024 - 100) / 2 / kScale;
    repository.write("dags/d.yaml", "name: d\njobs: [" + repeated("a", items, ",") + "]\n");
    const std::string omitted = std::to_string(items - reclint::kMostFindingsPerRuleAndFile);
    const std::string message = omitted +
                                " more findings of this rule in this file are left out (at most 1000 are "
                                "reported per rule and file)";
    const std::string column = std::to_string(8 + 2 * reclint::kMostFindingsPerRuleAndFile);  // the 1,001st "a"
    SECTION("text") {
        const Measured measured = check_within(repository, {45.0, 1024}, 1);
        CHECK(measured.out.find("dags/d.yaml:2:" + column + ": error: " + message + " [schema/invalid]\n") !=
              std::string::npos);
        CHECK(measured.out.ends_with("checked 1 file: " + std::to_string(items) + " errors, 0 warnings\n"));
    }
    SECTION("json") {
        const Measured measured = check_within(repository, {45.0, 1024}, 1, {"--format", "json"});
        CHECK(measured.out.find("\"message\": \"" + message + "\"") != std::string::npos);
        CHECK(measured.out.find("\"errors\": " + std::to_string(items)) != std::string::npos);
    }
    SECTION("github") {
        const Measured measured = check_within(repository, {45.0, 1024}, 1, {"--format", "github"});
        CHECK(measured.out.find(",title=schema/invalid::" + message + "\n") != std::string::npos);
    }
    SECTION("sarif") {
        const Measured measured = check_within(repository, {45.0, 1024}, 1, {"--format", "sarif"});
        CHECK(measured.out.find("\"text\": \"" + message + "\"") != std::string::npos);
    }
}
