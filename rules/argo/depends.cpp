// argo/depends: a malformed `depends` expression, an invalid task result in it, or an items result
// (AnySucceeded, AllFailed) of a task that does not run over items.
#include <unordered_map>

#include "argo/argo_rules.hpp"
#include "engine/fixes.hpp"
#include "load/value_spans.hpp"

namespace reclint {
namespace {

class Depends final : public Rule {
  public:
    Depends()
        : Rule({.id = "argo/depends",
                .default_severity = Severity::error,
                .summary = "a malformed depends expression or an invalid task result in it",
                .fixable = true}) {}

    void check_file(const InputFile& file, const Repository&, RuleContext& context) const override {
        for (const ArgoManifest& manifest : file.models.argo_manifests) {
            for (const ArgoTemplate& tmpl : manifest.templates) {
                std::unordered_map<std::string_view, const ArgoTask*> by_name;
                for (const ArgoTask& task : tmpl.tasks) {
                    if (task.name) by_name.try_emplace(task.name->text, &task);
                }
                for (const ArgoTask& task : tmpl.tasks) {
                    if (task.depends && !task.depends->text.empty()) check(task, by_name, file.source, context);
                }
            }
        }
    }

  private:
    static void check(const ArgoTask& task, const std::unordered_map<std::string_view, const ArgoTask*>& by_name,
                      const SourceFile& source, RuleContext& context) {
        const Node& depends = *task.node->find("depends");
        const DependsExpression& expression = task.depends_expression;
        const ValueSpans spans(depends, source);
        for (const DependsProblem& problem : expression.problems) {
            const Span at = spans.at(problem.offset, problem.length);
            DiagnosticBuilder reported = context.report(source, at, problem.message);
            if (problem.replacement.empty()) continue;
            const std::string_view written =
                std::string_view(task.depends->text).substr(problem.offset, problem.length);
            if (auto edit = rename_edit(source, at, written, problem.replacement)) reported.fix(std::move(*edit));
        }
        for (const DependsOperand& operand : expression.operands) {
            if (!is_items_result(operand.result)) continue;
            const auto target = by_name.find(operand.task);
            if (target == by_name.end() || target->second->loops) continue;
            context.report(source, spans.at(operand.result_offset, operand.result.size()),
                           quoted(operand.result) + " needs " + quoted(operand.task) +
                               " to run over items (withItems, withParam or withSequence)");
        }
    }
};

}  // namespace
}  // namespace reclint

RECLINT_REGISTER_RULE(argo_depends, reclint::Depends)
