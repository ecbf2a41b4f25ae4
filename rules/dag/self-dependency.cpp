// dag/self-dependency: a job depending on itself.
#include "engine/rule.hpp"
#include "text/quoted.hpp"

namespace reclint {
namespace {

class SelfDependency final : public Rule {
  public:
    SelfDependency() : Rule({"dag/self-dependency", Severity::error, "a job depending on itself"}) {}

    void check_file(const InputFile& file, const Repository&, RuleContext& context) const override {
        for (const Dag& dag : file.models.dags) {
            for (const DagDependency& dependency : dag.dependencies) {
                if (dependency.name != dag.jobs[dependency.job].name) continue;
                context.report(file.source, dependency.span,
                               std::string(dag.job_noun()) + " " + quoted(dependency.name) + " depends on itself");
            }
        }
    }
};

}  // namespace
}  // namespace reclint

RECLINT_REGISTER_RULE(dag_self_dependency, reclint::SelfDependency)
