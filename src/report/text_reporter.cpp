#include "report/text_reporter.hpp"

#include <string>

#include "text/printable.hpp"
#include "text/utf8.hpp"

namespace reclint {

namespace {

struct Style {
    bool enabled;
    std::string wrap(std::string_view code, std::string_view text) const {
        if (!enabled) return std::string(text);
        return "\x1b[" + std::string(code) + "m" + std::string(text) + "\x1b[0m";
    }
};

std::string_view severity_color(Severity severity) {
    switch (severity) {
        case Severity::error:
            return "1;31";
        case Severity::warning:
            return "1;33";
        default:
            return "1;34";
    }
}

// Lines longer than this are shown as a window around the caret (minified JSON has one line).
constexpr std::size_t kWidestShownLine = 160;
constexpr std::size_t kContextBeforeCaret = 60;

// The part of a line that is shown, in code points, and where the caret goes within it.
struct ShownLine {
    std::string text;
    std::size_t first = 0;  // first underlined column, 0-based
    std::size_t last = 0;   // one past the last underlined column
};

// The byte `count` code points before (or after) `at`, or the line's start (or end).
std::size_t step_back(std::string_view line, std::size_t at, std::size_t count) {
    for (; at > 0 && count > 0; --count) {
        --at;
        while (at > 0 && utf8::is_continuation_byte(static_cast<unsigned char>(line[at])))
            --at;
    }
    return at;
}
std::size_t step_forward(std::string_view line, std::size_t at, std::size_t count) {
    for (; at < line.size() && count > 0; --count) {
        ++at;
        while (at < line.size() && utf8::is_continuation_byte(static_cast<unsigned char>(line[at])))
            ++at;
    }
    return at;
}

// The line around the bytes `first` to `last`, printable: a character spelled out ("<U+202E>")
// widens it, so the caret's columns are counted in what is printed. Only the shown window is
// measured, so many findings on one long line (minified JSON) cost no scan of the line each.
ShownLine shown_line(std::string_view line, std::size_t first, std::size_t last) {
    first = std::min(first, line.size());
    last = std::min(std::max(last, first), line.size());
    const bool windowed = step_forward(line, 0, kWidestShownLine) < line.size();
    const std::size_t from = windowed ? step_back(line, first, kContextBeforeCaret) : 0;
    const std::size_t to = windowed ? step_forward(line, from, kWidestShownLine) : line.size();
    const auto piece = [&line](std::size_t begin, std::size_t end) {
        return printable(line.substr(begin, end - begin));
    };
    const std::string_view ellipsis = "\u2026";
    const std::string before = (from > 0 ? std::string(ellipsis) : "") + piece(from, first);
    const std::string under = piece(first, std::min(last, to));
    ShownLine shown;
    shown.first = utf8::count_code_points(before);
    shown.last = shown.first + utf8::count_code_points(under);
    shown.text = before + under + piece(std::min(last, to), to) + (to < line.size() ? std::string(ellipsis) : "");
    return shown;
}

// The source line, then a caret line whose blanks copy the line's tabs so the carets line up.
void write_snippet(std::ostream& out, const SourceFile& file, Span span, const Style& style, std::string_view color,
                   std::size_t gutter_width) {
    const Position begin = file.position(span.begin);
    const std::string_view line = file.line_text(begin.line);
    const std::size_t line_start = file.offset({begin.line, 1});
    const std::size_t end = std::max(span.end, span.begin);
    const ShownLine shown = shown_line(line, span.begin - line_start, end - line_start);
    std::string number = std::to_string(begin.line);
    number.insert(0, gutter_width - std::min(gutter_width, number.size()), ' ');
    const std::string gutter(number.size(), ' ');
    out << ' ' << style.wrap("1;34", number + " |") << (shown.text.empty() ? "" : " ") << shown.text << '\n';

    std::string padding;
    std::size_t column = 0;
    for (std::size_t i = 0; i < shown.text.size() && column < shown.first; ++i) {
        if (utf8::is_continuation_byte(static_cast<unsigned char>(shown.text[i]))) continue;
        padding += shown.text[i] == '\t' ? '\t' : ' ';
        ++column;
    }
    padding.append(shown.first - column, ' ');
    const std::string carets(std::max<std::size_t>(1, shown.last - shown.first), '^');
    out << ' ' << style.wrap("1;34", gutter + " |") << ' ' << padding << style.wrap(color, carets) << '\n';
}

void write_location(std::ostream& out, const SourceFile& file, Span span, const Style& style) {
    const Position at = file.position(span.begin);
    out << style.wrap("1",
                      printable(file.path()) + ":" + std::to_string(at.line) + ":" + std::to_string(at.column) + ":");
}

// The widest line number among a diagnostic and its notes, so that their gutters line up.
std::size_t gutter_width(const Diagnostic& diagnostic) {
    std::size_t width = std::to_string(diagnostic.file->position(diagnostic.span.begin).line).size();
    for (const Note& note : diagnostic.notes) {
        width = std::max(width, std::to_string(note.file->position(note.span.begin).line).size());
    }
    return width;
}

}  // namespace

void write_text_diagnostics(std::ostream& out, const std::vector<Diagnostic>& diagnostics, bool color) {
    const Style style{color};
    for (const Diagnostic& diagnostic : diagnostics) {
        const std::size_t width = gutter_width(diagnostic);
        const std::string_view color_code = severity_color(diagnostic.severity);
        write_location(out, *diagnostic.file, diagnostic.span, style);
        out << ' ' << style.wrap(color_code, std::string(severity_name(diagnostic.severity)) + ":") << ' '
            << printable(diagnostic.message) << ' ' << style.wrap("2", "[" + std::string(diagnostic.rule) + "]")
            << (diagnostic.baseline == Baseline::existing ? style.wrap("2", " (existing)") : "") << '\n';
        write_snippet(out, *diagnostic.file, diagnostic.span, style, color_code, width);
        for (const Note& note : diagnostic.notes) {
            write_location(out, *note.file, note.span, style);
            out << ' ' << style.wrap("1;36", "note:") << ' ' << printable(note.message) << '\n';
            write_snippet(out, *note.file, note.span, style, "1;36", width);
        }
    }
}

void write_text_report(std::ostream& out, const Report& report, bool color) {
    write_text_diagnostics(out, report.diagnostics, color);
    out << count_line(report) << '\n';
}

}  // namespace reclint
