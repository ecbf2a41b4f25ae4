// argo/drift: a manifest annotated `reclint/source: <DAG file>` whose entrypoint DAG template no
// longer has exactly the DAG file's jobs and dependencies: one diagnostic per missing or extra
// task, and per missing or extra dependency between tasks that both sides have; and a
// CronWorkflow whose schedule is not the DAG file's.
#include <algorithm>
#include <unordered_map>

#include "argo/argo_rules.hpp"
#include "model/argo_source.hpp"
#include "model/cron_schedule.hpp"
#include "model/dag_comparison.hpp"
#include "text/ascii_case.hpp"
#include "text/did_you_mean.hpp"

namespace reclint {
namespace {

using JobIndex = std::unordered_map<std::string_view, std::uint32_t>;

JobIndex first_jobs(const Dag& dag) {
    JobIndex jobs;
    for (std::uint32_t i = 0; i < dag.jobs.size(); ++i)
        jobs.try_emplace(dag.jobs[i].name, i);
    return jobs;
}

// The next field of a schedule, consumed from `text`; empty at the end.
std::string_view next_field(std::string_view& text) {
    text.remove_prefix(std::min(text.find_first_not_of(" \t"), text.size()));
    const std::string_view field = text.substr(0, std::min(text.find_first_of(" \t"), text.size()));
    text.remove_prefix(field.size());
    return field;
}

// Two schedules written alike: the same fields, spacing and letter case aside (names are not
// case-sensitive).
bool same_schedule(std::string_view a, std::string_view b) {
    for (;;) {
        const std::string_view x = next_field(a), y = next_field(b);
        if (!std::equal(x.begin(), x.end(), y.begin(), y.end(), equal_ignoring_case)) return false;
        if (x.empty()) return true;
    }
}

bool well_formed(const Node& schedule) {
    return check_cron_schedule(schedule.value()).empty();
}

class Drift final : public Rule {
  public:
    Drift() : Rule({"argo/drift", Severity::error, "an annotated manifest that no longer matches its DAG file"}) {}

    void check_file(const InputFile& file, const Repository& repository, RuleContext& context) const override {
        for (const ArgoManifest& manifest : file.models.argo_manifests) {
            const DriftResolution resolution = resolve_drift(manifest, file.models, repository);
            if (resolution.problem) context.report(file.source, resolution.problem->span, resolution.problem->message);
            if (!resolution.subject) continue;
            // With `--base`, a change to the DAG file alone is reported there, where the diff is.
            const InputFile& dag_file = *resolution.subject->source_file;
            const bool on_dag_file = dag_file.changed && dag_file.named && !file.changed;
            Comparer(file.source, manifest, *resolution.subject, on_dag_file, context).run();
        }
    }

  private:
    class Comparer {
      public:
        Comparer(const SourceFile& source, const ArgoManifest& manifest, const DriftSubject& subject, bool on_dag_file,
                 RuleContext& context)
            : source_(source),
              manifest_(manifest),
              on_dag_file_(on_dag_file),
              path_(quoted(manifest.source->text)),
              dag_file_(subject.source_file->source),
              expected_(*subject.expected),
              actual_(*subject.actual),
              expected_jobs_(first_jobs(expected_)),
              actual_jobs_(first_jobs(actual_)),
              context_(context) {}

        void run() {
            const DagComparison comparison = compare_dags(expected_, actual_);
            std::vector<std::string_view> missing_names;
            for (const std::uint32_t job : comparison.missing_jobs) {
                missing_names.push_back(expected_.jobs[job].name);
                missing_task(expected_.jobs[job]);
            }
            for (const std::uint32_t job : comparison.extra_jobs)
                extra_task(actual_.jobs[job], missing_names);
            for (const std::uint32_t dependency : comparison.missing_dependencies)
                missing_dependency(expected_.dependencies[dependency]);
            for (const std::uint32_t dependency : comparison.extra_dependencies)
                extra_dependency(actual_.dependencies[dependency]);
            if (manifest_.kind == ArgoKind::cron_workflow) compare_schedules();
        }

      private:
        // On the manifest with a note at the DAG file, or the other way round (`on_dag_file_`).
        // Every finding is about the manifest's DAG and the DAG file's: the job summary draws both.
        void report(Span manifest_span, std::string message, Span dag_span, std::string note) {
            const DiagnosticSubject subject{.dag = &actual_, .expected = &expected_, .expected_file = &dag_file_};
            if (on_dag_file_) {
                context_.report(dag_file_, dag_span, std::move(message))
                    .note(source_, manifest_span, "the manifest's side is here")
                    .about(subject);
            } else {
                auto diagnostic = context_.report(source_, manifest_span, std::move(message));
                diagnostic.about(subject);
                if (!note.empty()) diagnostic.note(dag_file_, dag_span, std::move(note));
            }
        }

        void missing_task(const DagJob& job) {
            report(actual_.name_span,
                   "task " + quoted(job.name) + " is missing: the DAG file " + path_ + " has a job " +
                       quoted(job.name) + " (regenerate the manifest)",
                   job.name_span, "job " + quoted(job.name) + " is defined here");
        }

        void extra_task(const DagJob& task, const std::vector<std::string_view>& missing_names) {
            const std::string message = "task " + quoted(task.name) + " is not a job of the DAG file " + path_;
            report(task.name_span, with_suggestion(message, task.name, missing_names, context_.edit_budget()),
                   expected_.name_span, "");
        }

        // Both jobs exist in the manifest, but not the dependency between them.
        void missing_dependency(const DagDependency& dependency) {
            const std::string_view job = expected_.jobs[expected_.source(dependency)].name;
            const auto task = actual_jobs_.find(job);
            if (task == actual_jobs_.end() || !actual_jobs_.contains(dependency.name)) return;
            report(actual_.jobs[task->second].name_span,
                   "task " + quoted(job) + " does not depend on " + quoted(dependency.name) + ", but job " +
                       quoted(job) + " of " + path_ + " does",
                   dependency.span, quoted(job) + " depends on " + quoted(dependency.name) + " here");
        }

        void extra_dependency(const DagDependency& dependency) {
            const std::string_view task = actual_.jobs[actual_.source(dependency)].name;
            const auto job = expected_jobs_.find(task);
            if (job == expected_jobs_.end() || !expected_jobs_.contains(dependency.name)) return;
            report(dependency.span,
                   "task " + quoted(task) + " depends on " + quoted(dependency.name) + ", but job " + quoted(task) +
                       " of " + path_ + " does not",
                   expected_.jobs[job->second].name_span, "job " + quoted(task) + " is defined here");
        }

        // The CronWorkflow runs when the DAG file says. A malformed schedule on either side is
        // argo/cron's finding, not drift.
        void compare_schedules() {
            const Node* expected = expected_.schedule;
            if (!expected || !well_formed(*expected)) return;
            std::vector<const Node*> schedules = manifest_.schedules;
            if (manifest_.schedule) schedules.insert(schedules.begin(), manifest_.schedule);
            for (const Node* schedule : schedules) {
                if (!well_formed(*schedule) || same_schedule(schedule->value(), expected->value())) continue;
                report(schedule->span,
                       "the CronWorkflow runs on schedule " + quoted(schedule->value()) + ", but the DAG file " +
                           path_ + " has " + quoted(expected->value()) + " (regenerate the manifest)",
                       expected->span, "the DAG file's schedule is here");
            }
        }

        const SourceFile& source_;
        const ArgoManifest& manifest_;
        bool on_dag_file_;
        std::string path_;
        const SourceFile& dag_file_;
        const Dag& expected_;
        const Dag& actual_;
        JobIndex expected_jobs_, actual_jobs_;
        RuleContext& context_;
    };
};

}  // namespace
}  // namespace reclint

RECLINT_REGISTER_RULE(argo_drift, reclint::Drift)
