// Where a diagnostic sits in its file's node tree, e.g. `jobs[train].dependencies[1]`: a name for
// the place that does not change when lines are inserted above it (SARIF fingerprints use it).
#pragma once

#include <span>
#include <string>
#include <vector>

#include "engine/diagnostic.hpp"
#include "load/yaml_loader.hpp"
#include "model/repository.hpp"

namespace reclint {

// The path of the deepest node whose span contains `span`: mapping keys as `.key` (or `["key"]`
// when the key is not a plain word), sequence items as `[name]` when the item is a mapping with a
// `name:` string, else `[index]`. A file of several documents starts each path with
// `documents[label]`, the label being the document's `metadata.name` (with its `kind`), its `name`,
// or its index. Empty when the span lies outside every document.
std::string logical_path(std::span<const YamlDocument> documents, Span span);

// Sets `logical_path` on each diagnostic that points into one of `files`.
void add_logical_paths(std::vector<Diagnostic>& diagnostics, std::span<const InputFile* const> files);

}  // namespace reclint
