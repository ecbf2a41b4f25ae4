#include "warehouse/json_positions.hpp"

#include "load/source_file.hpp"

namespace reclint {

namespace {

class Scanner {
  public:
    explicit Scanner(std::string_view text) : text_(text) {}

    std::size_t at() const { return at_; }
    bool done() const { return at_ >= text_.size(); }
    char peek() {
        skip_blanks();
        return done() ? '\0' : text_[at_];
    }
    void advance() { ++at_; }

    // The raw text of a string (escapes kept), the scanner after its closing quote.
    std::string_view string() {
        const std::size_t begin = ++at_;
        while (!done() && text_[at_] != '"')
            at_ += text_[at_] == '\\' ? 2 : 1;
        const std::size_t end = std::min(at_, text_.size());
        ++at_;
        return text_.substr(begin, end - begin);
    }

    // Skips one value of any depth: brackets are counted, strings skipped whole.
    void skip_value() {
        std::size_t depth = 0;
        do {
            const char c = peek();
            if (c == '\0') return;
            if (c == '"') {
                string();
            } else if (c == '[' || c == '{') {
                ++depth;
                advance();
            } else if (c == ']' || c == '}') {
                if (depth == 0) return;
                --depth;
                advance();
            } else if (c == ',' || c == ':') {
                if (depth == 0) return;
                advance();
            } else {
                while (!done() && std::string_view(",]}: \t\r\n").find(text_[at_]) == std::string_view::npos)
                    advance();
            }
        } while (depth > 0);
    }

    // Moves to the `index`-th item of the array the scanner is at.
    bool enter_item(std::size_t index) {
        if (peek() != '[') return false;
        advance();
        for (std::size_t i = 0; i < index; ++i) {
            skip_value();
            if (peek() != ',') return false;
            advance();
        }
        return peek() != ']';
    }

    // Moves to the value of `key` in the object the scanner is at.
    bool enter_member(std::string_view key) {
        if (peek() != '{') return false;
        advance();
        while (peek() == '"') {
            const std::string_view name = string();
            if (peek() != ':') return false;
            advance();
            peek();
            if (name == key) return true;
            skip_value();
            if (peek() != ',') return false;
            advance();
        }
        return false;
    }

  private:
    void skip_blanks() {
        while (!done() && std::string_view(" \t\r\n").find(text_[at_]) != std::string_view::npos)
            ++at_;
    }

    std::string_view text_;
    std::size_t at_ = 0;
};

}  // namespace

std::size_t json_offset(std::string_view text, const std::vector<JsonStep>& path) {
    Scanner scanner(text);
    scanner.peek();
    std::size_t reached = scanner.at();
    for (const JsonStep& step : path) {
        const bool found = std::holds_alternative<std::size_t>(step)
                               ? scanner.enter_item(std::get<std::size_t>(step))
                               : scanner.enter_member(std::get<std::string>(step));
        if (!found) break;
        scanner.peek();
        reached = scanner.at();
    }
    return std::min(reached, text.size());
}

std::string json_location(const std::string& file, std::string_view text, std::size_t offset) {
    const SourceFile source(file, std::string(text));
    const Position position = source.position(static_cast<std::uint32_t>(std::min(offset, text.size())));
    return file + ":" + std::to_string(position.line) + ":" + std::to_string(position.column);
}

}  // namespace reclint
