// argo/task-reference: `{{tasks.X...}}` in a DAG task where X is not one of the task's ancestors
// (its dependencies, directly or through others), so X may not have run yet; or X is no task. The
// same for `{{steps.X...}}` in a step, where X must be a step of an earlier step group.
#include <unordered_map>

#include "argo/argo_rules.hpp"
#include "model/argo_variables.hpp"
#include "model/dependency_graph.hpp"
#include "text/did_you_mean.hpp"

namespace reclint {
namespace {

// How far the search for an ancestor goes from one task: linear time even on a huge DAG, where a
// reference to a distant ancestor may go unchecked but is never reported falsely.
constexpr std::size_t kEdgesPerTask = 4096;

using TaskReference = TemplateReference;

// The `{{tasks.X...}}` in a task, but `{{tasks.name}}` (the task's own name).
std::vector<TaskReference> references_in(const Node& task, const SourceFile& source) {
    std::vector<TaskReference> found = references_under(task, source, "tasks.");
    std::erase_if(found, [](const TaskReference& reference) { return reference.name == "name"; });
    return found;
}

// Breadth-first over dependencies from one task. The scratch arrays are stamped with the number
// of the search, so nothing is cleared between tasks.
class AncestorSearch {
  public:
    explicit AncestorSearch(const DependencyGraph& graph)
        : graph_(graph), reached_(graph.job_count(), 0), wanted_(graph.job_count(), 0) {}

    // Marks the ancestors of `job` until every job of `wanted` is reached or the budget is spent;
    // false when the budget ran out first.
    bool run(std::uint32_t job, const std::vector<std::uint32_t>& wanted) {
        ++stamp_;
        std::size_t missing = 0;
        for (const std::uint32_t target : wanted) {
            missing += wanted_[target] != stamp_ ? 1 : 0;
            wanted_[target] = stamp_;
        }
        queue_.assign(1, job);
        std::size_t budget = kEdgesPerTask;
        for (std::size_t head = 0; head < queue_.size() && missing > 0; ++head) {
            for (const std::uint32_t edge : graph_.dependencies_of(queue_[head])) {
                if (budget-- == 0) return false;
                const std::uint32_t target = graph_.target(edge);
                if (reached_[target] == stamp_) continue;
                reached_[target] = stamp_;
                if (wanted_[target] == stamp_) --missing;
                queue_.push_back(target);
            }
        }
        return true;
    }
    // Whether the last run reached `job`.
    bool reached(std::uint32_t job) const { return reached_[job] == stamp_; }

  private:
    const DependencyGraph& graph_;
    std::vector<std::uint32_t> reached_, wanted_;
    std::vector<std::uint32_t> queue_;
    std::uint32_t stamp_ = 0;
};

class TaskReferenceRule final : public Rule {
  public:
    TaskReferenceRule()
        : Rule({"argo/task-reference", Severity::error,
                "{{tasks.X...}} or {{steps.X...}} where X does not run before the task or step"}) {}

    void check_file(const InputFile& file, const Repository&, RuleContext& context) const override {
        for (const ArgoManifest& manifest : file.models.argo_manifests) {
            for (const ArgoTemplate& tmpl : manifest.templates) {
                if (tmpl.dag != kNoIndex) check(tmpl, file.models.dags[tmpl.dag], file.source, context);
                if (!tmpl.steps.empty()) check_steps(tmpl, file.source, context);
            }
        }
    }

  private:
    // A step runs after every step of the groups before its own, and in parallel with its group.
    static void check_steps(const ArgoTemplate& tmpl, const SourceFile& source, RuleContext& context) {
        std::unordered_map<std::string_view, const ArgoTask*> step_of;
        std::vector<std::string_view> names;
        for (const ArgoTask& step : tmpl.steps) {
            if (step.name && step_of.emplace(step.name->text, &step).second) names.push_back(step.name->text);
        }
        for (const ArgoTask& step : tmpl.steps) {
            if (!step.name) continue;
            std::vector<TemplateReference> references = references_under(*step.node, source, "steps.");
            for (const TemplateReference& reference : references) {
                const auto found = step_of.find(reference.name);
                const std::string name = quoted(reference.name);
                if (reference.name == "name") continue;
                if (found == step_of.end()) {
                    context.report(source, reference.span,
                                   with_suggestion("reference to unknown step " + name, reference.name, names,
                                                   context.edit_budget()));
                } else if (found->second == &step) {
                    if (!reference.in_hooks) {
                        context.report(source, reference.span,
                                       "step " + name + " refers to itself: its outputs exist only once it has run");
                    }
                } else if (found->second->group >= step.group) {
                    const char* when = found->second->group == step.group ? "in the same step group, in parallel"
                                                                          : "in a later step group";
                    std::string message = "step " + quoted(step.name->text) + " uses " + name;
                    message.append(", which runs ").append(when).append(", so ").append(name);
                    message += " may not have run yet: move it to an earlier group";
                    context.report(source, reference.span, message)
                        .note(source, found->second->name->span, name + " is defined here");
                }
            }
        }
    }

    static void check(const ArgoTemplate& tmpl, const Dag& dag, const SourceFile& source, RuleContext& context) {
        std::unordered_map<std::string_view, std::uint32_t> job_of;
        std::vector<std::string_view> names;
        for (std::uint32_t i = 0; i < dag.jobs.size(); ++i) {
            if (!dag.is_first(i)) continue;
            job_of.emplace(dag.jobs[i].name, i);
            names.push_back(dag.jobs[i].name);
        }
        const DependencyGraph graph(dag);
        AncestorSearch search(graph);
        for (const ArgoTask& task : tmpl.tasks) {
            if (task.job == kNoIndex) continue;
            const std::uint32_t job = dag.jobs[task.job].first;
            const std::vector<TaskReference> references = references_in(*task.node, source);
            std::vector<std::uint32_t> wanted;
            for (const TaskReference& reference : references) {
                const auto found = job_of.find(reference.name);
                if (found != job_of.end() && found->second != job) wanted.push_back(found->second);
            }
            const bool complete = wanted.empty() || search.run(job, wanted);
            for (const TaskReference& reference : references) {
                const auto found = job_of.find(reference.name);
                const std::string name = quoted(reference.name);
                if (found == job_of.end()) {
                    context.report(source, reference.span,
                                   with_suggestion("reference to unknown task " + name, reference.name, names,
                                                   context.edit_budget()));
                } else if (found->second == job && !reference.in_hooks) {
                    context.report(source, reference.span,
                                   "task " + name + " refers to itself: its outputs exist only once it has run");
                } else if (found->second != job && complete && !search.reached(found->second)) {
                    std::string message = "task " + quoted(task.name->text) + " uses " + name;
                    message.append(" but does not depend on it, so ").append(name);
                    message += " may not have run yet: add it to the task's dependencies";
                    context.report(source, reference.span, message)
                        .note(source, dag.jobs[found->second].name_span, name + " is defined here");
                }
            }
        }
    }
};

}  // namespace
}  // namespace reclint

RECLINT_REGISTER_RULE(argo_task_reference, reclint::TaskReferenceRule)
