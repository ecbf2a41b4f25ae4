#include "commands/fix_files.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <optional>
#include <set>
#include <utility>

#include "commands/atomic_file.hpp"
#include "engine/fix_loop.hpp"
#include "engine/fix_plan.hpp"

namespace reclint {

namespace {

namespace fs = std::filesystem;

using BomAndText = std::pair<std::string, std::string>;

std::optional<std::string> read_bytes(const fs::path& path) {
    std::ifstream file(path, std::ios::binary);
    if (!file) return std::nullopt;
    std::string text((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
    if (file.bad()) return std::nullopt;
    return text;
}

// `raw` as the BOMs it starts with (the loader reads the text after them) and the rest.
BomAndText split_bom(const std::string& raw) {
    std::size_t length = 0;
    while (raw.compare(length, 3, "\xEF\xBB\xBF") == 0)
        length += 3;
    return {raw.substr(0, length), raw.substr(length)};
}

// The bytes of `file` on disk, when they still hold the text that was checked; else none (with a
// message).
std::optional<BomAndText> checked_text(const SourceFile& file, const std::optional<std::string>& raw,
                                       FixOutcome& outcome) {
    if (!raw) {
        outcome.messages.push_back(file.path() + ": not fixed: it can no longer be read");
        return std::nullopt;
    }
    BomAndText split = split_bom(*raw);
    if (split.second != file.text()) {
        outcome.messages.push_back(file.path() + ": not fixed: it changed on disk since it was checked");
        return std::nullopt;
    }
    return split;
}

// The text of a file that --fix may rewrite; none (with a message) when it must be left alone.
std::optional<BomAndText> writable_text(const SourceFile& file, const fs::path& cwd,
                                        std::set<std::pair<dev_t, ino_t>>& seen, FixOutcome& outcome) {
    std::error_code error;
    const fs::path target = fs::canonical(cwd / file.path(), error);  // a symlink's file, not the link
    struct stat info {};
    if (error || ::stat(target.c_str(), &info) != 0 || !S_ISREG(info.st_mode)) {
        outcome.messages.push_back(file.path() + ": not fixed: it is no regular file any more");
        return std::nullopt;
    }
    // The same file named twice (a symlink and its target) is fixed once.
    if (!seen.emplace(info.st_dev, info.st_ino).second) return std::nullopt;
    if (info.st_nlink > 1) {
        outcome.messages.push_back(file.path() + ": not fixed: it has " + std::to_string(info.st_nlink) +
                                   " hard links, which a rewrite would separate (use --diff and apply it)");
        return std::nullopt;
    }
    return checked_text(file, read_bytes(target), outcome);
}

// The text --diff starts from: the request's text for the file, or the file on disk.
std::optional<BomAndText> diff_text(const SourceFile& file, const CheckRequest& request, FixOutcome& outcome) {
    const fs::path path = (request.cwd / file.path()).lexically_normal();
    const auto given = std::find_if(request.texts.begin(), request.texts.end(), [&](const auto& text) {
        return (request.cwd / text.first).lexically_normal() == path;
    });
    if (given != request.texts.end()) return split_bom(given->second);
    return checked_text(file, read_bytes(path), outcome);
}

// The passes, each checked again by `request` with the fixed texts in place of their files.
FixLoop fix_in_memory(const CheckRequest& request, CheckResult& result, const FixableText& fixable_text) {
    const Recheck recheck = [&](const FileTexts& fixed) -> const std::vector<Diagnostic>& {
        std::set<fs::path> absolute;
        for (const auto& [path, text] : fixed)
            absolute.insert((request.cwd / path).lexically_normal());
        CheckRequest again = request;
        // A text of the request for a fixed file, under any spelling of its path, gives way.
        std::erase_if(again.texts, [&](const auto& given) {
            return absolute.contains((request.cwd / given.first).lexically_normal());
        });
        again.texts.insert(fixed.begin(), fixed.end());
        result = run_check(again);
        return result.diagnostics;
    };
    return fix_until_settled(result.diagnostics, fixable_text, recheck);
}

// Writes the file's last text; false (with a message) when it is left as it was.
bool write_fixed(const FixedFile& file, const fs::path& cwd, FixOutcome& outcome) {
    std::error_code error;
    const fs::path target = fs::canonical(cwd / file.path, error);
    // The last look before the rename: an editor may have saved the file meanwhile.
    if (error || read_bytes(target) != file.bom + file.original) {
        outcome.messages.push_back(file.path + ": not fixed: it changed on disk while being fixed");
        return false;
    }
    if (const std::string why = write_file_atomically(target, file.bom + file.text); !why.empty()) {
        outcome.messages.push_back(file.path + ": not fixed: cannot write it: " + why);
        return false;
    }
    return true;
}

void count(const FixedFile& file, FixOutcome& outcome) {
    outcome.fixes += file.fixes;
    ++outcome.files;
}

}  // namespace

FixOutcome fix_files(const CheckRequest& request, CheckResult& result) {
    FixOutcome outcome;
    std::set<std::pair<dev_t, ino_t>> seen;
    const FixLoop loop = fix_in_memory(
        request, result, [&](const SourceFile& file) { return writable_text(file, request.cwd, seen, outcome); });
    for (const FixedFile& file : loop.files) {
        if (!file.settled) outcome.unsettled.push_back(file.path);
        if (!file.edits.empty() && write_fixed(file, request.cwd, outcome)) count(file, outcome);
    }
    if (loop.passes > 0) result = run_check(request);  // what is left on disk is what the report says
    return outcome;
}

FixOutcome print_fix_diff(const CheckRequest& request, CheckResult& result, std::ostream& out) {
    FixOutcome outcome;
    const FixLoop loop =
        fix_in_memory(request, result, [&](const SourceFile& file) { return diff_text(file, request, outcome); });
    for (const FixedFile& file : loop.files) {
        if (!file.settled) outcome.unsettled.push_back(file.path);
        if (file.edits.empty()) continue;
        out << unified_diff(file.path, file.bom + file.original, file.edits, file.bom.size());
        count(file, outcome);
    }
    return outcome;
}

}  // namespace reclint
