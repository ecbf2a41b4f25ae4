// naming/dag: a DAG file's name not matching the configured pattern.
#include "naming/pattern_check.hpp"

namespace reclint {
namespace {

class DagName final : public Rule {
  public:
    DagName() : Rule({"naming/dag", Severity::warning, "a name not matching the configured pattern"}) {}

    void check_file(const InputFile& file, const Repository& repository, RuleContext& context) const override {
        for (const Dag& dag : file.models.dags) {
            // Argo names follow Argo's own rules (argo/name).
            if (dag.origin != DagOrigin::dag_file || dag.name.empty()) continue;
            check_name(dag.name, dag.name_span, "dag", repository.config().naming.dag, file.source, context);
        }
    }
};

}  // namespace
}  // namespace reclint

RECLINT_REGISTER_RULE(naming_dag, reclint::DagName)
