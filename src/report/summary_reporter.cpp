#include "report/summary_reporter.hpp"

#include <map>
#include <string_view>

#include "text/plural.hpp"
#include "text/printable.hpp"

namespace reclint {

namespace {

// Room kept for the closing note when something is left out.
constexpr std::size_t kNoteRoom = 400;

// Untrusted text as literal Markdown: no link, image, HTML, emphasis, math or table cell border
// can come out of a message.
std::string markdown_text(std::string_view text) {
    static constexpr std::string_view kSpecial = "\\`*_{}[]()<>#+-.!|~&@:$^";
    std::string escaped;
    for (const char c : printable(text)) {
        if (kSpecial.find(c) != std::string_view::npos) escaped += '\\';
        escaped += c;
    }
    return escaped;
}

std::string line_link(const Report& report, const SummaryOptions& options, const SourceFile& file, Span span) {
    const std::string path = repository_path(report, file);
    const std::string line = std::to_string(file.position(span.begin).line);
    return "[" + markdown_text(path + ":" + line) + "](" + options.link_base + uri_reference(path) + "#L" + line + ")";
}

std::string counts_table(const Report& report) {
    std::map<std::string_view, std::pair<Severity, std::size_t>> by_rule;
    for (const Diagnostic& diagnostic : report.diagnostics) {
        auto& [severity, count] = by_rule.try_emplace(diagnostic.rule, diagnostic.severity, 0).first->second;
        ++count;
    }
    std::string table = "| Rule | Severity | Count |\n| :--- | :--- | ---: |\n";
    for (const auto& [rule, entry] : by_rule) {
        table += "| `" + std::string(rule) + "` | " + std::string(severity_name(entry.first)) + " | " +
                 std::to_string(entry.second) + " |\n";
    }
    return table + "\n";
}

std::string diagnostic_item(const Report& report, const SummaryOptions& options, const Diagnostic& diagnostic) {
    std::string item = "- **" + std::string(severity_name(diagnostic.severity)) + "** " +
                       line_link(report, options, *diagnostic.file, diagnostic.span) + " " +
                       markdown_text(diagnostic.message) + " `" + std::string(diagnostic.rule) + "`" +
                       (diagnostic.baseline == Baseline::existing ? " \\(existing\\)" : "") + "\n";
    for (const Note& note : diagnostic.notes) {
        item +=
            "  - note: " + line_link(report, options, *note.file, note.span) + " " + markdown_text(note.message) + "\n";
    }
    return item;
}

// A fence longer than any run of backticks in the diagram, so that the diagram cannot close it.
std::string code_fence(std::string_view text) {
    std::size_t longest = 0;
    std::size_t run = 0;
    for (const char c : text) {
        run = c == '`' ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    return std::string(std::max<std::size_t>(3, longest + 1), '`');
}

std::string diagram_section(const SummaryDiagram& diagram) {
    std::string section = "#### " + markdown_text(diagram.title) + "\n\n";
    if (diagram.mermaid.size() > kMermaidTextLimit) {
        return section + "The diagram has " + std::to_string(diagram.mermaid.size()) +
               " characters, more than GitHub's Mermaid draws (" + std::to_string(kMermaidTextLimit) +
               "); `reclint graph` prints it\\.\n\n";
    }
    const std::string fence = code_fence(diagram.mermaid);
    section += fence + "mermaid\n" + diagram.mermaid;
    if (!diagram.mermaid.ends_with('\n')) section += '\n';
    return section + fence + "\n\n";
}

// Text that never grows past its limit: a piece that does not fit is refused whole.
class BoundedText {
  public:
    explicit BoundedText(std::size_t limit) : limit_(limit) {}
    bool append(std::string_view piece) {
        if (text_.size() + piece.size() > limit_) return false;
        text_ += piece;
        return true;
    }
    const std::string& text() const { return text_; }

  private:
    std::size_t limit_;
    std::string text_;
};

std::string left_out_note(std::size_t diagnostics, std::size_t diagrams) {
    std::string what = diagnostics > 0 ? plural(diagnostics, "diagnostic") : "";
    if (diagrams > 0) what += (what.empty() ? "" : " and ") + plural(diagrams, "diagram");
    return "**The summary stops here:** GitHub limits a job summary to 1 MiB, and " + what +
           " did not fit\\. The annotations and `reclint \\-\\-format text` or `\\-\\-format "
           "sarif` list "
           "every diagnostic\\.\n";
}

}  // namespace

void write_summary(std::ostream& out, const Report& report, const SummaryOptions& options) {
    BoundedText summary(options.max_bytes > kNoteRoom ? options.max_bytes - kNoteRoom : 0);
    std::string head = "## reclint\n\n" + markdown_text(count_line(report)) + "\n\n";
    if (!report.diagnostics.empty()) head += counts_table(report) + "### Diagnostics\n\n";
    std::size_t diagnostics_left = report.diagnostics.size();
    std::size_t diagrams_left = options.diagrams.size();
    if (summary.append(head)) {
        for (const Diagnostic& diagnostic : report.diagnostics) {
            if (!summary.append(diagnostic_item(report, options, diagnostic))) break;
            --diagnostics_left;
        }
        if (!report.diagnostics.empty() && diagnostics_left == 0) summary.append("\n");
        if (diagnostics_left == 0 && !options.diagrams.empty() && summary.append("### Graphs\n\n")) {
            for (const SummaryDiagram& diagram : options.diagrams) {
                if (!summary.append(diagram_section(diagram))) break;
                --diagrams_left;
            }
        }
    }
    out << summary.text();
    if (diagnostics_left + diagrams_left > 0) {
        const std::string note = "\n" + left_out_note(diagnostics_left, diagrams_left);
        if (summary.text().size() + note.size() <= options.max_bytes) out << note;
    }
}

}  // namespace reclint
