// Shared by the table/* rules (and experiment/fallback): how messages name the jobs that write
// a table.
#pragma once

#include <string>
#include <vector>

#include "experiment/repository_experiments.hpp"

namespace reclint {

// `job "train" of DAG "job-feed-daily"`, or `job "train"` when the DAG has no name.
inline std::string writer_label(const TableWrite& write) {
    const std::string job = "job " + quoted(write.dag->jobs[write.entry->job].name);
    return write.dag->name.empty() ? job : job + " of DAG " + quoted(write.dag->name);
}

}  // namespace reclint
