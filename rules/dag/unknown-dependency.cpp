// dag/unknown-dependency: a dependency naming no job in the same DAG, with did-you-mean.
#include "engine/rule.hpp"
#include "text/did_you_mean.hpp"
#include "text/quoted.hpp"

namespace reclint {
namespace {

// Suggestions compare the name with every job name; past this many comparisons per DAG the rest
// of the unknown names are reported without one, so a huge DAG full of typos stays linear.
constexpr std::size_t kComparisonBudget = 500'000;

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
        std::size_t comparisons = 0;
        for (const DagDependency& dependency : dag.dependencies) {
            if (dependency.resolved()) continue;
            if (names.empty()) names = job_names(dag);
            std::string message =
                "dependency on unknown " + std::string(dag.job_noun()) + " " + quoted(dependency.name);
            comparisons += names.size();
            if (comparisons <= kComparisonBudget) message = with_suggestion(std::move(message), dependency.name, names);
            context.report(source, dependency.span, std::move(message));
        }
    }
};

}  // namespace
}  // namespace reclint

RECLINT_REGISTER_RULE(dag_unknown_dependency, reclint::UnknownDependency)
