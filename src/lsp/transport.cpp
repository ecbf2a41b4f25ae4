#include "lsp/transport.hpp"

#include <unistd.h>

#include <cerrno>
#include <charconv>

namespace reclint::lsp {

namespace {

constexpr std::size_t kChunk = 64 * 1024;
constexpr std::size_t kMaxHeader = 8 * 1024;

bool is_digits(std::string_view text) {
    return !text.empty() && text.find_first_not_of("0123456789") == std::string_view::npos;
}

std::string_view trim(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

// The Content-Length of a header block, or why there is none.
bool content_length(std::string_view header, std::size_t& length, std::string& error) {
    bool found = false;
    while (!header.empty()) {
        const std::size_t end = header.find("\r\n");
        const std::string_view line = header.substr(0, end);
        header.remove_prefix(end == std::string_view::npos ? header.size() : end + 2);
        const std::size_t colon = line.find(':');
        if (colon == std::string_view::npos) {
            error = "a header line without ':'";
            return false;
        }
        std::string name(trim(line.substr(0, colon)));
        for (char& c : name)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (name != "content-length") continue;
        const std::string_view value = trim(line.substr(colon + 1));
        const auto [at, failed] = std::from_chars(value.data(), value.data() + value.size(), length);
        if (!is_digits(value) || failed != std::errc() || at != value.data() + value.size()) {
            error = "Content-Length is not a number";
            return false;
        }
        found = true;
    }
    if (!found) error = "no Content-Length header";
    return found;
}

}  // namespace

bool MessageReader::fill() {
    char chunk[kChunk];
    for (;;) {
        const ssize_t got = ::read(fd_, chunk, sizeof chunk);
        if (got < 0 && errno == EINTR) continue;
        if (got <= 0) return false;
        buffer_.append(chunk, static_cast<std::size_t>(got));
        return true;
    }
}

bool MessageReader::skip(std::size_t count) {
    while (buffer_.size() < count) {
        count -= buffer_.size();
        buffer_.clear();
        if (!fill()) return false;
    }
    buffer_.erase(0, count);
    return true;
}

Incoming MessageReader::next() {
    std::size_t header_end;
    while ((header_end = buffer_.find("\r\n\r\n")) == std::string::npos) {
        if (buffer_.size() > kMaxHeader) {
            buffer_.clear();
            return {Incoming::Kind::bad_header, "", "a header longer than 8 KiB without an end"};
        }
        if (!fill()) return {};
    }
    std::size_t length = 0;
    std::string error;
    const bool valid = content_length(std::string_view(buffer_).substr(0, header_end), length, error);
    buffer_.erase(0, header_end + 4);
    if (!valid) return {Incoming::Kind::bad_header, "", error};
    if (length > max_size_) {
        if (!skip(length)) return {};
        return {Incoming::Kind::too_large, "",
                "a message of " + std::to_string(length) + " bytes, over the limit of " + std::to_string(max_size_)};
    }
    while (buffer_.size() < length) {
        if (!fill()) return {};
    }
    Incoming incoming{Incoming::Kind::message, buffer_.substr(0, length), ""};
    buffer_.erase(0, length);
    return incoming;
}

bool write_message(int fd, std::string_view body) {
    const std::string message = "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + std::string(body);
    std::string_view rest = message;
    while (!rest.empty()) {
        const ssize_t wrote = ::write(fd, rest.data(), rest.size());
        if (wrote < 0 && errno == EINTR) continue;
        if (wrote <= 0) return false;
        rest.remove_prefix(static_cast<std::size_t>(wrote));
    }
    return true;
}

}  // namespace reclint::lsp
