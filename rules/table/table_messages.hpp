// Shared by the table/* rules (and experiment/fallback): how messages name tables and the jobs
// that write them.
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

// `"a"`, `"a" and "b"`, `"a", "b" and "c"`.
inline std::string quoted_list(const std::vector<std::string_view>& names) {
    std::string text;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0) text += i + 1 == names.size() ? " and " : ", ";
        text += quoted(names[i]);
    }
    return text;
}

}  // namespace reclint
