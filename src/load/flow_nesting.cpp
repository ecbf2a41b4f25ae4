#include "load/flow_nesting.hpp"

#include "text/yaml_characters.hpp"

namespace reclint {

namespace {

class FlowNestingScan {
  public:
    FlowNestingScan(std::string_view text, std::size_t max_depth) : text_(text), max_depth_(max_depth) {}

    std::optional<std::uint32_t> run() {
        while (i_ < text_.size()) {
            const char c = text_[i_];
            if (c == '\n') {
                new_line();
            } else if (is_blank(c)) {
                ++i_;
            } else if (c == '#' && (i_ == 0 || is_blank(text_[i_ - 1]) || text_[i_ - 1] == '\n')) {
                skip_to_line_end();
            } else if (depth_ > 0) {
                if (flow_character(c)) return static_cast<std::uint32_t>(i_ - 1);
            } else {
                block_character(c);
            }
            if (stopped_) break;
        }
        return std::nullopt;
    }

  private:
    char at(std::size_t offset) const { return offset < text_.size() ? text_[offset] : '\n'; }
    bool ends_token(std::size_t offset) const { return is_blank(at(offset)) || at(offset) == '\n'; }

    void new_line() {
        ++i_;
        line_start_ = i_;
        token_start_ = true;
        in_plain_ = false;
    }

    void skip_to_line_end() {
        while (i_ < text_.size() && text_[i_] != '\n')
            ++i_;
    }

    // Returns true when this character opened one level too many.
    bool flow_character(char c) {
        ++i_;
        const bool after_quoted = after_quoted_;
        after_quoted_ = false;
        if (c == '[' || c == '{') {
            in_plain_ = false;
            return ++depth_ > max_depth_;
        }
        if (c == ']' || c == '}' || c == ',') {
            if (c != ',') --depth_;
            in_plain_ = false;
            token_start_ = depth_ > 0;
        } else if (in_plain_) {
            // A flow key ends at ":" followed by a blank or an indicator: a value node may follow.
            if (c == ':' && (ends_token(i_) || is_flow_indicator(at(i_)))) in_plain_ = false;
            return false;
        } else if (c == '"' || c == '\'') {
            skip_quoted(c);
            after_quoted_ = true;
        } else if (c == ':' && after_quoted) {
            // JSON style, "key":value: the colon needs no blank after a quoted key
        } else if (c == '&' || c == '!' || c == '*') {
            while (!ends_token(i_) && !is_flow_indicator(at(i_)))
                ++i_;
        } else if (!((c == ':' || c == '?') && (ends_token(i_) || is_flow_indicator(at(i_))))) {
            in_plain_ = true;
        }
        return false;
    }

    void block_character(char c) {
        if (!token_start_) {
            // Inside a plain scalar or after a quoted one: only ": " makes room for a new node.
            ++i_;
            if (c == ':' && ends_token(i_)) token_start_ = true;
            return;
        }
        ++i_;
        if (c == '[' || c == '{') {
            depth_ = 1;
            in_plain_ = false;
        } else if (c == '"' || c == '\'') {
            skip_quoted(c);
            token_start_ = false;
        } else if ((c == '|' || c == '>') && block_scalar_header()) {
            skip_block_scalar();
        } else if ((c == '-' || c == '?' || c == ':') && ends_token(i_)) {
            // an indicator: a node may follow on this line
        } else if (c == '&' || c == '!') {
            while (!ends_token(i_))
                ++i_;
        } else {
            token_start_ = false;
        }
    }

    void skip_quoted(char quote) {
        for (; i_ < text_.size(); ++i_) {
            if (quote == '"' && text_[i_] == '\\') {
                ++i_;
            } else if (text_[i_] == quote) {
                if (quote == '\'' && at(i_ + 1) == '\'') {
                    ++i_;
                } else {
                    ++i_;
                    return;
                }
            }
        }
        stopped_ = true;  // never closed: nothing after it is structure
    }

    // After "|" or ">": indentation and chomping indicators, then only a comment or the line end.
    bool block_scalar_header() const {
        std::size_t j = i_;
        while (at(j) == '+' || at(j) == '-' || (at(j) >= '0' && at(j) <= '9'))
            ++j;
        while (is_blank(at(j)))
            ++j;
        return at(j) == '\n' || at(j) == '#';
    }

    // The content: every following line that is blank or indented deeper than the header's line.
    void skip_block_scalar() {
        std::size_t header_indent = 0;
        while (at(line_start_ + header_indent) == ' ')
            ++header_indent;
        skip_to_line_end();
        while (i_ < text_.size()) {
            std::size_t next = i_ + 1;
            std::size_t indent = 0;
            while (at(next + indent) == ' ')
                ++indent;
            const std::size_t first = next + indent;
            const bool blank = first >= text_.size() || is_blank(at(first)) || at(first) == '\n';
            if (!blank && indent <= header_indent) return;
            i_ = first;
            skip_to_line_end();
        }
    }

    std::string_view text_;
    std::size_t max_depth_;
    std::size_t i_ = 0;
    std::size_t line_start_ = 0;
    std::size_t depth_ = 0;
    bool token_start_ = true;    // block context: the next character may start a node
    bool in_plain_ = false;      // flow context: inside a plain scalar
    bool after_quoted_ = false;  // flow context: a quoted scalar just ended
    bool stopped_ = false;
};

}  // namespace

std::optional<std::uint32_t> find_too_deep_flow(std::string_view text, std::size_t max_depth) {
    return FlowNestingScan(text, max_depth).run();
}

}  // namespace reclint
