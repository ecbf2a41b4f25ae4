#include "engine/fixes.hpp"

#include <algorithm>

#include "text/did_you_mean.hpp"

namespace reclint {

namespace {

bool is_blank(char c) {
    return c == ' ' || c == '\t';
}

// A plain name, or one after '@' (a cron descriptor) in place of another that starts with '@'.
bool names_alike(std::string_view name, std::string_view replacement) {
    if (name.starts_with('@') && replacement.starts_with('@')) {
        name.remove_prefix(1);
        replacement.remove_prefix(1);
    }
    return is_plain_name(name) && is_plain_name(replacement);
}

}  // namespace

bool is_plain_name(std::string_view name) {
    if (name.empty() || name.front() == '-' || name.front() == '.' || name.front() == ':') return false;
    return std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               std::string_view("_-./:").find(c) != std::string_view::npos;
    });
}

std::optional<Edit> rename_edit(const SourceFile& file, Span span, std::string_view name,
                                std::string_view replacement) {
    if (!names_alike(name, replacement) || name == replacement) return std::nullopt;
    const std::string& text = file.text();
    if (span.end > text.size() || span.begin >= span.end) return std::nullopt;
    const std::string_view spanned = std::string_view(text).substr(span.begin, span.end - span.begin);
    // A quoted scalar's span holds its quotes: the plain name inside them means the same quoted.
    if (spanned.size() == name.size() + 2 && (spanned.front() == '"' || spanned.front() == '\'') &&
        spanned.back() == spanned.front() && spanned.substr(1, name.size()) == name) {
        span = {span.begin + 1, span.end - 1};
    } else if (spanned != name) {
        return std::nullopt;
    }
    return Edit{&file, span, std::string(replacement)};
}

std::optional<Edit> remove_entry_edit(const SourceFile& file, Span span) {
    const std::string_view text = file.text();
    if (span.end > text.size() || span.begin >= span.end) return std::nullopt;
    std::size_t before = span.begin;
    while (before > 0 && is_blank(text[before - 1]))
        --before;
    std::size_t after = span.end;
    while (after < text.size() && is_blank(text[after]))
        ++after;
    // Block style: "<indent>- entry" alone on its line.
    if (before > 0 && text[before - 1] == '-') {
        std::size_t line = before - 1;
        while (line > 0 && is_blank(text[line - 1]))
            --line;
        const bool alone = (line == 0 || text[line - 1] == '\n') && before < span.begin;
        const bool ends = after == text.size() || text[after] == '\n' || text.substr(after, 2) == "\r\n";
        if (!alone || !ends) return std::nullopt;
        const std::size_t next = after == text.size() ? after : text.find('\n', after) + 1;
        return Edit{&file, {static_cast<std::uint32_t>(line), static_cast<std::uint32_t>(next)}, ""};
    }
    // Flow style: ", entry" goes, up to the `,` or `]` that follows.
    std::size_t comma = before;
    while (comma > 0 && std::string_view(" \t\r\n").find(text[comma - 1]) != std::string_view::npos)
        --comma;
    std::size_t close = after;
    while (close < text.size() && std::string_view(" \t\r\n").find(text[close]) != std::string_view::npos)
        ++close;
    if (comma == 0 || text[comma - 1] != ',' || close == text.size() || (text[close] != ',' && text[close] != ']'))
        return std::nullopt;
    return Edit{&file, {static_cast<std::uint32_t>(comma - 1), span.end}, ""};
}

DiagnosticBuilder report_misspelling(RuleContext& context, const SourceFile& file, Span span, std::string message,
                                     std::string_view name, const std::vector<std::string_view>& candidates) {
    const std::optional<std::string> closest = closest_name(name, candidates, context.edit_budget());
    if (!closest) return context.report(file, span, std::move(message));
    DiagnosticBuilder reported = context.report(file, span, message + ", did you mean \"" + *closest + "\"?");
    if (!is_sole_closest(name, *closest, candidates)) return reported;
    if (auto edit = rename_edit(file, span, name, *closest)) reported.fix(std::move(*edit));
    return reported;
}

}  // namespace reclint
