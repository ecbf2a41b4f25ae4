// Finds Argo's `{{prefix.X...}}` variables (`{{tasks.X.outputs...}}`, `{{steps.X...}}`,
// `{{inputs.parameters.X}}`) in the strings of a task, a step or a template, with X's span.
#pragma once

#include <string_view>
#include <vector>

#include "load/node.hpp"
#include "load/source_file.hpp"

namespace reclint {

struct TemplateReference {
    std::string_view name;  // X
    Span span;              // of X, inside its string
    bool in_hooks;          // a task's hooks may refer to the task itself
};

// Every `{{prefix X` in the scalar, spaces after `{{` allowed, in one pass over its text. An
// expression (`{{= ...}}`) counts only when it is nothing but such a variable
// (`{{= inputs.parameters.x }}`); X is then read up to a "-", which an expression takes for a minus.
void scan_references(const Node& scalar, const SourceFile& source, std::string_view prefix, bool in_hooks,
                     std::vector<TemplateReference>& found);

// The references in every string under `root` but inside `inline:` (a template of its own), in
// document order, without recursion.
std::vector<TemplateReference> references_under(const Node& root, const SourceFile& source, std::string_view prefix);

}  // namespace reclint
