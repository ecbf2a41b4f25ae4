// Reads the job graph of a DAG file (docs/formats.md, "DAG files") into the Dag model.
#pragma once

#include <span>

#include "load/node.hpp"
#include "model/dag.hpp"
#include "schema/schema_validator.hpp"

namespace reclint {

// Tolerant of schema violations: a job without a string name, and a dependency or table that is
// not a string, are left out (the schema rules report them). A job whose `dependencies` is not a
// list of strings, or that has a key `violations` (the document's) say is a misspelled
// `dependencies`, has its dependency list marked unknown.
Dag read_dag_file(const Node& root, std::span<const SchemaViolation> violations = {});

}  // namespace reclint
