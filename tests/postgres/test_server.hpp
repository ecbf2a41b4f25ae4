// The PostgreSQL server of the tests (tests/postgres/server.sh): where it listens, how to connect
// to it, and how a test that needs it is skipped (outside CI) or failed (under CI=true) without one.
#pragma once

#include <libpq-fe.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace reclint::testing {

struct TestServer {
    std::string socket_dir;
    // A conninfo for `user` on database `dbname` (default: the seeded database "reclint").
    std::string conninfo(const std::string& user = "postgres", const std::string& dbname = "reclint") const;
};

// The running server, or nullopt after printing why there is none ("postgres-unavailable", which
// ctest reports as a skip). Under CI=true a missing server fails the test instead.
std::optional<TestServer> test_server();

// Runs SQL as the superuser; fails the test when it fails.
void execute_sql(const TestServer& server, const std::string& sql, const std::string& dbname = "reclint");

// A database of its own for a test that writes, dropped when the object goes away.
class ScratchDatabase {
  public:
    ScratchDatabase(const TestServer& server, const std::string& name);
    ~ScratchDatabase();
    ScratchDatabase(const ScratchDatabase&) = delete;
    ScratchDatabase& operator=(const ScratchDatabase&) = delete;
    const std::string& name() const { return name_; }

  private:
    TestServer server_;
    std::string name_;
};

}  // namespace reclint::testing

// Starts a test case that needs the server: `server` is then a TestServer (a name it declares,
// which cannot be put in parentheses).
// NOLINTBEGIN(bugprone-macro-parentheses)
#define RECLINT_REQUIRE_POSTGRES(server)                                                                    \
    const std::optional<::reclint::testing::TestServer> server##_found = ::reclint::testing::test_server(); \
    if (!server##_found) return;                                                                            \
    const ::reclint::testing::TestServer& server = *server##_found
// NOLINTEND(bugprone-macro-parentheses)
