// Checks an Argo manifest against Argo Workflows' own JSON Schema (schemas/argo-workflows-*.json,
// trimmed by schemas/trim_argo_schema.py): every key of an object with fixed properties (maps
// such as `labels` stay open), every value's type, with Kubernetes' int-or-string and quantity,
// and the fields a version removed. The schemas are compiled into tables by the build (argo_shapes.hpp).
#pragma once

#include <string_view>
#include <vector>

#include "load/node.hpp"
#include "schema/schema_validator.hpp"

namespace reclint {

// Adds the violations of `root` (a Workflow, WorkflowTemplate, ClusterWorkflowTemplate or
// CronWorkflow; other kinds are left alone) under Argo `version` ("3.7" or "4.1").
void check_argo_schema(const Node& root, std::string_view version, std::vector<SchemaViolation>& violations);

}  // namespace reclint
