// Reads the job graph of a DAG file (docs/formats.md, "DAG files") into the Dag model.
#pragma once

#include "load/node.hpp"
#include "model/dag.hpp"

namespace reclint {

// Tolerant of schema violations: a job without a string name, and a dependency or table that is
// not a string, are left out (the schema rules report them).
Dag read_dag_file(const Node& root);

}  // namespace reclint
