#include "model/argo_templates.hpp"

#include <algorithm>
#include <array>
#include <unordered_set>

#include "load/value_spans.hpp"
#include "model/value_readers.hpp"

namespace reclint {

namespace {

// The template types Argo counts (validateTemplateType in workflow/validate/validate.go).
constexpr std::array<std::string_view, 10> kTemplateTypes = {"container", "containerSet", "steps", "script", "resource",
                                                             "dag",       "suspend",      "data",  "http",   "plugin"};

class TemplateReader {
  public:
    TemplateReader(const SourceFile& source, ArgoManifest& manifest, std::vector<Dag>& dags)
        : source_(source), manifest_(manifest), dags_(dags) {}

    void read_all(const Node& templates) {
        for (const Node* node : templates.items()) {
            if (node->is_mapping()) manifest_.templates.push_back({node});
        }
        // Inline templates are appended as they are found: a worklist, not recursion.
        for (std::size_t i = 0; i < manifest_.templates.size(); ++i) {
            ArgoTemplate read = read_template(*manifest_.templates[i].node, manifest_.templates[i].is_inline);
            manifest_.templates[i] = std::move(read);
        }
    }

  private:
    ArgoTemplate read_template(const Node& node, bool is_inline) {
        ArgoTemplate tmpl{&node};
        tmpl.is_inline = is_inline;
        if (!is_inline) tmpl.name = read_text(node, "name");
        for (const MapEntry& entry : node.entries()) {
            const std::string_view key = entry.key->value();
            if (std::find(kTemplateTypes.begin(), kTemplateTypes.end(), key) != kTemplateTypes.end())
                tmpl.types.push_back({read_key(entry), entry.value->is_null()});
        }
        read_name_lists(node.find("inputs"), "input", false, manifest_);
        read_name_lists(node.find("outputs"), "output", true, manifest_);
        if (const Node* dag = node.find("dag"); dag && dag->is_mapping()) {
            if (const Node* tasks = dag->find("tasks"); tasks && tasks->is_sequence()) {
                read_tasks(*tasks, tmpl);
            }
        }
        if (const Node* groups = node.find("steps"); groups && groups->is_sequence()) {
            for (std::uint32_t group = 0; group < groups->items().size(); ++group) {
                if (!groups->items()[group]->is_sequence()) continue;
                for (const Node* step : groups->items()[group]->items()) {
                    if (!step->is_mapping()) continue;
                    tmpl.steps.push_back(read_task(*step, ArgoTemplateCall::Site::step));
                    tmpl.steps.back().group = group;
                }
            }
        }
        return tmpl;
    }

    void read_tasks(const Node& tasks, ArgoTemplate& tmpl) {
        Dag dag;
        dag.origin = DagOrigin::argo_template;
        if (tmpl.name) {
            dag.name = tmpl.name->text;
            dag.name_span = tmpl.name->span;
        }
        for (const Node* node : tasks.items()) {
            if (!node->is_mapping()) continue;
            ArgoTask task = read_task(*node, ArgoTemplateCall::Site::task);
            add_to_dag(*node, task, dag);
            tmpl.tasks.push_back(std::move(task));
        }
        dag.link();
        tmpl.dag = static_cast<std::uint32_t>(dags_.size());
        dags_.push_back(std::move(dag));
    }

    // The task's `dependencies` entries, then each task its `depends` names (once per name:
    // `a.Succeeded || a.Failed` is one dependency on "a").
    void add_to_dag(const Node& node, ArgoTask& task, Dag& dag) {
        if (!task.name) return;
        task.job = static_cast<std::uint32_t>(dag.jobs.size());
        dag.jobs.push_back({task.name->text, task.name->span, node.span});
        if (const Node* list = node.find("dependencies"); list && list->is_sequence()) {
            for (const Node* entry : list->items()) {
                if (entry->is_string()) dag.dependencies.push_back({task.job, entry->value(), entry->span});
            }
        }
        const Node* depends = node.find("depends");
        if (!task.depends || !depends) return;
        std::unordered_set<std::string_view> named;
        const ValueSpans spans(*depends, source_);
        for (const DependsOperand& operand : task.depends_expression.operands) {
            if (!named.insert(operand.task).second) continue;
            const Span span = spans.at(operand.task_offset, operand.task.size());
            dag.dependencies.push_back({task.job, operand.task, span});
        }
    }

    ArgoTask read_task(const Node& node, ArgoTemplateCall::Site site) {
        ArgoTask task{&node};
        task.name = read_text(node, "name");
        ArgoTemplateCall call{site, read_text(node, "template"), read_template_ref(node.find("templateRef"))};
        if (call.template_name || call.template_ref) manifest_.calls.push_back(call);
        if (const Node* on_exit = node.find("onExit"); on_exit && on_exit->is_string()) {
            manifest_.calls.push_back({ArgoTemplateCall::Site::on_exit, read_text(node, "onExit"), {}});
        }
        read_hook_calls(node, manifest_);
        if (const Node* body = node.find("inline"); body && body->is_mapping()) {
            task.inline_template = static_cast<std::uint32_t>(manifest_.templates.size());
            manifest_.templates.push_back({body, std::nullopt, true});
        }
        if (const MapEntry* entry = node.find_entry("dependencies");
            entry && entry->value->is_sequence() && !entry->value->items().empty()) {
            task.dependencies_key = read_key(*entry);
        }
        task.depends = read_text(node, "depends");
        if (task.depends && !task.depends->text.empty()) task.depends_expression = parse_depends(task.depends->text);
        if (const MapEntry* entry = node.find_entry("continueOn")) task.continue_on_key = read_key(*entry);
        task.loops = node.find("withItems") || node.find("withParam") || node.find("withSequence");
        const std::string_view prefix = site == ArgoTemplateCall::Site::task ? "task argument" : "step argument";
        read_name_lists(node.find("arguments"), prefix, true, manifest_);
        return task;
    }

    const SourceFile& source_;
    ArgoManifest& manifest_;
    std::vector<Dag>& dags_;
};

}  // namespace

std::optional<ArgoTemplateRef> read_template_ref(const Node* node) {
    if (!node || !node->is_mapping()) return std::nullopt;
    ArgoTemplateRef ref{node->span, read_text(*node, "name"), read_text(*node, "template"), false};
    if (const auto scope = read_flag(*node, "clusterScope")) ref.cluster_scope = scope->value;
    return ref;
}

void read_hook_calls(const Node& holder, ArgoManifest& manifest) {
    const Node* hooks = holder.find("hooks");
    if (!hooks || !hooks->is_mapping()) return;
    for (const MapEntry& hook : hooks->entries()) {
        if (!hook.value->is_mapping()) continue;
        ArgoTemplateCall call{ArgoTemplateCall::Site::hook, read_text(*hook.value, "template"),
                              read_template_ref(hook.value->find("templateRef"))};
        if (call.template_name || call.template_ref) manifest.calls.push_back(call);
    }
}

void read_name_lists(const Node* holder, std::string_view prefix, bool substituted, ArgoManifest& manifest) {
    if (!holder || !holder->is_mapping()) return;
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 2> kLists = {{
        {"parameters", "parameter"},
        {"artifacts", "artifact"},
    }};
    for (const auto& [key, noun] : kLists) {
        const Node* list = holder->find(key);
        if (!list || !list->is_sequence()) continue;
        ArgoNameList names;
        names.what = noun;
        names.prefix = prefix;
        names.substituted = substituted;
        for (const Node* item : list->items()) {
            if (!item->is_mapping()) continue;
            if (auto name = read_text(*item, "name")) names.names.push_back(*name);
        }
        manifest.name_lists.push_back(std::move(names));
    }
}

void read_argo_templates(const Node& templates, const SourceFile& source, ArgoManifest& manifest,
                         std::vector<Dag>& dags) {
    TemplateReader(source, manifest, dags).read_all(templates);
}

}  // namespace reclint
