#include "warehouse/libpq.hpp"

#include "load/shared_library.hpp"

namespace reclint {

namespace {

// libpq's soname has been libpq.so.5 since PostgreSQL 8.0; every later server speaks to it.
constexpr const char* kSoname = "libpq.so.5";

struct LoadedLibpq {
    SharedLibrary library{kSoname};
    Libpq functions;

    LoadedLibpq() {
#define RECLINT_LIBPQ_LOAD(member, name) functions.member = library.function<decltype(::name)>(#name);
        RECLINT_LIBPQ_FUNCTIONS(RECLINT_LIBPQ_LOAD)
#undef RECLINT_LIBPQ_LOAD
    }
};

}  // namespace

const Libpq* libpq(std::string& error) {
    static const LoadedLibpq loaded;  // thread-safe, and only on the first call
    if (!loaded.library.error().empty()) {
        error =
            "the PostgreSQL client library is needed to talk to PostgreSQL (Debian and Ubuntu: apt-get install "
            "libpq5): " +
            loaded.library.error();
        return nullptr;
    }
    return &loaded.functions;
}

}  // namespace reclint
