#include "load/yaml_comments.hpp"

#include <optional>

#include "text/yaml_characters.hpp"

namespace reclint {

namespace {

// A line-by-line lexer that knows just enough YAML to tell comments from text: quoted scalars
// (which may span lines), block scalars (`|`, `>`: every more-indented line is text), plain
// scalars (`a#b` is text, `a #b` a comment) and flow collections.
class CommentScanner {
  public:
    explicit CommentScanner(std::string_view text) : text_(text) {}

    std::vector<YamlComment> run() {
        std::size_t start = text_.starts_with("\xEF\xBB\xBF") ? 3 : 0;
        while (start < text_.size()) {
            const std::size_t newline = text_.find('\n', start);
            const std::size_t end = newline == std::string_view::npos ? text_.size() : newline;
            scan_line(start, end);
            start = end + 1;
        }
        return std::move(comments_);
    }

  private:
    enum class Quote { none, single, double_quote };
    struct BlockScalar {
        std::size_t parent_indent;
        std::size_t content_indent;  // 0 until the first non-blank line sets it
    };

    void scan_line(std::size_t start, std::size_t end) {
        line_start_ = start;
        line_end_ = end;
        std::size_t indent = 0;
        while (start + indent < end && text_[start + indent] == ' ')
            ++indent;
        if (block_ && inside_block(start + indent == end || only_blanks(start + indent), indent)) return;
        std::size_t at = start;
        if (quote_ != Quote::none) at = close_quote(at);
        scan_tokens(at, indent);
    }

    bool only_blanks(std::size_t from) const {
        for (std::size_t i = from; i < line_end_; ++i) {
            if (!is_blank(text_[i])) return false;
        }
        return true;
    }

    // Whether the line is content of the block scalar being read; ends the scalar when it is not.
    bool inside_block(bool blank, std::size_t indent) {
        if (blank) return true;
        if (block_->content_indent == 0 && indent > block_->parent_indent) block_->content_indent = indent;
        if (block_->content_indent != 0 && indent >= block_->content_indent) return true;
        block_.reset();
        return false;
    }

    void scan_tokens(std::size_t at, std::size_t indent) {
        while (at < line_end_ && quote_ == Quote::none) {
            const char c = text_[at];
            if (is_blank(c)) {
                ++at;
            } else if (c == '#' && (at == line_start_ || is_blank(text_[at - 1]))) {
                comments_.push_back({{static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(content_end())},
                                     only_blanks_before(at)});
                return;
            } else if (c == '"' || c == '\'') {
                quote_ = c == '"' ? Quote::double_quote : Quote::single;
                at = close_quote(at + 1);
            } else if (c == '[' || c == '{') {
                ++flow_depth_;
                ++at;
            } else if (c == ']' || c == '}') {
                flow_depth_ -= flow_depth_ > 0 ? 1 : 0;
                ++at;
            } else if (c == ',' || is_indicator(at)) {
                ++at;
            } else if (at == line_start_ && (text_.substr(at, 3) == "---" || text_.substr(at, 3) == "...") &&
                       (at + 3 == line_end_ || is_blank(text_[at + 3]))) {
                at += 3;
            } else if ((c == '|' || c == '>') && flow_depth_ == 0) {
                at = block_header(at + 1, indent);
            } else if (c == '&' || c == '*' || c == '!') {
                at = end_of_word(at);
            } else {
                at = end_of_plain(at);
            }
        }
    }

    // `-`, `?` and `:` followed by a blank; in a flow collection `:` also right before a value.
    bool is_indicator(std::size_t at) const {
        const char c = text_[at];
        if (c != '-' && c != '?' && c != ':') return false;
        if (at + 1 == line_end_ || is_blank(text_[at + 1])) return true;
        return c == ':' && flow_depth_ > 0;
    }

    bool only_blanks_before(std::size_t at) const {
        for (std::size_t i = line_start_; i < at; ++i) {
            if (!is_blank(text_[i])) return false;
        }
        return true;
    }

    std::size_t content_end() const {
        return line_end_ > line_start_ && text_[line_end_ - 1] == '\r' ? line_end_ - 1 : line_end_;
    }

    // Past the closing quote, or the line's end when the string goes on to the next line.
    std::size_t close_quote(std::size_t at) {
        while (at < line_end_) {
            const char c = text_[at];
            if (quote_ == Quote::double_quote && c == '\\') {
                at += 2;
            } else if (quote_ == Quote::single && c == '\'' && at + 1 < line_end_ && text_[at + 1] == '\'') {
                at += 2;
            } else if ((quote_ == Quote::double_quote && c == '"') || (quote_ == Quote::single && c == '\'')) {
                quote_ = Quote::none;
                return at + 1;
            } else {
                ++at;
            }
        }
        return line_end_;
    }

    // After `|` or `>`: the indentation and chomping indicators; the text starts on the next line.
    std::size_t block_header(std::size_t at, std::size_t indent) {
        std::size_t explicit_indent = 0;
        for (; at < line_end_ && !is_blank(text_[at]); ++at) {
            if (text_[at] >= '1' && text_[at] <= '9') explicit_indent = static_cast<std::size_t>(text_[at] - '0');
        }
        block_ = BlockScalar{indent, explicit_indent == 0 ? 0 : indent + explicit_indent};
        return at;
    }

    std::size_t end_of_word(std::size_t at) const {
        while (at < line_end_ && !is_blank(text_[at]) && !(flow_depth_ > 0 && is_flow_indicator(text_[at])))
            ++at;
        return at;
    }

    // A plain scalar ends at ` #`, at `: `, at the line's end, and in a flow collection at `,[]{}`.
    std::size_t end_of_plain(std::size_t at) const {
        for (++at; at < line_end_; ++at) {
            const char c = text_[at];
            if (c == '#' && is_blank(text_[at - 1])) return at;
            if (c == ':' && (at + 1 == line_end_ || is_blank(text_[at + 1]) ||
                             (flow_depth_ > 0 && is_flow_indicator(text_[at + 1])))) {
                return at;
            }
            if (flow_depth_ > 0 && is_flow_indicator(c)) return at;
        }
        return at;
    }

    std::string_view text_;
    std::size_t line_start_ = 0;
    std::size_t line_end_ = 0;
    Quote quote_ = Quote::none;
    std::size_t flow_depth_ = 0;
    std::optional<BlockScalar> block_;
    std::vector<YamlComment> comments_;
};

}  // namespace

std::vector<YamlComment> find_yaml_comments(std::string_view text) {
    return CommentScanner(text).run();
}

}  // namespace reclint
