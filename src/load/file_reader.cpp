#include "load/file_reader.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace reclint {

namespace {

constexpr std::uint64_t kPeekSize = 64 * 1024;

std::string describe_errno(int error) {
    if (error == ELOOP) return "too many levels of symbolic links (a symlink loop?)";
    if (error == EACCES) return "permission denied";
    if (error == ENOENT) return "no such file or directory";
    std::string text = std::strerror(error);
    if (!text.empty()) text[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[0])));
    return text;
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
    if (fd.get() < 0) return failure(describe_errno(errno));
    struct stat info {};
    if (::fstat(fd.get(), &info) != 0) return failure(describe_errno(errno));
    if (S_ISDIR(info.st_mode)) return failure("is a directory");
    if (!S_ISREG(info.st_mode)) return failure("not a regular file");

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
        if (got < 0) return failure(describe_errno(errno));
        if (got == 0) break;  // the file shrank while being read
        done += static_cast<std::size_t>(got);
    }
    contents.text.resize(done);
    if (contents.text.starts_with("\xEF\xBB\xBF")) contents.text.erase(0, 3);
    return contents;
}

}  // namespace reclint
