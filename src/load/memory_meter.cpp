#include "load/memory_meter.hpp"

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

// Every block starts with a header holding its size and where the block from malloc begins: the
// meter needs the size when the block is freed, and only glibc (malloc_usable_size) and Apple
// (malloc_size) can tell it, so the meter keeps it itself and runs wherever C++ does.
struct alignas(__STDCPP_DEFAULT_NEW_ALIGNMENT__) Header {
    std::size_t size;
    std::size_t offset;  // from the start of the block malloc returned to the memory handed out
};

void* hand_out(void* block, std::size_t offset, std::size_t size) noexcept {
    if (block == nullptr) return nullptr;
    auto* memory = static_cast<unsigned char*>(block) + offset;
    *(reinterpret_cast<Header*>(memory) - 1) = {size, offset};
    if (t_meter.active) t_meter.in_use += static_cast<std::int64_t>(size);
    return memory;
}

void* allocate(std::size_t size) noexcept {
    if (size > SIZE_MAX - sizeof(Header)) return nullptr;
    return hand_out(std::malloc(sizeof(Header) + size), sizeof(Header), size);
}

void release(void* memory) noexcept {
    if (memory == nullptr) return;
    const Header header = *(static_cast<Header*>(memory) - 1);
    if (t_meter.active) t_meter.in_use -= static_cast<std::int64_t>(header.size);
    std::free(static_cast<unsigned char*>(memory) - header.offset);
}

void* allocate_or_throw(std::size_t size) {
    void* memory = allocate(size);
    if (memory == nullptr) throw std::bad_alloc();
    return memory;
}

// The header takes a whole alignment unit in front of the memory, so the memory stays aligned.
void* allocate_aligned(std::size_t size, std::align_val_t alignment) noexcept {
    const auto align = std::max(static_cast<std::size_t>(alignment), sizeof(Header));
    if (size > SIZE_MAX - 2 * align) return nullptr;
    const std::size_t total = (align + size + align - 1) / align * align;
    return hand_out(std::aligned_alloc(align, total), align, size);
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
