// dag/unknown-dependency: a dependency naming no job in the same DAG, with did-you-mean.
#include "engine/fixes.hpp"
#include "engine/rule.hpp"
#include "text/quoted.hpp"

namespace reclint {
namespace {

std::vector<std::string_view> job_names(const Dag& dag) {
    std::vector<std::string_view> names;
    for (std::uint32_t i = 0; i < dag.jobs.size(); ++i) {
        if (dag.is_first(i)) names.push_back(dag.jobs[i].name);
    }
    return names;
}

class UnknownDependency final : public Rule {
  public:
    UnknownDependency()
        : Rule({.id = "dag/unknown-dependency",
                .default_severity = Severity::error,
                .summary = "a dependency naming no job in the same DAG",
                .fixable = true}) {}

    void check_file(const InputFile& file, const Repository&, RuleContext& context) const override {
        for (const Dag& dag : file.models.dags)
            check_dag(dag, file.source, context);
    }

  private:
    static void check_dag(const Dag& dag, const SourceFile& source, RuleContext& context) {
        std::vector<std::string_view> names;
        for (const DagDependency& dependency : dag.dependencies) {
            if (dependency.resolved()) continue;
            if (names.empty()) names = job_names(dag);
            report_misspelling(context, source, dependency.span,
                               "dependency on unknown " + std::string(dag.job_noun()) + " " + quoted(dependency.name),
                               dependency.name, names);
        }
    }
};

}  // namespace
}  // namespace reclint

RECLINT_REGISTER_RULE(dag_unknown_dependency, reclint::UnknownDependency)
