#include "engine/diagnostic.hpp"

#include <cstdint>
#include <map>
#include <tuple>
#include <unordered_set>

#include "text/plural.hpp"

namespace reclint {

bool diagnostic_order(const Diagnostic& a, const Diagnostic& b) {
    const std::string& a_group = (a.cause ? a.cause : a.file)->path();
    const std::string& b_group = (b.cause ? b.cause : b.file)->path();
    const bool a_follows = a.cause != nullptr;
    const bool b_follows = b.cause != nullptr;
    // Within one file, byte offsets order exactly as (line, column) do.
    return std::tie(a_group, a_follows, a.file->path(), a.span.begin, a.rule, a.message, a.span.end) <
           std::tie(b_group, b_follows, b.file->path(), b.span.begin, b.rule, b.message, b.span.end);
}

void settle_consequences(std::vector<Diagnostic>& diagnostics) {
    std::unordered_set<const SourceFile*> failing;
    for (const Diagnostic& diagnostic : diagnostics) {
        if (diagnostic.severity == Severity::error && !diagnostic.cause) failing.insert(diagnostic.file);
    }
    for (Diagnostic& diagnostic : diagnostics) {
        if (!diagnostic.cause) continue;
        // Without its root cause in the report, the finding is all the user sees: it stays as it is.
        if (failing.contains(diagnostic.cause)) {
            diagnostic.severity = Severity::info;
        } else {
            diagnostic.cause = nullptr;
        }
    }
}

std::string omitted_message(std::size_t omitted) {
    return plural(omitted, "more finding") + " of this rule in this file " + (omitted == 1 ? "is" : "are") +
           " left out (at most " + std::to_string(kMostFindingsPerRuleAndFile) + " are reported per rule and file)";
}

void cap_per_rule_and_file(std::vector<Diagnostic>& diagnostics) {
    struct Group {
        std::size_t kept = 0;
        std::size_t omitted_at = SIZE_MAX;  // index of the diagnostic standing for the rest
    };
    std::map<std::pair<const SourceFile*, std::string_view>, Group> groups;
    std::size_t kept = 0;
    for (std::size_t i = 0; i < diagnostics.size(); ++i) {
        Diagnostic& diagnostic = diagnostics[i];
        Group& group = groups[{diagnostic.file, diagnostic.rule}];
        const bool ordinary = diagnostic.omitted == 0;
        if (ordinary && group.kept < kMostFindingsPerRuleAndFile) {
            ++group.kept;
        } else if (group.omitted_at != SIZE_MAX) {
            diagnostics[group.omitted_at].omitted += ordinary ? 1 : diagnostic.omitted;
            continue;
        } else {
            diagnostic.omitted = ordinary ? 1 : diagnostic.omitted;
            diagnostic.notes.clear();
            group.omitted_at = kept;
        }
        if (kept != i) diagnostics[kept] = std::move(diagnostic);
        ++kept;
    }
    diagnostics.resize(kept, Diagnostic{});
    for (Diagnostic& diagnostic : diagnostics) {
        if (diagnostic.omitted > 0) diagnostic.message = omitted_message(diagnostic.omitted);
    }
}

}  // namespace reclint
