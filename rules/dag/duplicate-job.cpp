// dag/duplicate-job: two jobs (or Argo tasks) with one name.
#include "engine/rule.hpp"
#include "text/quoted.hpp"

namespace reclint {
namespace {

class DuplicateJob final : public Rule {
  public:
    DuplicateJob() : Rule({"dag/duplicate-job", Severity::error, "two jobs (or Argo tasks) with one name"}) {}

    void check_file(const InputFile& file, const Repository&, RuleContext& context) const override {
        for (const Dag& dag : file.models.dags) {
            for (std::uint32_t i = 0; i < dag.jobs.size(); ++i) {
                if (dag.is_first(i)) continue;
                const DagJob& job = dag.jobs[i];
                context
                    .report(file.source, job.name_span,
                            "duplicate " + std::string(dag.job_noun()) + " " + quoted(job.name))
                    .note(file.source, dag.jobs[job.first].name_span, "first defined here");
            }
        }
    }
};

}  // namespace
}  // namespace reclint

RECLINT_REGISTER_RULE(dag_duplicate_job, reclint::DuplicateJob)
