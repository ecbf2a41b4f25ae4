// naming/job: a DAG file's job name not matching the configured pattern.
#include "engine/rule.hpp"
#include "naming_pattern.hpp"

namespace reclint {
namespace {

class JobName final : public Rule {
  public:
    JobName()
        : Rule({"naming/job", Severity::warning, "a name not matching the configured pattern"}) {}

    void check_file(const InputFile& file, const Repository& repository,
                    RuleContext& context) const override {
        const NamingPattern& pattern = repository.config().naming.job;
        for (const Dag& dag : file.models.dags) {
            // Argo names follow Argo's own rules (argo/name).
            if (dag.origin != DagOrigin::dag_file) continue;
            for (std::uint32_t i = 0; i < dag.jobs.size(); ++i) {
                // A later duplicate is dag/duplicate-job's to report.
                const DagJob& job = dag.jobs[i];
                if (!dag.is_first(i) || pattern.matches(job.name)) continue;
                context.report(file.source, job.name_span,
                               naming_mismatch("job name", job.name, pattern, "naming.job"));
            }
        }
    }
};

}  // namespace
}  // namespace reclint

RECLINT_REGISTER_RULE(naming_job, reclint::JobName)
