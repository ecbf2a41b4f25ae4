// argo/cron: a CronWorkflow without a schedule, `schedule` and `schedules` together, a malformed
// schedule (which field, and why, at its position), or a time zone that is not a zone name; and a
// DAG file's malformed `schedule:`, which becomes its CronWorkflow's.
#include "argo/argo_rules.hpp"
#include "engine/fixes.hpp"
#include "model/cron_schedule.hpp"

namespace reclint {
namespace {

class Cron final : public Rule {
  public:
    Cron()
        : Rule({.id = "argo/cron",
                .default_severity = Severity::error,
                .summary = "a CronWorkflow without a schedule, or a malformed schedule in a CronWorkflow or a DAG file "
                           "(say which field and why)",
                .fixable = true}) {}

    void check_file(const InputFile& file, const Repository&, RuleContext& context) const override {
        for (const ArgoManifest& manifest : file.models.argo_manifests) {
            if (manifest.kind == ArgoKind::cron_workflow) check(manifest, file.source, context);
        }
        for (const Dag& dag : file.models.dags) {
            if (dag.schedule) check_schedule(*dag.schedule, file.source, context);
        }
    }

  private:
    static void check(const ArgoManifest& manifest, const SourceFile& source, RuleContext& context) {
        if (!manifest.spec_key) return;  // the schema reports the missing spec
        // A schedule of the wrong type is there all the same: the schema says what is wrong with it.
        if (!manifest.schedule && manifest.schedules.empty() && !manifest.schedule_mistyped) {
            const Span at = manifest.schedules_key ? manifest.schedules_key->span : *manifest.spec_key;
            context.report(source, at,
                           "the CronWorkflow has no schedule: add \"schedules:\" with at least one "
                           "cron expression");
        }
        if (manifest.schedule_key && manifest.schedules_key) {
            const bool schedule_later = manifest.schedule_key->span.begin > manifest.schedules_key->span.begin;
            const TextValue& later = schedule_later ? *manifest.schedule_key : *manifest.schedules_key;
            const TextValue& earlier = schedule_later ? *manifest.schedules_key : *manifest.schedule_key;
            context
                .report(source, later.span,
                        "\"schedule\" and \"schedules\" cannot both be given: move every schedule "
                        "into \"schedules\"")
                .note(source, earlier.span, quoted(earlier.text) + " is given here");
        }
        if (manifest.schedule) check_schedule(*manifest.schedule, source, context);
        for (const Node* schedule : manifest.schedules)
            check_schedule(*schedule, source, context);
        if (manifest.timezone && !is_time_zone_name(manifest.timezone->text)) {
            context.report(source, manifest.timezone->span,
                           quoted(manifest.timezone->text) + " is not a time zone name (e.g. \"Asia/Tokyo\", \"UTC\")");
        }
    }

    static void check_schedule(const Node& schedule, const SourceFile& source, RuleContext& context) {
        for (const CronProblem& problem : check_cron_schedule(schedule.value())) {
            const Span at = value_subspan(schedule, source, problem.offset, problem.length);
            DiagnosticBuilder reported =
                context.report(source, at, "schedule " + quoted(schedule.value()) + ": " + problem.message);
            if (problem.replacement.empty()) continue;
            const std::string_view written = schedule.value().substr(problem.offset, problem.length);
            if (auto edit = rename_edit(source, at, written, problem.replacement)) reported.fix(std::move(*edit));
        }
    }
};

}  // namespace
}  // namespace reclint

RECLINT_REGISTER_RULE(argo_cron, reclint::Cron)
