// dag/duplicate-dependency: the same dependency listed twice by one job.
#include <unordered_map>

#include "engine/fixes.hpp"
#include "engine/rule.hpp"
#include "text/quoted.hpp"

namespace reclint {
namespace {

class DuplicateDependency final : public Rule {
  public:
    DuplicateDependency()
        : Rule({.id = "dag/duplicate-dependency",
                .default_severity = Severity::warning,
                .summary = "the same dependency listed twice",
                .fixable = true}) {}

    void check_file(const InputFile& file, const Repository&, RuleContext& context) const override {
        std::unordered_map<std::string_view, Span> listed;  // by the current job
        for (const Dag& dag : file.models.dags) {
            for (std::size_t i = 0; i < dag.dependencies.size(); ++i) {
                const DagDependency& dependency = dag.dependencies[i];
                if (i > 0 && dag.dependencies[i - 1].job != dependency.job) listed.clear();
                const auto [first, added] = listed.try_emplace(dependency.name, dependency.span);
                if (added) continue;
                DiagnosticBuilder reported =
                    context.report(file.source, dependency.span, "duplicate dependency " + quoted(dependency.name))
                        .note(file.source, first->second, "first listed here");
                if (auto removal = remove_entry_edit(file.source, dependency.span)) reported.fix(std::move(*removal));
            }
            listed.clear();
        }
    }
};

}  // namespace
}  // namespace reclint

RECLINT_REGISTER_RULE(dag_duplicate_dependency, reclint::DuplicateDependency)
