// JSON-RPC framing of the Language Server Protocol over a pair of file descriptors: messages with
// `Content-Length` headers, read in bounded pieces so that no input can make the server hang or
// run out of memory.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace reclint::lsp {

struct Incoming {
    enum class Kind { message, bad_header, too_large, end };
    Kind kind = Kind::end;
    std::string body;   // the message's content, for Kind::message
    std::string error;  // what was wrong, for bad_header and too_large
};

class MessageReader {
  public:
    MessageReader(int fd, std::size_t max_size) : fd_(fd), max_size_(max_size) {}
    // The next message; a bad header or an oversized body is skipped, and reading goes on after it.
    Incoming next();

  private:
    bool fill();  // false at end of input
    bool skip(std::size_t count);

    int fd_;
    std::size_t max_size_;
    std::string buffer_;
};

// Writes one message with its header; false when the client is gone.
bool write_message(int fd, std::string_view body);

}  // namespace reclint::lsp
