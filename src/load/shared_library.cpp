#include "load/shared_library.hpp"

#include <dlfcn.h>

namespace reclint {

SharedLibrary::SharedLibrary(const char* soname) {
    // RTLD_LOCAL: its symbols serve only the lookups below, never another library's.
    handle_ = ::dlopen(soname, RTLD_NOW | RTLD_LOCAL);
    if (handle_ == nullptr) {
        const char* reason = ::dlerror();
        error_ = "cannot load " + std::string(soname) + (reason ? std::string(": ") + reason : std::string());
    }
}

void* SharedLibrary::symbol(const char* name) {
    if (handle_ == nullptr) return nullptr;
    void* address = ::dlsym(handle_, name);
    if (address == nullptr && error_.empty()) error_ = "the library has no function " + std::string(name);
    return address;
}

}  // namespace reclint
