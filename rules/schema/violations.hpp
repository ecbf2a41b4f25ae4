// Shared by the schema/* rules: report the schema violations of one kind in every document.
#pragma once

#include "engine/fixes.hpp"
#include "engine/rule.hpp"

namespace reclint {

inline void report_schema_violations(const InputFile& file, SchemaViolation::Kind kind, RuleContext& context) {
    for (const Document& document : file.documents) {
        for (const SchemaViolation& violation : document.schema_violations) {
            if (violation.kind != kind) continue;
            if (violation.left_out > 0) {
                context.count_left_out(file.source, violation.span, violation.left_out);
            } else {
                DiagnosticBuilder reported = context.report(file.source, violation.span, violation.message);
                if (violation.replacement.empty()) continue;
                std::string_view key(file.source.text().data() + violation.span.begin,
                                     violation.span.end - violation.span.begin);
                if (key.size() >= 2 && (key.front() == '"' || key.front() == '\'') && key.back() == key.front())
                    key = key.substr(1, key.size() - 2);  // rename_edit keeps the quotes
                if (auto edit = rename_edit(file.source, violation.span, key, violation.replacement))
                    reported.fix(std::move(*edit));
            }
        }
    }
}

}  // namespace reclint
