// Libraries opened at run time: what a missing library or function says, and the tables of libpq
// and libgit2.
#include <catch2/catch.hpp>

#include "load/libgit2.hpp"
#include "load/shared_library.hpp"
#include "warehouse/libpq.hpp"

using namespace reclint;

TEST_CASE("a library that is not installed is an error that names it") {
    SharedLibrary library("libreclint-not-installed.so.1");
    CHECK_FALSE(library.loaded());
    CHECK(library.function<int(const char*)>("puts") == nullptr);
    CHECK(library.error().starts_with("cannot load libreclint-not-installed.so.1: "));
}

TEST_CASE("a function the library lacks is an error that names it, and the others are found") {
    SharedLibrary library("libc.so.6");
    REQUIRE(library.loaded());
    CHECK(library.function<int(const char*)>("puts") != nullptr);
    CHECK(library.error().empty());
    CHECK(library.function<int(const char*)>("reclint_no_such_function") == nullptr);
    CHECK(library.error() == "the library has no function reclint_no_such_function");
}

TEST_CASE("libpq is loaded with every function reclint calls") {
    std::string error;
    const Libpq* pq = libpq(error);
    REQUIRE(pq != nullptr);
    CHECK(error.empty());
#define RECLINT_LIBPQ_FOUND(member, name) CHECK(pq->member != nullptr);
    RECLINT_LIBPQ_FUNCTIONS(RECLINT_LIBPQ_FOUND)
#undef RECLINT_LIBPQ_FOUND
    CHECK(libpq(error) == pq);  // loaded once
}

TEST_CASE("libgit2 is loaded with every function reclint calls") {
    std::string error;
    const Libgit2* git = libgit2(error);
    REQUIRE(git != nullptr);
    CHECK(error.empty());
#define RECLINT_LIBGIT2_FOUND(member, name) CHECK(git->member != nullptr);
    RECLINT_LIBGIT2_FUNCTIONS(RECLINT_LIBGIT2_FOUND)
#undef RECLINT_LIBGIT2_FOUND
    CHECK(libgit2(error) == git);  // loaded once
}
