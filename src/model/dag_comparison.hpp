// Compares two dependency graphs by job name: which jobs and edges one has and the other lacks.
// An edge is "job depends on job", by name; listing it twice, or through a duplicate job, is one
// edge. The edges of a job whose dependency list is unknown on either side are not compared: a
// difference there only follows from the misspelled list.
#pragma once

#include <cstdint>
#include <vector>

#include "model/dag.hpp"

namespace reclint {

struct DagComparison {
    std::vector<std::uint32_t> missing_jobs;  // first jobs of `expected` with no namesake in `actual`
    std::vector<std::uint32_t> extra_jobs;    // first jobs of `actual` with no namesake in `expected`
    // Dependencies (the first entry of each edge) of `expected` whose edge `actual` lacks, and of
    // `actual` whose edge `expected` lacks; only dependencies on known jobs count.
    std::vector<std::uint32_t> missing_dependencies;
    std::vector<std::uint32_t> extra_dependencies;

    bool same() const {
        return missing_jobs.empty() && extra_jobs.empty() && missing_dependencies.empty() && extra_dependencies.empty();
    }
};

// Linear in the jobs and dependencies of both graphs.
DagComparison compare_dags(const Dag& expected, const Dag& actual);

}  // namespace reclint
