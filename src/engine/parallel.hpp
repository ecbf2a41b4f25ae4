// Runs independent tasks on a fixed number of threads; results stay in task order.
#pragma once

#include <cstddef>
#include <functional>

namespace reclint {

// Calls task(i) for every i in [0, count) on up to `threads` threads (0: one per core). The first
// exception a task throws is rethrown here after every thread has stopped.
void parallel_for(std::size_t count, unsigned threads, const std::function<void(std::size_t)>& task);

unsigned default_thread_count();

}  // namespace reclint
