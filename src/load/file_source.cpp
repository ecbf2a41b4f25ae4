#include "load/file_source.hpp"

#include <algorithm>
#include <cerrno>
#include <system_error>

namespace reclint {

namespace fs = std::filesystem;

namespace {

class WorkingTree final : public FileSource {
  public:
    int status(const fs::path& path, bool& folder) const override {
        std::error_code error;
        const fs::file_status found = fs::status(path, error);
        if (error || !fs::exists(found)) return error ? error.value() : ENOENT;
        folder = fs::is_directory(found);
        return 0;
    }

    int list(const fs::path& folder, std::vector<SourceEntry>& entries) const override {
        std::error_code error;
        fs::directory_iterator found(folder, error);
        for (; !error && found != fs::directory_iterator(); found.increment(error)) {
            SourceEntry entry{found->path().lexically_normal()};
            std::error_code status_error;
            const fs::file_status status = found->symlink_status(status_error);
            if (status_error) {
                std::error_code type_unknown;
                entry.error = status_error.value();
                entry.folder = !found->is_regular_file(type_unknown);
            } else {
                entry.folder = fs::is_directory(status);
                entry.symlink = fs::is_symlink(status);
            }
            entries.push_back(std::move(entry));
        }
        return error ? error.value() : 0;
    }

    bool leads_outside(const fs::path& path, const fs::path& boundary) const override {
        std::error_code error;
        if (!fs::is_symlink(path, error)) return false;
        const fs::path target = fs::canonical(path, error);
        return !error && !is_under(target, boundary);  // a dangling link or a loop is reported when read
    }

    FileContents read(const fs::path& path, std::uint64_t max_size) const override { return read_file(path, max_size); }
};

}  // namespace

const FileSource& working_tree() {
    static const WorkingTree tree;
    return tree;
}

bool is_under(const fs::path& path, const fs::path& folder) {
    const auto [folder_end, path_at] = std::mismatch(folder.begin(), folder.end(), path.begin(), path.end());
    return folder_end == folder.end() || (std::next(folder_end) == folder.end() && folder_end->empty());
}

}  // namespace reclint
