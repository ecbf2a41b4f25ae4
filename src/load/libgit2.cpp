#include "load/libgit2.hpp"

#include "load/shared_library.hpp"

// RECLINT_LINKS_LIBGIT2 is set on this file alone, in a static build (CMakeLists.txt).
#ifndef RECLINT_LINKS_LIBGIT2
#define RECLINT_LINKS_LIBGIT2 0
#endif

namespace reclint {

namespace {

struct LoadedLibgit2 {
#if RECLINT_LINKS_LIBGIT2
    LoadedLibgit2() {
#define RECLINT_LIBGIT2_LINKED(member, name) functions.member = &::name;
        RECLINT_LIBGIT2_FUNCTIONS(RECLINT_LIBGIT2_LINKED)
#undef RECLINT_LIBGIT2_LINKED
        functions.libgit2_init();
    }
    std::string error;
#else
    LoadedLibgit2() {
#define RECLINT_LIBGIT2_LOAD(member, name) functions.member = library.function<decltype(::name)>(#name);
        RECLINT_LIBGIT2_FUNCTIONS(RECLINT_LIBGIT2_LOAD)
#undef RECLINT_LIBGIT2_LOAD
        error = library.error();
        if (error.empty()) functions.libgit2_init();
    }
    SharedLibrary library{"libgit2.so." LIBGIT2_SOVERSION};
    std::string error;
#endif
    Libgit2 functions;
};

}  // namespace

const Libgit2* libgit2(std::string& error) {
    static const LoadedLibgit2 loaded;  // thread-safe, and only on the first call
    if (!loaded.error.empty()) {
        error = "libgit2 is needed to read git objects (Debian: apt-get install libgit2-" LIBGIT2_SOVERSION "): " +
                loaded.error;
        return nullptr;
    }
    return &loaded.functions;
}

}  // namespace reclint
