// `reclint catalog import --from postgres:...` against the test server: tables and views with
// their columns, `--schema`, identifiers that need quoting, and a valid, deterministic catalog.
#include <catch2/catch.hpp>

#include "postgres/test_server.hpp"
#include "test_support.hpp"

using namespace reclint::testing;

TEST_CASE("postgres: tables and views of the chosen schemas, sorted, columns in table order", "[postgres]") {
    RECLINT_REQUIRE_POSTGRES(server);
    const ScratchFolder folder;
    const std::vector<std::string> arguments{
        "catalog",  "import", "--from",   "postgres:" + server.conninfo("reclint_reader"),
        "--schema", "recsys", "--schema", "Odd"};
    const RunResult result = run_reclint_in(folder.path(), arguments);
    CHECK(result.err.empty());
    CHECK(result.exit_code == 0);
    CHECK(result.out ==
          "kind: Catalog\n"
          "tables:\n"
          "  - name: Odd.MixedCase\n"
          "    columns: [UserId]\n"
          "  - name: Odd.dot.ted\n"
          "    columns: [user_id]\n"
          "  - name: \"Odd.it's\"\n"
          "    columns: [user_id]\n"
          "  - name: \"Odd.quo\\\"te\"\n"
          "    columns: [user_id, item_id, score]\n"
          "  - name: \"Odd.semi;colon\"\n"
          "    columns: [user_id, item_id, score]\n"
          "  - name: \"Odd.with space\"\n"
          "    columns: [\"user id\", item_id, score]\n"
          "  - name: recsys.job_feed_baseline\n"
          "    columns: [user_id, item_id, score]\n"
          "  - name: recsys.job_feed_graph_v2\n"
          "    columns: [user_id, item_id, score]\n"
          "  - name: recsys.job_feed_popular\n"
          "    columns: [user_id, item_id, score]\n"
          "  - name: recsys.job_feed_recent\n"
          "    columns: [user_id, item_id]\n"
          "  - name: recsys.restricted\n"
          "    columns: [user_id, item_id, score]\n");
    CHECK(run_reclint_in(folder.path(), arguments).out == result.out);
    // A schema name is a value ($1), never SQL: this one matches nothing.
    const RunResult injected = run_reclint_in(
        folder.path(),
        {"catalog", "import", "--from", "postgres:" + server.conninfo(), "--schema", "recsys') OR ('1'='1"});
    CHECK(injected.exit_code == 0);
    CHECK(injected.out == "kind: Catalog\ntables: []\n");
}

TEST_CASE("postgres: the imported catalog passes reclint check", "[postgres]") {
    RECLINT_REQUIRE_POSTGRES(server);
    const ScratchFolder folder;
    const RunResult import = run_reclint_in(
        folder.path(), {"catalog", "import", "--from", "postgres:" + server.conninfo(), "-o", "catalog.yaml"});
    REQUIRE(import.exit_code == 0);
    CHECK(import.err == "reclint: wrote 13 tables to catalog.yaml\n");
    const RunResult check = run_reclint_in(folder.path(), {"check", "--no-config", "catalog.yaml"});
    CHECK(check.out == "checked 1 file: no problems\n");
}
