// Reads the parts of an Argo manifest below `spec`: templates (inline ones included), their DAG
// tasks and steps, the places that call templates, and the lists of parameter and artifact names.
#pragma once

#include <vector>

#include "load/node.hpp"
#include "model/argo_manifest.hpp"
#include "model/dag.hpp"

namespace reclint {

// `templateRef:` or `workflowTemplateRef:`; nullopt when the node is not a mapping.
std::optional<ArgoTemplateRef> read_template_ref(const Node* node);

// The calls in a `hooks:` mapping (each hook names a template or a templateRef).
void read_hook_calls(const Node& holder, ArgoManifest& manifest);

// The names of `parameters:` and `artifacts:` under `holder` (inputs, outputs or arguments),
// described as "<prefix> parameter" and "<prefix> artifact". `substituted`: Argo checks these
// names after substituting `{{...}}` (outputs and a call's arguments, not inputs nor spec.arguments).
void read_name_lists(const Node* holder, std::string_view prefix, bool substituted, ArgoManifest& manifest);

// Every template of `templates` (a sequence) and the inline templates inside them, read without
// recursion; each DAG template's tasks are added to `dags`.
void read_argo_templates(const Node& templates, const SourceFile& source, ArgoManifest& manifest,
                         std::vector<Dag>& dags);

}  // namespace reclint
