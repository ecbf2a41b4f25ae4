#include "load/walk.hpp"

#include <algorithm>
#include <cerrno>
#include <map>
#include <system_error>

#include "load/file_reader.hpp"
#include "text/glob.hpp"

namespace reclint {

namespace fs = std::filesystem;

namespace {

bool is_yaml_or_json(const fs::path& path) {
    const std::string extension = path.extension().string();
    return extension == ".yaml" || extension == ".yml" || extension == ".json";
}

bool is_skipped_folder(const fs::path& path) {
    const std::string name = path.filename().string();
    return name == ".git" || name == "build" || name == "node_modules";
}

bool is_under(const fs::path& path, const fs::path& folder) {
    const auto [folder_end, path_at] = std::mismatch(folder.begin(), folder.end(), path.begin(), path.end());
    return folder_end == folder.end() || (std::next(folder_end) == folder.end() && folder_end->empty());
}

// Whether a symlink leads out of `boundary` (a canonical folder). Such links are not followed, so
// a pull request cannot make reclint read, and echo, a file elsewhere on the machine.
bool leads_outside(const fs::path& link, const fs::path& boundary) {
    std::error_code error;
    const fs::path target = fs::canonical(link, error);
    return !error && !is_under(target, boundary);  // a dangling link or a loop is reported when read
}

fs::path canonical_or_same(const fs::path& path) {
    std::error_code error;
    fs::path canonical = fs::canonical(path, error);
    return error ? path : canonical;
}

class Walker {
  public:
    Walker(const std::vector<fs::path>& named, const fs::path& root, const std::vector<std::string>& exclude,
           const FileTexts& texts)
        : named_(named), root_(root), exclude_(exclude), texts_(texts), canonical_root_(canonical_or_same(root)) {}

    WalkResult run() {
        std::vector<fs::path> named_folders;
        for (const fs::path& path : named_) {
            if (texts_.contains(path)) {
                explicit_files_.push_back(path);
                continue;
            }
            std::error_code error;
            const fs::file_status status = fs::status(path, error);
            if (error || !fs::exists(status)) {
                const int reason = error ? error.value() : ENOENT;
                const std::string described = describe_open_error(path, reason);
                result_.problems.push_back(
                    {path, described == "no such file or directory" ? described : "cannot read: " + described, true});
            } else if (fs::is_directory(status)) {
                named_folders.push_back(path);
            } else {
                explicit_files_.push_back(path);
            }
        }
        walk(root_, named_folders);
        for (const fs::path& folder : named_folders) {
            if (!is_under(folder, root_)) walk(folder, named_folders);
        }
        add_texts(named_folders);
        for (const fs::path& file : explicit_files_) {
            if (!texts_.contains(file) && is_under(file, root_) && fs::is_symlink(file) &&
                leads_outside(file, canonical_root_)) {
                result_.problems.push_back(
                    {file,
                     "not checked: the symlink points to a file outside the project, and reclint follows "
                     "symlinks only within it",
                     true});
                continue;
            }
            FoundFile& found = found_[file];
            found.path = file;
            found.named = true;
            found.explicit_file = true;
        }
        for (const WalkProblem& problem : result_.problems)
            found_.erase(problem.path);
        for (auto& [path, file] : found_) {
            if (const auto text = texts_.find(path); text != texts_.end()) file.text = &text->second;
            if (!file.named || !is_excluded(path)) {
                result_.files.push_back(file);
            } else if (file.explicit_file) {
                result_.excluded_named.push_back(path);
            }
        }
        return std::move(result_);
    }

  private:
    // Texts of files that the disk may not have yet (an editor's new buffer) are found as the walk would.
    void add_texts(const std::vector<fs::path>& named_folders) {
        for (const auto& [path, text] : texts_) {
            if (!is_under(path, root_) && !is_named(path, named_folders)) continue;
            if (!is_yaml_or_json(path) || path.filename() == ".reclint.yaml" || is_excluded(path)) continue;
            FoundFile& found = found_[path];
            found.path = path;
            found.named = found.named || is_named(path, named_folders);
        }
    }

    bool is_excluded(const fs::path& path) const { return gitignore_matches_any(exclude_, relative_path(path, root_)); }

    bool is_named(const fs::path& path, const std::vector<fs::path>& named_folders) const {
        return std::any_of(named_folders.begin(), named_folders.end(),
                           [&path](const fs::path& folder) { return is_under(path, folder); });
    }

    // Iterative, so that deep folder trees cannot exhaust the stack.
    void walk(const fs::path& top, const std::vector<fs::path>& named_folders) {
        const fs::path boundary = top == root_ ? canonical_root_ : canonical_or_same(top);
        std::vector<fs::path> pending{top};
        while (!pending.empty()) {
            const fs::path folder = std::move(pending.back());
            pending.pop_back();
            std::error_code error;
            fs::directory_iterator entries(folder, error);
            for (; !error && entries != fs::directory_iterator(); entries.increment(error)) {
                const fs::path path = entries->path().lexically_normal();
                std::error_code status_error;
                const fs::file_status status = entries->symlink_status(status_error);
                std::error_code type_unknown;
                if (!status_error) {
                    visit(path, status, boundary, pending, named_folders);
                } else if (is_yaml_or_json(path) || !entries->is_regular_file(type_unknown)) {
                    // Past PATH_MAX, say: it may be a folder or one of ours, so it is never skipped silently.
                    result_.problems.push_back({path, "cannot read: " + describe_open_error(path, status_error.value()),
                                                is_named(path, named_folders)});
                }
            }
            if (error) {
                result_.problems.push_back({folder,
                                            "cannot read the folder: " + describe_open_error(folder, error.value()),
                                            is_named(folder, named_folders)});
            }
        }
    }

    void visit(const fs::path& path, fs::file_status link_status, const fs::path& boundary,
               std::vector<fs::path>& pending, const std::vector<fs::path>& named_folders) {
        if (fs::is_directory(link_status)) {
            if (!is_skipped_folder(path) && !is_excluded(path)) pending.push_back(path);
            return;
        }
        // A config file is read as the config, never as an input.
        if (!is_yaml_or_json(path) || path.filename() == ".reclint.yaml" || is_excluded(path)) return;
        if (fs::is_symlink(link_status) && !texts_.contains(path) && leads_outside(path, boundary)) {
            result_.links_leaving.push_back(path);
            return;
        }
        FoundFile& found = found_[path];
        found.path = path;
        found.named = found.named || is_named(path, named_folders);
    }

    const std::vector<fs::path>& named_;
    const fs::path& root_;
    const std::vector<std::string>& exclude_;
    const FileTexts& texts_;
    const fs::path canonical_root_;  // canonical
    std::vector<fs::path> explicit_files_;
    std::map<fs::path, FoundFile> found_;
    WalkResult result_;
};

}  // namespace

WalkResult find_files(const std::vector<fs::path>& named, const fs::path& root, const std::vector<std::string>& exclude,
                      const FileTexts& texts) {
    return Walker(named, root, exclude, texts).run();
}

std::string relative_path(const fs::path& path, const fs::path& base) {
    const fs::path relative = path.lexically_relative(base);
    std::string text = (relative.empty() ? path : relative).generic_string();
    return text.empty() ? "." : text;
}

}  // namespace reclint
