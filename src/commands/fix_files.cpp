#include "commands/fix_files.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <optional>
#include <set>
#include <utility>

#include "commands/atomic_file.hpp"

namespace reclint {

namespace {

namespace fs = std::filesystem;

std::optional<std::string> read_bytes(const fs::path& path) {
    std::ifstream file(path, std::ios::binary);
    if (!file) return std::nullopt;
    std::string text((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
    if (file.bad()) return std::nullopt;
    return text;
}

// How many bytes of BOM start `raw`: the loader reads the text after them.
std::size_t bom_length(std::string_view raw) {
    std::size_t length = 0;
    while (raw.substr(length, 3) == "\xEF\xBB\xBF")
        length += 3;
    return length;
}

// The file's bytes as checked, and the length of the BOM before its text; none (with a message)
// when it cannot be read or no longer holds the checked text.
std::optional<std::pair<std::string, std::size_t>> checked_bytes(const FileFixPlan& plan, const fs::path& path,
                                                                 FixOutcome& outcome) {
    std::optional<std::string> raw = read_bytes(path);
    if (!raw) {
        outcome.messages.push_back(plan.file->path() + ": not fixed: it can no longer be read");
        return std::nullopt;
    }
    const std::size_t bom = bom_length(*raw);
    if (std::string_view(*raw).substr(bom) != plan.file->text()) {
        outcome.messages.push_back(plan.file->path() + ": not fixed: it changed on disk since it was checked");
        return std::nullopt;
    }
    return std::pair{std::move(*raw), bom};
}

void count(const FileFixPlan& plan, FixOutcome& outcome) {
    outcome.fixes += plan.fixes;
    outcome.skipped += plan.skipped;
    if (plan.fixes > 0) ++outcome.files;
}

// Writes one plan; false (with a message) when the file is left as it was.
bool write_plan(const FileFixPlan& plan, const fs::path& cwd, std::set<std::pair<dev_t, ino_t>>& written,
                FixOutcome& outcome) {
    std::error_code error;
    const fs::path target = fs::canonical(cwd / plan.file->path(), error);  // a symlink's file, not the link
    struct stat info {};
    if (error || ::stat(target.c_str(), &info) != 0 || !S_ISREG(info.st_mode)) {
        outcome.messages.push_back(plan.file->path() + ": not fixed: it is no regular file any more");
        return false;
    }
    // The same file named twice (a symlink and its target) is fixed once.
    if (!written.emplace(info.st_dev, info.st_ino).second) return false;
    if (info.st_nlink > 1) {
        outcome.messages.push_back(plan.file->path() + ": not fixed: it has " + std::to_string(info.st_nlink) +
                                   " hard links, which a rewrite would separate (use --diff and apply it)");
        return false;
    }
    const auto checked = checked_bytes(plan, target, outcome);
    if (!checked) return false;
    const auto& [raw, bom] = *checked;
    const std::string fixed = apply_edits(raw, plan.edits, bom);
    // The last look before the rename: an editor may have saved the file meanwhile.
    if (read_bytes(target) != raw) {
        outcome.messages.push_back(plan.file->path() + ": not fixed: it changed on disk while being fixed");
        return false;
    }
    if (const std::string why = write_file_atomically(target, fixed); !why.empty()) {
        outcome.messages.push_back(plan.file->path() + ": not fixed: cannot write it: " + why);
        return false;
    }
    return true;
}

}  // namespace

FixOutcome write_fixes(const std::vector<FileFixPlan>& plans, const fs::path& cwd) {
    FixOutcome outcome;
    std::set<std::pair<dev_t, ino_t>> written;
    for (const FileFixPlan& plan : plans) {
        if (plan.edits.empty()) {
            outcome.skipped += plan.skipped;
            continue;
        }
        if (write_plan(plan, cwd, written, outcome)) count(plan, outcome);
    }
    return outcome;
}

FixOutcome print_fix_diff(const std::vector<FileFixPlan>& plans, const fs::path& cwd, const FileTexts& texts,
                          std::ostream& out) {
    FixOutcome outcome;
    for (const FileFixPlan& plan : plans) {
        if (plan.edits.empty()) {
            outcome.skipped += plan.skipped;
            continue;
        }
        const fs::path path = (cwd / plan.file->path()).lexically_normal();
        std::optional<std::pair<std::string, std::size_t>> checked;
        const auto given = std::find_if(texts.begin(), texts.end(), [&](const auto& text) {
            return (cwd / text.first).lexically_normal() == path;
        });
        if (given != texts.end()) {
            checked = std::pair{given->second, bom_length(given->second)};
        } else {
            checked = checked_bytes(plan, path, outcome);
        }
        if (!checked) continue;
        out << unified_diff(plan.file->path(), checked->first, plan.edits, checked->second);
        count(plan, outcome);
    }
    return outcome;
}

}  // namespace reclint
