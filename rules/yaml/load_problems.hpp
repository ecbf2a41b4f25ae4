// Shared by the yaml/* rules: report the loader's problems of one kind.
#pragma once

#include "engine/rule.hpp"

namespace reclint {

inline void report_load_problems(const InputFile& file, LoadProblem::Kind kind, RuleContext& context) {
    for (const LoadProblem& problem : file.yaml.problems) {
        if (problem.kind != kind) continue;
        auto diagnostic = context.report(file.source, problem.span, problem.message);
        if (problem.note_span) diagnostic.note(file.source, *problem.note_span, problem.note);
    }
}

}  // namespace reclint
