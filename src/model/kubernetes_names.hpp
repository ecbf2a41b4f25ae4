// The naming rules of Argo and Kubernetes, as Argo's validator and the API server apply them.
// Each function returns why a name is invalid ("must ...", "is ... long"), or nullopt.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "model/argo_manifest.hpp"

namespace reclint {

// Template, step and task names: letters, digits and "-", starting with a letter or digit; at
// most 128 characters.
std::optional<std::string> field_name_problem(std::string_view name);

// Parameter and artifact names: letters, digits, "-" and "_".
std::optional<std::string> parameter_name_problem(std::string_view name);

// The name with each `{{...}}` replaced by "x": what Argo checks where it validates a name after
// substituting parameters (steps, tasks, outputs, arguments of a call), as its isValidStepName does.
std::string with_placeholders_filled(std::string_view name);

// metadata.name: a DNS-1123 subdomain of at most 63 characters (52 for a CronWorkflow, whose
// workflows are named after it plus "-" and a 10-digit timestamp).
std::optional<std::string> object_name_problem(std::string_view name, ArgoKind kind);

// metadata.generateName: a prefix that, with the characters Kubernetes appends, makes a valid
// name (a trailing "-" is fine; the prefix is cut to fit the length).
std::optional<std::string> generate_name_problem(std::string_view prefix);

}  // namespace reclint
