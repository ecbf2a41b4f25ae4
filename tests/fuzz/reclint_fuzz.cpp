// libFuzzer target: the whole of `reclint check` (config, walk, loader, every rule, both report
// formats) over a small repository that the input describes. Built only with clang and
// RECLINT_FUZZ=ON; `bash .ci/fuzz` runs it for a bounded time, seeded from fixtures/.
//
// Input: files separated by the byte 0x1E. Each file's first line is its path; the rest is its
// text. A path that is not a plain relative *.yaml, *.yml or *.json name becomes fileN.yaml, so
// `.reclint.yaml` is the config and `dags/x.yaml` lands in a folder.
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "cli/run.hpp"

namespace fs = std::filesystem;

namespace {

constexpr std::size_t kMaxFiles = 8;

bool is_safe_path(std::string_view path) {
    if (path.empty() || path.size() > 80 || path.front() == '/' || path.find("..") != std::string_view::npos ||
        path.find("//") != std::string_view::npos || path.back() == '/') {
        return false;
    }
    for (const char c : path) {
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
                           c == '_' || c == '-' || c == '/';
        if (!plain) return false;
    }
    return path.ends_with(".yaml") || path.ends_with(".yml") || path.ends_with(".json");
}

const fs::path& scratch_folder() {
    static const fs::path folder = [] {
        std::string pattern = (fs::temp_directory_path() / "reclint-fuzz-XXXXXX").string();
        if (::mkdtemp(pattern.data()) == nullptr) std::abort();
        return fs::path(pattern);
    }();
    return folder;
}

void write_repository(std::string_view input, const fs::path& root) {
    fs::remove_all(root);
    fs::create_directories(root / ".git");  // the repository root, so the walk stays inside
    std::size_t count = 0;
    while (!input.empty() && count < kMaxFiles) {
        const std::size_t end = std::min(input.find('\x1e'), input.size());
        std::string_view file = input.substr(0, end);
        input.remove_prefix(std::min(end + 1, input.size()));
        const std::size_t line_end = std::min(file.find('\n'), file.size());
        const std::string_view path = file.substr(0, line_end);
        const std::string name = is_safe_path(path) ? std::string(path) : "file" + std::to_string(count) + ".yaml";
        file.remove_prefix(std::min(line_end + 1, file.size()));
        const fs::path target = root / name;
        std::error_code error;
        fs::create_directories(target.parent_path(), error);
        std::ofstream(target, std::ios::binary).write(file.data(), static_cast<std::streamsize>(file.size()));
        ++count;
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const fs::path& root = scratch_folder();
    write_repository(input, root);
    // Both reporters, on alternate inputs: each run costs a walk and a config load.
    for (const char* format : {size % 2 == 0 ? "text" : "json"}) {
        std::ostringstream out;
        std::ostringstream err;
        reclint::Environment environment{root, out, err, false, {}};
        const int code = reclint::run_reclint(
            {"check", "--color", "never", "--jobs", "1", "--today", "2026-12-01", "--format", format}, environment);
        // 3 is an internal error: a bug, like a crash.
        if (code < 0 || code > 2) {
            std::fprintf(stderr, "exit code %d\n%s", code, err.str().c_str());
            std::abort();
        }
    }
    return 0;
}
