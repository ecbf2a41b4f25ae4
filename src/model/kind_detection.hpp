// Decides what a document is from its content (docs/formats.md, rule 2).
#pragma once

#include <string_view>

#include "load/node.hpp"
#include "vocabulary/document_kind.hpp"

namespace reclint {

// Argo when `apiVersion` starts with "argoproj.io/" and `kind` is Workflow, WorkflowTemplate,
// ClusterWorkflowTemplate or CronWorkflow (or missing, or a near miss); ours when `kind` is
// Experiment, Holdout or Catalog (or a near miss such as "Experimnt", so that the typo is
// reported instead of the file being skipped); a DAG file when `jobs` is a sequence; else none.
DocumentKind detect_kind(const Node& root);

// The kind of a document in a file that the config's `kinds:` forces to `forced`. An Argo file
// holds other documents too: those of other kinds (a ConfigMap) stay unchecked.
DocumentKind apply_forced_kind(const Node& root, DocumentKind forced);

// Whether unparsable text looks like one of ours, so that its syntax error is worth reporting
// even when the file was only found by walking a folder.
bool text_looks_like_ours(std::string_view text);
// Whether unparsable text looks like a DAG file: top-level `name:` and `jobs:` keys.
bool text_looks_like_dag_file(std::string_view text);

}  // namespace reclint
