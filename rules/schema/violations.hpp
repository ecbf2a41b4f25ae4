// Shared by the schema/* rules: report the schema violations of one kind in every document.
#pragma once

#include "engine/rule.hpp"

namespace reclint {

inline void report_schema_violations(const InputFile& file, SchemaViolation::Kind kind, RuleContext& context) {
    for (const Document& document : file.documents) {
        for (const SchemaViolation& violation : document.schema_violations) {
            if (violation.kind != kind) continue;
            if (violation.left_out > 0) {
                context.count_left_out(file.source, violation.span, violation.left_out);
            } else {
                context.report(file.source, violation.span, violation.message);
            }
        }
    }
}

}  // namespace reclint
