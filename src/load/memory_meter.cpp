#include "load/memory_meter.hpp"

#include <malloc.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <new>

namespace reclint {

namespace {

struct ThreadMeter {
    bool active = false;
    std::int64_t in_use = 0;  // signed: memory allocated before the meter started may be freed
};

thread_local ThreadMeter t_meter;

void* allocate(std::size_t size) noexcept {
    void* memory = std::malloc(size == 0 ? 1 : size);
    if (memory != nullptr && t_meter.active) {
        t_meter.in_use += static_cast<std::int64_t>(::malloc_usable_size(memory));
    }
    return memory;
}

void release(void* memory) noexcept {
    if (memory == nullptr) return;
    if (t_meter.active) t_meter.in_use -= static_cast<std::int64_t>(::malloc_usable_size(memory));
    std::free(memory);
}

void* allocate_or_throw(std::size_t size) {
    void* memory = allocate(size);
    if (memory == nullptr) throw std::bad_alloc();
    return memory;
}

void* allocate_aligned(std::size_t size, std::align_val_t alignment) noexcept {
    const auto align = std::max(static_cast<std::size_t>(alignment), sizeof(void*));
    void* memory = std::aligned_alloc(align, (std::max<std::size_t>(size, 1) + align - 1) / align * align);
    if (memory != nullptr && t_meter.active) {
        t_meter.in_use += static_cast<std::int64_t>(::malloc_usable_size(memory));
    }
    return memory;
}

void* allocate_aligned_or_throw(std::size_t size, std::align_val_t alignment) {
    void* memory = allocate_aligned(size, alignment);
    if (memory == nullptr) throw std::bad_alloc();
    return memory;
}

}  // namespace

MemoryMeter::MemoryMeter() {
    t_meter = {true, 0};
}

MemoryMeter::~MemoryMeter() {
    t_meter = {};
}

std::size_t MemoryMeter::in_use() const {
    return t_meter.in_use > 0 ? static_cast<std::size_t>(t_meter.in_use) : 0;
}

}  // namespace reclint

// The replaceable global allocation functions: every C++ allocation in the program, yaml-cpp's
// and std::pmr's included, goes through these.
void* operator new(std::size_t size) {
    return reclint::allocate_or_throw(size);
}
void* operator new[](std::size_t size) {
    return reclint::allocate_or_throw(size);
}
void* operator new(std::size_t size, const std::nothrow_t&) noexcept {
    return reclint::allocate(size);
}
void* operator new[](std::size_t size, const std::nothrow_t&) noexcept {
    return reclint::allocate(size);
}
void operator delete(void* memory) noexcept {
    reclint::release(memory);
}
void operator delete[](void* memory) noexcept {
    reclint::release(memory);
}
void operator delete(void* memory, std::size_t) noexcept {
    reclint::release(memory);
}
void operator delete[](void* memory, std::size_t) noexcept {
    reclint::release(memory);
}
void operator delete(void* memory, const std::nothrow_t&) noexcept {
    reclint::release(memory);
}
void operator delete[](void* memory, const std::nothrow_t&) noexcept {
    reclint::release(memory);
}

void* operator new(std::size_t size, std::align_val_t alignment) {
    return reclint::allocate_aligned_or_throw(size, alignment);
}
void* operator new[](std::size_t size, std::align_val_t alignment) {
    return reclint::allocate_aligned_or_throw(size, alignment);
}
void* operator new(std::size_t size, std::align_val_t alignment, const std::nothrow_t&) noexcept {
    return reclint::allocate_aligned(size, alignment);
}
void* operator new[](std::size_t size, std::align_val_t alignment, const std::nothrow_t&) noexcept {
    return reclint::allocate_aligned(size, alignment);
}
void operator delete(void* memory, std::align_val_t) noexcept {
    reclint::release(memory);
}
void operator delete[](void* memory, std::align_val_t) noexcept {
    reclint::release(memory);
}
void operator delete(void* memory, std::size_t, std::align_val_t) noexcept {
    reclint::release(memory);
}
void operator delete[](void* memory, std::size_t, std::align_val_t) noexcept {
    reclint::release(memory);
}
void operator delete(void* memory, std::align_val_t, const std::nothrow_t&) noexcept {
    reclint::release(memory);
}
void operator delete[](void* memory, std::align_val_t, const std::nothrow_t&) noexcept {
    reclint::release(memory);
}
