// Measures the heap memory one thread holds while it loads a file. yaml-cpp buffers every token
// of a flow collection that could still turn out to be a key, so a hostile file of a few MiB can
// make it allocate gigabytes before it reports a single event; the loader stops it at a budget.
#pragma once

#include <cstddef>

namespace reclint {

// While one exists, counts what the calling thread allocates and frees (with the global
// operator new and delete, which this file's .cpp replaces). One per thread at a time.
class MemoryMeter {
  public:
    MemoryMeter();
    ~MemoryMeter();
    MemoryMeter(const MemoryMeter&) = delete;
    MemoryMeter& operator=(const MemoryMeter&) = delete;

    // Bytes allocated and not yet freed since the meter started (never negative).
    std::size_t in_use() const;
};

}  // namespace reclint
