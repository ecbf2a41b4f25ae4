// dag/unknown-dependency: a dependency naming no job in the same DAG, with did-you-mean.
#include "engine/rule.hpp"
#include "text/did_you_mean.hpp"
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
        : Rule({"dag/unknown-dependency", Severity::error, "a dependency naming no job in the same DAG"}) {}

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
            std::string message =
                "dependency on unknown " + std::string(dag.job_noun()) + " " + quoted(dependency.name);
            message = with_suggestion(std::move(message), dependency.name, names, context.edit_budget());
            context.report(source, dependency.span, std::move(message));
        }
    }
};

}  // namespace
}  // namespace reclint

RECLINT_REGISTER_RULE(dag_unknown_dependency, reclint::UnknownDependency)
