// naming/dag: a DAG file's name not matching the configured pattern.
#include "engine/rule.hpp"
#include "naming_pattern.hpp"

namespace reclint {
namespace {

class DagName final : public Rule {
  public:
    DagName()
        : Rule({"naming/dag", Severity::warning, "a name not matching the configured pattern"}) {}

    void check_file(const InputFile& file, const Repository& repository,
                    RuleContext& context) const override {
        const NamingPattern& pattern = repository.config().naming.dag;
        for (const Dag& dag : file.models.dags) {
            // Argo names follow Argo's own rules (argo/name).
            if (dag.origin != DagOrigin::dag_file || dag.name.empty() || pattern.matches(dag.name))
                continue;
            context.report(file.source, dag.name_span,
                           naming_mismatch("dag name", dag.name, pattern, "naming.dag"));
        }
    }
};

}  // namespace
}  // namespace reclint

RECLINT_REGISTER_RULE(naming_dag, reclint::DagName)
