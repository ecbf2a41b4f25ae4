#include "engine/suppression_comments.hpp"

#include <algorithm>
#include <cctype>
#include <optional>
#include <variant>

#include "load/yaml_comments.hpp"
#include "text/ascii_case.hpp"
#include "text/did_you_mean.hpp"

namespace reclint {

namespace {

constexpr std::string_view kMarker = "reclint:";

// Looks at each ':' (a fast memchr) rather than comparing at every byte.
bool mentions_marker(std::string_view text) {
    constexpr std::size_t name_length = kMarker.size() - 1;
    for (std::size_t colon = text.find(':', name_length); colon != std::string_view::npos;
         colon = text.find(':', colon + 1)) {
        const std::string_view name = text.substr(colon - name_length, name_length);
        if (std::equal(name.begin(), name.end(), kMarker.begin(), equal_ignoring_case)) return true;
    }
    return false;
}

bool starts_with_ignoring_case(std::string_view text, std::string_view prefix) {
    return text.size() >= prefix.size() && std::equal(prefix.begin(), prefix.end(), text.begin(), equal_ignoring_case);
}

// Reads one comment's text left to right; offsets stay relative to the file.
class DirectiveReader {
  public:
    DirectiveReader(std::string_view file_text, Span comment)
        : text_(file_text), at_(comment.begin + 1), end_(comment.end) {}

    // Empty when the comment is not addressed to reclint at all.
    std::optional<std::string_view> keyword() {
        skip_blanks();
        if (!starts_with_ignoring_case(rest(), kMarker)) return std::nullopt;
        at_ += kMarker.size();
        skip_blanks();
        const std::size_t start = at_;
        while (at_ < end_ &&
               (std::isalpha(static_cast<unsigned char>(text_[at_])) || text_[at_] == '-' || text_[at_] == '_'))
            ++at_;
        return text_.substr(start, at_ - start);
    }

    bool accept(char c) {
        skip_blanks();
        if (at_ >= end_ || text_[at_] != c) return false;
        ++at_;
        return true;
    }

    // The next rule id, or nothing at the end or at ` -- `.
    std::optional<SuppressedSelector> selector() {
        skip_blanks();
        if (rest().starts_with("--")) return std::nullopt;
        const std::size_t start = at_;
        while (at_ < end_ && text_[at_] != ',' && text_[at_] != ' ' && text_[at_] != '\t')
            ++at_;
        if (at_ == start) return std::nullopt;
        return SuppressedSelector{text_.substr(start, at_ - start), span(start, at_)};
    }

    std::string_view rest() { return text_.substr(at_, end_ - at_); }
    void skip_blanks() {
        while (at_ < end_ && (text_[at_] == ' ' || text_[at_] == '\t'))
            ++at_;
    }
    std::size_t at() const { return at_; }
    void skip(std::size_t count) { at_ = std::min(end_, at_ + count); }
    Span span(std::size_t begin, std::size_t end) const {
        return {static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end)};
    }
    Span span_to_end(std::size_t begin) const { return span(begin, end_); }

  private:
    std::string_view text_;
    std::size_t at_;
    std::size_t end_;
};

using ParsedDirective = std::variant<std::monostate, Suppression, MalformedSuppression>;

MalformedSuppression unknown_directive(std::string_view keyword, Span span, const YamlComment& comment) {
    if (keyword.empty()) {
        return {comment.span,
                "malformed suppression comment: expected \"disable=\" or \"disable-file=\" after "
                "\"reclint:\""};
    }
    const std::string message = "malformed suppression comment: unknown directive \"" + std::string(keyword) + "\"";
    const std::string suggested = with_suggestion(message, lowercase(keyword), {"disable", "disable-file"});
    return {span, suggested != message ? suggested : message + " (use \"disable\" or \"disable-file\")"};
}

ParsedDirective parse_directive(std::string_view text, const YamlComment& comment) {
    DirectiveReader reader(text, comment.span);
    const std::optional<std::string_view> keyword = reader.keyword();
    if (!keyword) return std::monostate{};
    const Span keyword_span = reader.span(reader.at() - keyword->size(), reader.at());
    const std::string name = lowercase(*keyword);
    if (name != "disable" && name != "disable-file") return unknown_directive(*keyword, keyword_span, comment);
    const bool whole_file = name == "disable-file";
    if (!reader.accept('=')) {
        return MalformedSuppression{
            keyword_span,
            "malformed suppression comment: expected \"=\" and rule ids after \"" + std::string(*keyword) + "\""};
    }
    Suppression suppression;
    suppression.scope = whole_file         ? Suppression::Scope::file
                        : comment.own_line ? Suppression::Scope::next_line
                                           : Suppression::Scope::this_line;
    suppression.comment = comment.span;
    do {
        const std::optional<SuppressedSelector> selector = reader.selector();
        if (!selector) {
            return MalformedSuppression{reader.span_to_end(reader.at()),
                                        "malformed suppression comment: expected a rule id"};
        }
        suppression.selectors.push_back(*selector);
    } while (reader.accept(','));
    reader.skip_blanks();
    if (!reader.rest().empty() && !reader.rest().starts_with("--")) {
        return MalformedSuppression{reader.span_to_end(reader.at()),
                                    "malformed suppression comment: write \",\" between rule ids and \" -- \" "
                                    "before the reason"};
    }
    reader.skip(2);
    reader.skip_blanks();
    suppression.reason = reader.rest();
    return suppression;
}

// The last line that holds text: a final line break does not start another line.
std::uint32_t last_line(const SourceFile& source) {
    const bool ends_with_break = !source.text().empty() && source.text().back() == '\n';
    return source.line_count() - (ends_with_break ? 1 : 0);
}

// The line each comment on its own line covers: the next line that is not itself only a comment
// (0: none). One backward pass, so a long run of comment lines costs linear time.
std::vector<std::uint32_t> covered_lines(const SourceFile& source, const std::vector<YamlComment>& comments,
                                         const std::vector<std::uint32_t>& lines) {
    std::vector<std::uint32_t> covered(comments.size(), 0);
    for (std::size_t i = comments.size(); i-- > 0;) {
        if (!comments[i].own_line) continue;
        const bool next_is_comment_line =
            i + 1 < comments.size() && comments[i + 1].own_line && lines[i + 1] == lines[i] + 1;
        covered[i] = next_is_comment_line ? covered[i + 1] : lines[i] + 1 <= last_line(source) ? lines[i] + 1 : 0;
    }
    return covered;
}

}  // namespace

FileSuppressions find_suppressions(const SourceFile& source) {
    FileSuppressions found;
    if (!mentions_marker(source.text())) return found;
    const std::vector<YamlComment> comments = find_yaml_comments(source.text());
    std::vector<std::uint32_t> lines;
    for (const YamlComment& comment : comments)
        lines.push_back(source.position(comment.span.begin).line);
    const std::vector<std::uint32_t> covered = covered_lines(source, comments, lines);
    for (std::size_t i = 0; i < comments.size(); ++i) {
        ParsedDirective parsed = parse_directive(source.text(), comments[i]);
        if (auto* malformed = std::get_if<MalformedSuppression>(&parsed)) {
            found.malformed.push_back(std::move(*malformed));
        } else if (auto* suppression = std::get_if<Suppression>(&parsed)) {
            if (suppression->scope == Suppression::Scope::this_line) suppression->line = lines[i];
            if (suppression->scope == Suppression::Scope::next_line) suppression->line = covered[i];
            found.suppressions.push_back(std::move(*suppression));
        }
    }
    return found;
}

}  // namespace reclint
