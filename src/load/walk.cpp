#include "load/walk.hpp"

#include <algorithm>
#include <array>
#include <cerrno>
#include <map>
#include <system_error>

#include "load/file_reader.hpp"
#include "load/git_ignore.hpp"
#include "text/glob.hpp"

namespace reclint {

namespace fs = std::filesystem;

namespace {

bool is_yaml_or_json(const fs::path& path) {
    const std::string extension = path.extension().string();
    return extension == ".yaml" || extension == ".yml" || extension == ".json";
}

// A config file is read as the config, never as an input.
bool is_config_file(const fs::path& path) {
    return path.filename() == ".reclint.yaml" || path.filename() == ".reclint.yml";
}

// Version control, build output, and the folders of Python environments and JavaScript packages:
// other people's files, often many.
bool is_skipped_folder(const fs::path& path) {
    static const std::array<std::string_view, 9> kSkipped = {
        ".git", "build", "dist", "node_modules", ".venv", "venv", "site-packages", "__pycache__", ".tox"};
    const std::string name = path.filename().string();
    return std::find(kSkipped.begin(), kSkipped.end(), name) != kSkipped.end();
}

fs::path canonical_or_same(const fs::path& path) {
    std::error_code error;
    fs::path canonical = fs::canonical(path, error);
    return error ? path : canonical;
}

class Walker {
  public:
    Walker(const std::vector<fs::path>& named, const fs::path& root, const std::vector<std::string>& exclude,
           const FileTexts& texts, const FileSource& source)
        : named_(named),
          root_(root),
          texts_(texts),
          source_(source),
          canonical_root_(canonical_or_same(root)),
          git_ignore_(GitIgnore::open(root)),
          excluded_(exclude) {}

    WalkResult run() {
        std::vector<fs::path> named_folders;
        for (const fs::path& path : named_) {
            if (texts_.contains(path)) {
                explicit_files_.push_back(path);
                continue;
            }
            bool folder = false;
            if (const int reason = source_.status(path, folder); reason != 0) {
                const std::string described = describe_open_error(path, reason);
                result_.problems.push_back(
                    {path, described == "no such file or directory" ? described : "cannot read: " + described, true});
            } else if (folder) {
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
        add_explicit_files();
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
    void add_explicit_files() {
        for (const fs::path& file : explicit_files_) {
            if (!texts_.contains(file) && is_under(file, root_) && source_.leads_outside(file, canonical_root_)) {
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
    }

    // Texts of files that the disk may not have yet (an editor's new buffer) are found as the walk would.
    void add_texts(const std::vector<fs::path>& named_folders) {
        for (const auto& [path, text] : texts_) {
            if (!is_under(path, root_) && !is_named(path, named_folders)) continue;
            if (!is_yaml_or_json(path) || is_config_file(path) || is_excluded(path)) continue;
            FoundFile& found = found_[path];
            found.path = path;
            found.named = found.named || is_named(path, named_folders);
        }
    }

    bool is_excluded(const fs::path& path) const { return excluded_.matches(relative_path(path, root_)); }

    bool is_git_ignored(const fs::path& path, bool folder) {
        if (!git_ignore_ || !git_ignore_->ignores(path, folder)) return false;
        result_.git_ignored.push_back(path);
        return true;
    }

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
            std::vector<SourceEntry> entries;
            const int error = source_.list(folder, entries);
            for (const SourceEntry& entry : entries) {
                if (entry.error == 0) {
                    visit(entry, boundary, pending, named_folders);
                } else if (is_yaml_or_json(entry.path) || entry.folder) {
                    // Past PATH_MAX, say: it may be a folder or one of ours, so it is never skipped silently.
                    result_.problems.push_back({entry.path,
                                                "cannot read: " + describe_open_error(entry.path, entry.error),
                                                is_named(entry.path, named_folders)});
                }
            }
            if (error != 0) {
                result_.problems.push_back({folder, "cannot read the folder: " + describe_open_error(folder, error),
                                            is_named(folder, named_folders)});
            }
        }
    }

    void visit(const SourceEntry& entry, const fs::path& boundary, std::vector<fs::path>& pending,
               const std::vector<fs::path>& named_folders) {
        const fs::path& path = entry.path;
        if (entry.folder) {
            if (!is_skipped_folder(path) && !is_excluded(path) && !is_git_ignored(path, true)) pending.push_back(path);
            return;
        }
        if (!is_yaml_or_json(path) || is_config_file(path) || is_excluded(path)) return;
        if (is_git_ignored(path, false)) return;
        if (entry.symlink && !texts_.contains(path) && source_.leads_outside(path, boundary)) {
            result_.links_leaving.push_back(path);
            return;
        }
        FoundFile& found = found_[path];
        found.path = path;
        found.named = found.named || is_named(path, named_folders);
    }

    const std::vector<fs::path>& named_;
    const fs::path& root_;
    const FileTexts& texts_;
    const FileSource& source_;
    const fs::path canonical_root_;
    const std::unique_ptr<GitIgnore> git_ignore_;  // null outside a git working tree
    const GlobSet excluded_;
    std::vector<fs::path> explicit_files_;
    std::map<fs::path, FoundFile> found_;
    WalkResult result_;
};

}  // namespace

WalkResult find_files(const std::vector<fs::path>& named, const fs::path& root, const std::vector<std::string>& exclude,
                      const FileTexts& texts, const FileSource& source) {
    return Walker(named, root, exclude, texts, source).run();
}

std::string relative_path(const fs::path& path, const fs::path& base) {
    const fs::path relative = path.lexically_relative(base);
    std::string text = (relative.empty() ? path : relative).generic_string();
    return text.empty() ? "." : text;
}

}  // namespace reclint
