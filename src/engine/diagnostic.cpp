#include "engine/diagnostic.hpp"

#include <cstdint>
#include <map>
#include <tuple>

#include "text/plural.hpp"

namespace reclint {

bool diagnostic_order(const Diagnostic& a, const Diagnostic& b) {
    // Within one file, byte offsets order exactly as (line, column) do.
    return std::tie(a.file->path(), a.span.begin, a.rule, a.message, a.span.end) <
           std::tie(b.file->path(), b.span.begin, b.rule, b.message, b.span.end);
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
