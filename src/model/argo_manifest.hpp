// The typed view of an Argo Workflows manifest (docs/formats.md): a Workflow, WorkflowTemplate,
// ClusterWorkflowTemplate or CronWorkflow, with the span of everything a rule points at. The
// tasks of each DAG template also go into the shared Dag model, so the dag/* rules check them.
#pragma once

#include <cstdint>
#include <limits>
#include <optional>
#include <string_view>
#include <vector>

#include "load/node.hpp"
#include "model/dag.hpp"
#include "model/depends_expression.hpp"
#include "model/values.hpp"

namespace reclint {

inline constexpr std::uint32_t kNoIndex = std::numeric_limits<std::uint32_t>::max();

enum class ArgoKind : std::uint8_t { workflow, workflow_template, cluster_workflow_template, cron_workflow };

// "Workflow", "WorkflowTemplate", ...: the `kind:` value.
std::string_view argo_kind_name(ArgoKind kind);

// `templateRef:` (a template of a WorkflowTemplate) or `workflowTemplateRef:` (a whole one).
struct ArgoTemplateRef {
    Span span;                               // the mapping
    std::optional<TextValue> name;           // the WorkflowTemplate's metadata.name
    std::optional<TextValue> template_name;  // `template:`, in a templateRef
    bool cluster_scope = false;              // a ClusterWorkflowTemplate
};

// A place that names a template to run.
struct ArgoTemplateCall {
    enum class Site : std::uint8_t { entrypoint, on_exit, hook, task, step };
    Site site = Site::task;
    std::optional<TextValue> template_name;  // in this manifest
    std::optional<ArgoTemplateRef> template_ref;
};

// A DAG task or a step.
struct ArgoTask {
    const Node* node = nullptr;  // its mapping
    std::optional<TextValue> name;
    std::uint32_t job = kNoIndex;               // in the template's Dag (tasks only)
    std::uint32_t group = 0;                    // the index of its step group (steps only)
    std::uint32_t inline_template = kNoIndex;   // in ArgoManifest::templates
    std::optional<TextValue> dependencies_key;  // a non-empty `dependencies:` list (its key)
    std::optional<TextValue> depends;           // `depends:`
    DependsExpression depends_expression;       // parsed when `depends` is not empty
    std::optional<TextValue> continue_on_key;
    bool loops = false;  // has withItems, withParam or withSequence
};

// A key of a template that gives its type (`container:`, `dag:`, ...).
struct ArgoTemplateType {
    TextValue key;
    bool empty = false;  // null: Argo does not count it
};

struct ArgoTemplate {
    const Node* node = nullptr;
    std::optional<TextValue> name;  // none for an inline template
    bool is_inline = false;
    std::vector<ArgoTemplateType> types;  // in document order
    std::uint32_t dag = kNoIndex;         // its tasks in FileModels::dags
    std::vector<ArgoTask> tasks;          // a DAG template's tasks
    std::vector<ArgoTask> steps;          // a steps template's steps, group after group
};

// The names of one list of parameters or artifacts (inputs, outputs or arguments).
struct ArgoNameList {
    std::string_view prefix;   // "input", "output", "argument", "task argument", "step argument"
    std::string_view what;     // "parameter" or "artifact"
    bool substituted = false;  // Argo checks the names after substituting `{{...}}` in them
    std::vector<TextValue> names;
};

struct ArgoManifest {
    Span span;  // the document's mapping
    ArgoKind kind = ArgoKind::workflow;
    TextValue kind_text;
    std::optional<Span> metadata_key;
    const Node* metadata = nullptr;          // when it is a mapping
    std::optional<TextValue> name;           // metadata.name
    std::optional<TextValue> generate_name;  // metadata.generateName
    std::optional<TextValue> source;         // the `reclint/source` annotation
    std::optional<Span> workflow_spec_key;   // `spec`, or a CronWorkflow's `workflowSpec`
    std::optional<TextValue> entrypoint;
    std::optional<ArgoTemplateRef> workflow_template_ref;
    std::vector<ArgoTemplate> templates;  // `templates:` in order, then inline templates
    std::vector<ArgoTemplateCall> calls;  // in document order
    std::vector<ArgoNameList> name_lists;
    // A CronWorkflow's schedules: `schedule:` and the items of `schedules:`.
    std::optional<Span> spec_key;
    std::optional<TextValue> schedule_key;  // `schedule:`, when it holds a string
    const Node* schedule = nullptr;
    std::optional<TextValue> schedules_key;  // `schedules:`, when it holds a sequence
    std::vector<const Node*> schedules;      // its string items
    bool schedule_mistyped = false;          // either holds something else (the schema reports it)
    std::optional<TextValue> timezone;

    // The templates named `name` in `templates:` (inline ones have no name); null when none.
    const ArgoTemplate* find_template(std::string_view name) const;
    // The entrypoint's template, when the entrypoint names one of the manifest's.
    const ArgoTemplate* entrypoint_template() const;
};

// The manifest of one document, its DAG templates' tasks added to `dags`. Tolerant of schema
// violations (values of the wrong type are left out); nullopt when `kind` is none of the four.
std::optional<ArgoManifest> read_argo_manifest(const Node& root, const SourceFile& source, std::vector<Dag>& dags);

}  // namespace reclint
