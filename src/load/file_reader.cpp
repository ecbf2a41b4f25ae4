#include "load/file_reader.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "text/ascii_case.hpp"

namespace reclint {

namespace {

constexpr std::uint64_t kPeekSize = 64 * 1024;

// Pipes, sockets and devices could block a run or never end.
std::string describe_special_file(mode_t mode) {
    if (S_ISFIFO(mode)) return "a named pipe (FIFO), not a regular file";
    if (S_ISSOCK(mode)) return "a socket, not a regular file";
    if (S_ISCHR(mode) || S_ISBLK(mode)) return "a device, not a regular file";
    return "not a regular file";
}

FileContents failure(std::string error) {
    FileContents contents;
    contents.status = FileContents::Status::unreadable;
    contents.error = std::move(error);
    return contents;
}

class Descriptor {
  public:
    explicit Descriptor(int fd) : fd_(fd) {}
    ~Descriptor() {
        if (fd_ >= 0) ::close(fd_);
    }
    Descriptor(const Descriptor&) = delete;
    Descriptor& operator=(const Descriptor&) = delete;
    int get() const { return fd_; }

  private:
    int fd_;
};

}  // namespace

FileContents read_file(const std::filesystem::path& path, std::uint64_t max_size) {
    // O_NONBLOCK: opening a FIFO must not wait for a writer.
    const Descriptor fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK));
    if (fd.get() < 0) return failure(describe_open_error(path, errno));
    struct stat info {};
    if (::fstat(fd.get(), &info) != 0) return failure(describe_open_error(path, errno));
    if (S_ISDIR(info.st_mode)) return failure("is a directory");
    if (!S_ISREG(info.st_mode)) return failure(describe_special_file(info.st_mode));

    FileContents contents;
    contents.size = static_cast<std::uint64_t>(info.st_size);
    std::uint64_t wanted = contents.size;
    if (contents.size > max_size) {
        contents.status = FileContents::Status::too_large;
        wanted = std::min(kPeekSize, contents.size);
    }
    contents.text.resize(static_cast<std::size_t>(wanted));
    std::size_t done = 0;
    while (done < contents.text.size()) {
        const ssize_t got = ::read(fd.get(), contents.text.data() + done, contents.text.size() - done);
        if (got < 0 && errno == EINTR) continue;
        if (got < 0) return failure(describe_open_error(path, errno));
        if (got == 0) break;  // the file shrank while being read
        done += static_cast<std::size_t>(got);
    }
    contents.text.resize(done);
    // Every BOM at the start goes (a file saved twice by a BOM-writing editor has two): yaml-cpp
    // would skip the second one too, but without counting it, and every column would be off by 3.
    std::size_t marks = 0;
    while (contents.text.compare(marks, 3, "\xEF\xBB\xBF") == 0)
        marks += 3;
    contents.text.erase(0, marks);
    return contents;
}

FileContents contents_of_text(const std::string& text, std::uint64_t max_size) {
    FileContents contents;
    contents.size = text.size();
    if (contents.size > max_size) contents.status = FileContents::Status::too_large;
    const std::size_t wanted = contents.size > max_size ? std::min<std::size_t>(kPeekSize, text.size()) : text.size();
    const std::size_t bom = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
    contents.text.assign(text, std::min(bom, wanted), wanted - std::min(bom, wanted));
    return contents;
}

std::string describe_open_error(const std::filesystem::path& path, int error) {
    if (error == ELOOP) return "too many levels of symbolic links (a symlink loop?)";
    if (error == EACCES) return "permission denied";
    if (error == ENAMETOOLONG) return "the path is longer than the system allows (PATH_MAX)";
    if (error == ENOENT) {
        std::error_code ignored;
        return std::filesystem::is_symlink(path, ignored) ? "the symlink points to a file that does not exist"
                                                          : "no such file or directory";
    }
    return lowercase_first(std::strerror(error));
}

}  // namespace reclint
