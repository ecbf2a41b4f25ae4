// Which experiments need their tables filled now, and which tables those are: table/empty's
// question, also asked before the rules run, to know which tables' rows to ask the warehouse for.
#pragma once

#include <vector>

#include "model/experiment.hpp"

namespace reclint {

// Whether the experiment is running on `today`, or starts within `days` days after it.
bool needs_data_soon(const Experiment& experiment, const TimeInterval& today, int days);

// A table an arm shows when the test starts: a variant's source, or the last of its fallbacks.
struct ShownTable {
    const Variant* variant;
    const TextValue* table;
    bool fallback;
};

std::vector<ShownTable> first_shown_tables(const Experiment& experiment);

}  // namespace reclint
