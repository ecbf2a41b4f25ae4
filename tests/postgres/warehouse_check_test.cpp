// `reclint check --warehouse postgres:...` and the config's `warehouse:` against the test server:
// live tables and columns for table/unknown and table/missing-columns, table/empty, identifiers
// that need quoting, and every way the database can refuse (each exit 2, one clear message).
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include <chrono>
#include <fstream>

#include "postgres/test_server.hpp"
#include "test_support.hpp"
#include "warehouse/postgres_session.hpp"

using namespace reclint::testing;

namespace {

// An A/B test starting the day after --today, one variant per source.
std::string experiment_showing(const std::vector<std::string>& sources) {
    std::string text =
        "kind: Experiment\nname: job_feed_graph_v2\nowner: recommendation\ndescription: Graph ranker\n"
        "surface: job_feed\ntype: ab\nstart: 2026-12-02\nend: 2026-12-15\nvariants:\n";
    for (std::size_t i = 0; i < sources.size(); ++i) {
        text += "  - name: v" + std::to_string(i) + "\n" + (i == 0 ? "    control: true\n" : "") + "    weight: " +
                (i == 0 ? std::to_string(100 - 100 / sources.size() * (sources.size() - 1))
                        : std::to_string(100 / sources.size())) +
                "\n    source: '" + sources[i] + "'\n";
    }
    return text;
}

RunResult check_against(const ScratchFolder& folder, const std::string& conninfo,
                        const std::vector<std::string>& more = {}) {
    std::vector<std::string> arguments{
        "check", "--color", "never", "--today", "2026-12-01", "--warehouse", "postgres:" + conninfo};
    arguments.insert(arguments.end(), more.begin(), more.end());
    return run_reclint_in(folder.path(), arguments);
}

}  // namespace

TEST_CASE("postgres: live tables and columns feed table/unknown, table/missing-columns and table/empty", "[postgres]") {
    RECLINT_REQUIRE_POSTGRES(server);
    const ScratchFolder folder;
    folder.write(".reclint.yaml", "source_columns: [user_id, item_id, score]\n");
    // The catalog file says graph_v2 has rows and lists a table the database does not have: the
    // database wins for both, and its tables are the ones suggested.
    folder.write("catalog.yaml",
                 "kind: Catalog\ntables:\n  - name: recsys.job_feed_recents\n  - name: recsys.job_feed_graph_v2\n"
                 "    rows: 10\n");
    folder.write("experiments/e.yaml", experiment_showing({"recsys.job_feed_baseline", "recsys.job_feed_graph_v2",
                                                           "recsys.job_feed_recent", "recsys.job_feed_recents"}));
    const RunResult result = check_against(folder, server.conninfo("reclint_reader"), {"--select", "table/*"});
    const std::string db = "PostgreSQL (host=" + server.socket_dir + " port=5432 dbname=reclint user=reclint_reader)";
    CHECK(result.err.empty());
    CHECK(result.out ==
          "experiments/e.yaml:16:13: error: source \"recsys.job_feed_graph_v2\" of variant \"v1\" has no rows in " +
              db +
              "; experiment \"job_feed_graph_v2\" needs it: it starts on 2026-12-02 and the arm would show nothing "
              "[table/empty]\n"
              " 16 |     source: 'recsys.job_feed_graph_v2'\n"
              "    |             ^^^^^^^^^^^^^^^^^^^^^^^^^^\n"
              "experiments/e.yaml:19:13: error: source \"recsys.job_feed_recent\" has no column \"score\" in " +
              db +
              ", which the experiment service reads (\"source_columns\") [table/missing-columns]\n"
              " 19 |     source: 'recsys.job_feed_recent'\n"
              "    |             ^^^^^^^^^^^^^^^^^^^^^^^^\n"
              "experiments/e.yaml:22:13: error: table \"recsys.job_feed_recents\" is not in " +
              db +
              " and no job writes it, did you mean \"recsys.job_feed_recent\"? [table/unknown]\n"
              " 22 |     source: 'recsys.job_feed_recents'\n"
              "    |             ^^^^^^^^^^^^^^^^^^^^^^^^^\n"
              "checked 2 files: 3 errors, 0 warnings\n");
    CHECK(result.exit_code == 1);
}

TEST_CASE("postgres: the config's warehouse.conninfo_env names the variable holding the connection string",
          "[postgres]") {
    RECLINT_REQUIRE_POSTGRES(server);
    const ScratchFolder folder;
    folder.write(".reclint.yaml", "warehouse: {conninfo_env: RECLINT_WAREHOUSE}\n");
    folder.write("experiments/e.yaml", experiment_showing({"recsys.job_feed_baseline", "recsys.job_feed_graph_v2"}));
    const std::vector<std::string> arguments{"check", "--today", "2026-12-01", "--color", "never"};
    const RunResult result =
        run_reclint_in(folder.path(), arguments, {{"RECLINT_WAREHOUSE", server.conninfo("reclint_reader")}});
    CHECK(result.exit_code == 1);
    CHECK(result.out.find("has no rows in PostgreSQL (host=" + server.socket_dir) != std::string::npos);
    const RunResult unset = run_reclint_in(folder.path(), arguments);
    CHECK(unset.exit_code == 2);
    CHECK(unset.out.empty());  // nothing was checked: no report
    CHECK(unset.err ==
          "reclint: error: the config's warehouse.conninfo_env names \"RECLINT_WAREHOUSE\", which is "
          "not set: set it to the warehouse's connection string\n");
    folder.write(".reclint.yaml", "warehouse: {conninfo: \"host=db password=x\"}\nreadiness_days: -1\n");
    const RunResult bad = run_reclint_in(folder.path(), arguments);
    CHECK(bad.exit_code == 2);
    CHECK(bad.out.find("unknown key \"conninfo\"") != std::string::npos);
    CHECK(bad.out.find("readiness_days") != std::string::npos);
}

TEST_CASE("postgres: names with a quote, a semicolon, a space, mixed case and a dot are quoted, never spliced",
          "[postgres]") {
    RECLINT_REQUIRE_POSTGRES(server);
    const ScratchFolder folder;
    folder.write("experiments/e.yaml", experiment_showing({"Odd.quo\"te", "Odd.semi;colon", "Odd.with space",
                                                           "Odd.MixedCase", "Odd.dot.ted", "Odd.it''s"}));
    const RunResult result = check_against(folder, server.conninfo("reclint_reader"), {"--select", "table/*"});
    CHECK(result.err.empty());
    CHECK(result.exit_code == 1);
    // Empty: semi;colon, MixedCase and it's; the others hold rows.
    std::vector<std::string> reported;
    for (std::size_t at = result.out.find("error: source \""); at != std::string::npos;
         at = result.out.find("error: source \"", at + 1)) {
        const std::size_t begin = at + 15;
        reported.push_back(result.out.substr(begin, result.out.find("\" of variant", begin) - begin));
    }
    CHECK(reported == std::vector<std::string>{"Odd.semi;colon", "Odd.MixedCase", "Odd.it's"});
    CHECK(result.out.find("checked 1 file: 3 errors, 0 warnings\n") != std::string::npos);
    // Case matters, as in the database: "Odd.mixedcase" is another table.
    folder.write("experiments/e.yaml", experiment_showing({"Odd.mixedcase", "Odd.dot.ted"}));
    const RunResult lower = check_against(folder, server.conninfo("reclint_reader"), {"--select", "table/*"});
    CHECK(lower.out.find("table \"Odd.mixedcase\" is not in PostgreSQL") != std::string::npos);
}

namespace {

// The statements the role "reclint_counted" ran, from the server's log (the role logs them all).
std::size_t logged_statements(const TestServer& server) {
    std::ifstream log(server.socket_dir + "/server.log");
    std::size_t count = 0;
    for (std::string line; std::getline(log, line);) {
        count +=
            line.find("LOG:  statement: ") != std::string::npos || line.find("LOG:  execute ") != std::string::npos;
    }
    return count;
}

}  // namespace

TEST_CASE("postgres: a live check asks one query per kind of question, not one per table", "[postgres]") {
    RECLINT_REQUIRE_POSTGRES(server);
    const ScratchFolder folder;
    const auto statements_for = [&](const std::vector<std::string>& sources) {
        folder.write("experiments/e.yaml", experiment_showing(sources));
        const std::size_t before = logged_statements(server);
        const RunResult result = check_against(folder, server.conninfo("reclint_counted"), {"--select", "table/*"});
        CHECK(result.err.empty());
        return logged_statements(server) - before;
    };
    const std::size_t two = statements_for({"recsys.job_feed_baseline", "recsys.job_feed_graph_v2"});
    const std::size_t six = statements_for({"recsys.job_feed_baseline", "recsys.job_feed_graph_v2",
                                            "recsys.job_feed_recent", "Odd.MixedCase", "Odd.dot.ted", "Odd.it''s"});
    CHECK(two > 0);
    CHECK(six == two);
}

TEST_CASE("postgres: a table without SELECT privilege is unreadable, not empty", "[postgres]") {
    RECLINT_REQUIRE_POSTGRES(server);
    const ScratchFolder folder;
    folder.write("experiments/e.yaml", experiment_showing({"recsys.job_feed_baseline", "recsys.restricted"}));
    const RunResult result = check_against(folder, server.conninfo("reclint_reader"), {"--select", "table/*"});
    CHECK(result.exit_code == 2);
    CHECK(result.err ==
          "reclint: error: table \"recsys.restricted\" is unreadable on PostgreSQL (host=" + server.socket_dir +
              " port=5432 dbname=reclint user=reclint_reader): no SELECT privilege, so whether it "
              "holds rows is unknown\n");
    CHECK(result.out == "checked 1 file: no problems found, but a table could not be read\n");
}

TEST_CASE("postgres: a wrong password is exit 2 and printed nowhere", "[postgres]") {
    RECLINT_REQUIRE_POSTGRES(server);
    const ScratchFolder folder;
    folder.write("experiments/e.yaml", experiment_showing({"recsys.job_feed_baseline", "recsys.job_feed_popular"}));
    const std::string expected = "reclint: error: cannot connect to PostgreSQL (host=" + server.socket_dir +
                                 " port=5432 dbname=reclint user=reclint_password): password authentication failed "
                                 "for user \"reclint_password\"\n";
    const RunResult in_conninfo =
        check_against(folder, server.conninfo("reclint_password") + " password=Wrong-Secret-9");
    CHECK(in_conninfo.exit_code == 2);
    CHECK(in_conninfo.err == expected);
    const RunResult uri =
        check_against(folder, "postgresql://reclint_password:Wrong-Secret-9@/reclint?host=" + server.socket_dir);
    CHECK(uri.err == expected);
    // From the environment, as libpq reads it, with the real binary.
    const RunResult from_environment =
        run_bash_in(folder.path(),
                    shell_quote(RECLINT_BINARY) + " check --today 2026-12-01 --warehouse " +
                        shell_quote("postgres:" + server.conninfo("reclint_password")) + "\n",
                    {{"PGPASSWORD", "Wrong-Secret-9"}});
    CHECK(from_environment.exit_code == 2);
    CHECK(from_environment.err == expected);
    const RunResult right = run_bash_in(folder.path(),
                                        shell_quote(RECLINT_BINARY) + " check --today 2026-12-01 --warehouse " +
                                            shell_quote("postgres:" + server.conninfo("reclint_password")) + "\n",
                                        {{"PGPASSWORD", "hunter2-Secret"}});
    CHECK(right.exit_code == 0);
    CHECK(right.out.find("hunter2") == std::string::npos);
}

TEST_CASE("postgres: an unreachable server is exit 2 within the connect timeout", "[postgres]") {
    RECLINT_REQUIRE_POSTGRES(server);
    (void)server;  // the test's own socket plays the server
    const ScratchFolder folder;
    folder.write("experiments/e.yaml", experiment_showing({"recsys.job_feed_baseline", "recsys.job_feed_popular"}));
    const RunResult refused = check_against(folder, "host=" + folder.path().string() + " dbname=x user=y");
    CHECK(refused.exit_code == 2);
    CHECK(refused.out.empty());  // nothing was checked: no report
    CHECK(refused.err.rfind("reclint: error: cannot connect to PostgreSQL (host=" + folder.path().string() +
                                " port=5432 dbname=x user=y): ",
                            0) == 0);
    // A socket that accepts connections and never answers: only the timeout ends the wait.
    const std::string socket_path = (folder.path() / ".s.PGSQL.5432").string();
    const int listener = ::socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    REQUIRE(socket_path.size() < sizeof(address.sun_path));
    socket_path.copy(address.sun_path, socket_path.size());
    REQUIRE(::bind(listener, reinterpret_cast<const sockaddr*>(&address), sizeof(address)) == 0);
    REQUIRE(::listen(listener, 8) == 0);
    const auto started = std::chrono::steady_clock::now();
    const RunResult silent = check_against(folder, "host=" + folder.path().string() + " dbname=x connect_timeout=2");
    const auto elapsed = std::chrono::steady_clock::now() - started;
    ::close(listener);
    CHECK(silent.exit_code == 2);
    CHECK(silent.err.find("timeout expired") != std::string::npos);
    CHECK(elapsed < std::chrono::seconds(6));
}

TEST_CASE("postgres: a statement that runs long is cancelled by statement_timeout, exit 2", "[postgres]") {
    RECLINT_REQUIRE_POSTGRES(server);
    const ScratchFolder folder;
    folder.write("experiments/e.yaml", experiment_showing({"recsys.job_feed_baseline", "slow.sleepy"}));
    const auto started = std::chrono::steady_clock::now();
    const RunResult result =
        check_against(folder, server.conninfo("reclint_reader") + " options='-c statement_timeout=300'");
    CHECK(std::chrono::steady_clock::now() - started < std::chrono::seconds(10));
    CHECK(result.exit_code == 2);
    CHECK(result.err == "reclint: error: a query ran longer than the statement_timeout of 300ms on PostgreSQL (host=" +
                            server.socket_dir + " port=5432 dbname=reclint user=reclint_reader) and was cancelled\n");
}

TEST_CASE("postgres: reclint's session is read-only: a write inside it fails", "[postgres]") {
    RECLINT_REQUIRE_POSTGRES(server);
    std::string error;
    // The superuser could write anywhere: only the read-only transaction stops it.
    for (const char* write :
         {"CREATE TABLE recsys.written (x int)", "INSERT INTO recsys.job_feed_graph_v2 VALUES (1, 1, 1)",
          "DROP TABLE recsys.job_feed_popular", "UPDATE recsys.job_feed_popular SET score = 0"}) {
        error.clear();
        const auto session = reclint::PostgresSession::open(server.conninfo(), error);
        REQUIRE(session);
        CHECK(error.empty());
        CHECK_FALSE(session->query(write, {}, error));
        INFO(error);
        CHECK(error.find("in a read-only transaction") != std::string::npos);
    }
    // A connection string cannot turn it off either.
    const auto asked =
        reclint::PostgresSession::open(server.conninfo() + " options='-c default_transaction_read_only=off'", error);
    REQUIRE(asked);
    CHECK_FALSE(asked->query("CREATE TABLE recsys.written (x int)", {}, error));
    CHECK(asked->quote_identifier("quo\"te; DROP") == "\"quo\"\"te; DROP\"");
}
