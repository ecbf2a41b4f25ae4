// argo/task-reference: `{{tasks.X...}}` in a DAG task where X is not one of the task's ancestors
// (its dependencies, directly or through others), so X may not have run yet; or X is no task.
#include <unordered_map>

#include "argo/argo_rules.hpp"
#include "model/dependency_graph.hpp"
#include "text/did_you_mean.hpp"

namespace reclint {
namespace {

// How far the search for an ancestor goes from one task: linear time even on a huge DAG, where a
// reference to a distant ancestor may go unchecked but is never reported falsely.
constexpr std::size_t kEdgesPerTask = 4096;

struct TaskReference {
    std::string_view task;
    Span span;
    bool in_hooks;  // a task's hooks may refer to the task itself
};

bool is_name_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

// Every `{{tasks.X.` or `{{tasks.X}}` in the scalar (not `{{= ...}}` expressions, nor
// `{{tasks.name}}`, the task's own name).
void scan(const Node& scalar, const SourceFile& source, bool in_hooks, std::vector<TaskReference>& found) {
    const std::string_view text = scalar.value();
    constexpr std::string_view kPrefix = "tasks.";
    for (std::size_t at = text.find("{{"); at != std::string_view::npos; at = text.find("{{", at)) {
        at += 2;
        while (at < text.size() && text[at] == ' ')
            ++at;
        if (!text.substr(at).starts_with(kPrefix)) continue;
        const std::size_t start = at + kPrefix.size();
        std::size_t end = start;
        while (end < text.size() && is_name_char(text[end]))
            ++end;
        const std::string_view task = text.substr(start, end - start);
        at = end;
        if (task.empty() || task == "name") continue;
        found.push_back({task, value_subspan(scalar, source, start, task.size()), in_hooks});
    }
}

// The references anywhere in a task, but inside `inline:` (a template of its own).
std::vector<TaskReference> references_in(const Node& task, const SourceFile& source) {
    std::vector<TaskReference> found;
    std::vector<std::pair<const Node*, bool>> pending{{&task, false}};
    while (!pending.empty()) {
        const auto [node, in_hooks] = pending.back();
        pending.pop_back();
        if (node->is_string()) {
            scan(*node, source, in_hooks, found);
        } else if (node->is_sequence()) {
            for (auto it = node->items().rbegin(); it != node->items().rend(); ++it)
                pending.emplace_back(*it, in_hooks);
        } else if (node->is_mapping()) {
            for (auto it = node->entries().rbegin(); it != node->entries().rend(); ++it) {
                const std::string_view key = it->key->value();
                if (key != "inline") pending.emplace_back(it->value, in_hooks || key == "hooks");
            }
        }
    }
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
        : Rule({"argo/task-reference", Severity::error, "{{tasks.X...}} where X is not an ancestor of the task"}) {}

    void check_file(const InputFile& file, const Repository&, RuleContext& context) const override {
        for (const ArgoManifest& manifest : file.models.argo_manifests) {
            for (const ArgoTemplate& tmpl : manifest.templates) {
                if (tmpl.dag != kNoIndex) check(tmpl, file.models.dags[tmpl.dag], file.source, context);
            }
        }
    }

  private:
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
                const auto found = job_of.find(reference.task);
                if (found != job_of.end() && found->second != job) wanted.push_back(found->second);
            }
            const bool complete = wanted.empty() || search.run(job, wanted);
            for (const TaskReference& reference : references) {
                const auto found = job_of.find(reference.task);
                const std::string name = quoted(reference.task);
                if (found == job_of.end()) {
                    context.report(source, reference.span,
                                   with_suggestion("reference to unknown task " + name, reference.task, names));
                } else if (found->second == job && !reference.in_hooks) {
                    context.report(source, reference.span,
                                   "task " + name + " refers to itself: its outputs exist only once it has run");
                } else if (found->second != job && complete && !search.reached(found->second)) {
                    context
                        .report(source, reference.span,
                                "task " + quoted(task.name->text) + " uses " + name + " but does not depend on it, " +
                                    "so " + name + " may not have run yet: add it to the task's dependencies")
                        .note(source, dag.jobs[found->second].name_span, name + " is defined here");
                }
            }
        }
    }
};

}  // namespace
}  // namespace reclint

RECLINT_REGISTER_RULE(argo_task_reference, reclint::TaskReferenceRule)
