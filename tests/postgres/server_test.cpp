// The test suite's own PostgreSQL server is up, seeded, and reached through its socket only.
#include <catch2/catch.hpp>

#include "postgres/test_server.hpp"

using namespace reclint::testing;

TEST_CASE("the test server runs in a temporary folder and holds the seeded warehouse", "[postgres]") {
    RECLINT_REQUIRE_POSTGRES(server);
    CHECK(server.socket_dir.rfind("/tmp/reclint-pg.", 0) == 0);
    const std::unique_ptr<PGconn, decltype(&PQfinish)> connection(PQconnectdb(server.conninfo().c_str()), &PQfinish);
    REQUIRE(PQstatus(connection.get()) == CONNECTION_OK);
    const std::unique_ptr<PGresult, decltype(&PQclear)> result(
        PQexec(connection.get(), "SELECT count(*), current_setting('listen_addresses') FROM recsys.job_feed_baseline"),
        &PQclear);
    REQUIRE(PQresultStatus(result.get()) == PGRES_TUPLES_OK);
    CHECK(std::string(PQgetvalue(result.get(), 0, 0)) == "2");
    CHECK(std::string(PQgetvalue(result.get(), 0, 1)).empty());  // no TCP socket
}
