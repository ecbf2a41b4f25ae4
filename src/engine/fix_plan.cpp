#include "engine/fix_plan.hpp"

#include <algorithm>
#include <map>

namespace reclint {

namespace {

bool overlaps(const std::vector<Edit>& taken, const Edit& edit) {
    return std::any_of(taken.begin(), taken.end(), [&](const Edit& other) {
        if (other.span.begin == edit.span.begin) return true;
        return other.span.begin < edit.span.end && edit.span.begin < other.span.end;
    });
}

// The start of every line of `text`, and `text.size()` after the last.
std::vector<std::size_t> line_starts(std::string_view text) {
    std::vector<std::size_t> starts{0};
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\n' && i + 1 < text.size()) starts.push_back(i + 1);
    }
    starts.push_back(text.size());
    return starts;
}

// The 0-based line holding the byte at `offset`.
std::size_t line_of(const std::vector<std::size_t>& starts, std::size_t offset) {
    const auto after = std::upper_bound(starts.begin(), starts.end() - 1, offset);
    return static_cast<std::size_t>(after - starts.begin()) - 1;
}

// Each line of `text` as a diff line: `mark`, the line with its line break, and a note when the
// text ends without one.
void add_lines(std::string& out, char mark, std::string_view text) {
    while (!text.empty()) {
        const std::size_t end = std::min(text.find('\n'), text.size() - 1) + 1;
        out += mark;
        out.append(text.substr(0, end));
        if (text[end - 1] != '\n') out += "\n\\ No newline at end of file\n";
        text.remove_prefix(end);
    }
}

std::size_t count_lines(std::string_view text) {
    return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) +
           (!text.empty() && text.back() != '\n' ? 1 : 0);
}

std::string range_text(std::size_t start, std::size_t count) {
    // A hunk with no lines on one side names the line before it.
    return std::to_string(count == 0 ? start - 1 : start) + "," + std::to_string(count);
}

constexpr std::size_t kContextLines = 3;

// Whole lines [begin, end) of the text that edits change, and what they become.
struct ChangedLines {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::string text;
};

// The edits grouped by the lines they touch: edits that share a line are one change.
std::vector<ChangedLines> changed_lines(std::string_view before, const std::vector<std::size_t>& starts,
                                        const std::vector<Edit>& edits, std::size_t shift) {
    std::vector<ChangedLines> changes;
    for (std::size_t first = 0; first < edits.size();) {
        const auto last_line = [&](const Edit& edit) {
            const std::size_t end = edit.span.end + shift;
            return line_of(starts, end > edit.span.begin + shift ? end - 1 : end);
        };
        const std::size_t begin = line_of(starts, edits[first].span.begin + shift);
        std::size_t end = last_line(edits[first]) + 1;
        std::size_t last = first + 1;
        while (last < edits.size() && line_of(starts, edits[last].span.begin + shift) < end) {
            end = std::max(end, last_line(edits[last]) + 1);
            ++last;
        }
        const std::vector<Edit> own(edits.begin() + static_cast<long>(first), edits.begin() + static_cast<long>(last));
        const std::string_view old_text = before.substr(starts[begin], starts[end] - starts[begin]);
        // Offsets move from the file to `old_text` (unsigned arithmetic wraps back into range).
        changes.push_back({begin, end, apply_edits(old_text, own, shift - starts[begin])});
        first = last;
    }
    return changes;
}

}  // namespace

std::vector<FileFixPlan> plan_fixes(const std::vector<Diagnostic>& diagnostics) {
    std::vector<FileFixPlan> plans;
    std::map<const SourceFile*, std::size_t> index;
    for (const Diagnostic& diagnostic : diagnostics) {
        if (diagnostic.fix.empty()) continue;
        const auto [at, added] = index.try_emplace(diagnostic.file, plans.size());
        if (added) plans.push_back({diagnostic.file, {}, 0, 0});
        FileFixPlan& plan = plans[at->second];
        const bool fits = std::all_of(diagnostic.fix.begin(), diagnostic.fix.end(), [&](const Edit& edit) {
            return edit.file == diagnostic.file && edit.span.begin <= edit.span.end &&
                   edit.span.end <= diagnostic.file->text().size() && !overlaps(plan.edits, edit);
        });
        if (!fits) {
            ++plan.skipped;
            continue;
        }
        plan.edits.insert(plan.edits.end(), diagnostic.fix.begin(), diagnostic.fix.end());
        ++plan.fixes;
    }
    for (FileFixPlan& plan : plans) {
        std::sort(plan.edits.begin(), plan.edits.end(),
                  [](const Edit& a, const Edit& b) { return a.span.begin < b.span.begin; });
    }
    return plans;
}

std::string apply_edits(std::string_view text, const std::vector<Edit>& edits, std::size_t shift) {
    std::string result;
    result.reserve(text.size());
    std::size_t done = 0;
    for (const Edit& edit : edits) {
        result.append(text.substr(done, edit.span.begin + shift - done));
        result += edit.text;
        done = edit.span.end + shift;
    }
    result.append(text.substr(done));
    return result;
}

std::vector<Edit> compose_edits(std::string_view between, const std::vector<Edit>& earlier,
                                const std::vector<Edit>& later) {
    const auto growth_of = [](const Edit& edit) {
        return static_cast<long long>(edit.text.size()) - static_cast<long long>(edit.span.end - edit.span.begin);
    };
    // Where each earlier edit's new text sits in `between`.
    std::vector<std::pair<std::size_t, std::size_t>> placed;
    long long growth = 0;  // how much longer `between` is than the original, up to here
    for (const Edit& edit : earlier) {
        const auto begin = static_cast<std::size_t>(edit.span.begin + growth);
        placed.emplace_back(begin, begin + edit.text.size());
        growth += growth_of(edit);
    }
    std::vector<Edit> composed;
    growth = 0;
    for (std::size_t i = 0, j = 0; i < earlier.size() || j < later.size();) {
        // One group: the edits whose bytes in `between` overlap or touch, from the first one left.
        const bool earlier_first = j == later.size() || (i < earlier.size() && placed[i].first <= later[j].span.begin);
        const std::size_t begin = earlier_first ? placed[i].first : later[j].span.begin;
        std::size_t end = begin;
        const long long growth_before = growth;
        const std::size_t first_later = j;
        while (true) {
            if (i < earlier.size() && placed[i].first <= end) {
                end = std::max(end, placed[i].second);
                growth += growth_of(earlier[i++]);
            } else if (j < later.size() && later[j].span.begin <= end) {
                end = std::max<std::size_t>(end, later[j++].span.end);
            } else {
                break;
            }
        }
        const std::vector<Edit> own(later.begin() + static_cast<long>(first_later),
                                    later.begin() + static_cast<long>(j));
        // Offsets move from `between` to its bytes [begin, end) (unsigned arithmetic wraps back into range).
        composed.push_back({nullptr,
                            {static_cast<std::uint32_t>(static_cast<long long>(begin) - growth_before),
                             static_cast<std::uint32_t>(static_cast<long long>(end) - growth)},
                            apply_edits(between.substr(begin, end - begin), own, -begin)});
    }
    return composed;
}

std::string unified_diff(const std::string& path, std::string_view before, const std::vector<Edit>& edits,
                         std::size_t shift) {
    if (edits.empty()) return "";
    const std::vector<std::size_t> starts = line_starts(before);
    const std::vector<ChangedLines> changes = changed_lines(before, starts, edits, shift);
    const std::size_t lines = starts.size() - 1;
    std::string out = "--- a/" + path + "\n+++ b/" + path + "\n";
    long delta = 0;  // lines the hunks so far added
    for (std::size_t first = 0; first < changes.size();) {
        // One hunk: the changes that come within twice the context of each other.
        std::size_t last = first + 1;
        while (last < changes.size() && changes[last].begin <= changes[last - 1].end + 2 * kContextLines)
            ++last;
        const std::size_t from = changes[first].begin > kContextLines ? changes[first].begin - kContextLines : 0;
        const std::size_t to = std::min(lines, changes[last - 1].end + kContextLines);
        std::string body;
        long added = 0;
        std::size_t cursor = from;
        for (std::size_t i = first; i < last; ++i) {
            const ChangedLines& change = changes[i];
            add_lines(body, ' ', before.substr(starts[cursor], starts[change.begin] - starts[cursor]));
            const std::string_view old_text =
                before.substr(starts[change.begin], starts[change.end] - starts[change.begin]);
            add_lines(body, '-', old_text);
            add_lines(body, '+', change.text);
            added += static_cast<long>(count_lines(change.text)) - static_cast<long>(count_lines(old_text));
            cursor = change.end;
        }
        add_lines(body, ' ', before.substr(starts[cursor], starts[to] - starts[cursor]));
        const std::size_t old_count = to - from;
        const auto new_count = static_cast<std::size_t>(static_cast<long>(old_count) + added);
        out += "@@ -" + range_text(from + 1, old_count) + " +" +
               range_text(static_cast<std::size_t>(static_cast<long>(from + 1) + delta), new_count) + " @@\n" + body;
        delta += added;
        first = last;
    }
    return out;
}

}  // namespace reclint
