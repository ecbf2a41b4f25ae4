// naming/job: a DAG file's job name not matching the configured pattern.
#include "naming/pattern_check.hpp"

namespace reclint {
namespace {

class JobName final : public Rule {
  public:
    JobName() : Rule({"naming/job", Severity::warning, "a name not matching the configured pattern"}) {}

    void check_file(const InputFile& file, const Repository& repository, RuleContext& context) const override {
        for (const Dag& dag : file.models.dags) {
            // Argo names follow Argo's own rules (argo/name).
            if (dag.origin != DagOrigin::dag_file) continue;
            for (std::uint32_t i = 0; i < dag.jobs.size(); ++i) {
                // A later duplicate is dag/duplicate-job's to report.
                if (!dag.is_first(i)) continue;
                check_name(dag.jobs[i].name, dag.jobs[i].name_span, "job", repository.config().naming.job, file.source,
                           context);
            }
        }
    }
};

}  // namespace
}  // namespace reclint

RECLINT_REGISTER_RULE(naming_job, reclint::JobName)
