#include "postgres/test_server.hpp"

#include <unistd.h>

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "test_support.hpp"

namespace reclint::testing {

namespace fs = std::filesystem;

namespace {

bool under_ci() {
    const char* ci = std::getenv("CI");
    return ci != nullptr && std::string(ci) == "true";
}

// Run without ctest's fixture (the program started by hand), the tests start a server of their
// own for this process and stop it when the process ends.
class OwnServer {
  public:
    OwnServer() : state_(fs::temp_directory_path() / ("reclint-pg-state-" + std::to_string(::getpid()))) {
        std::cerr << "no server of the ctest fixture: starting one for this run\n";
        started_ = std::system(command("start").c_str()) == 0;
    }
    ~OwnServer() {
        if (started_) std::system(command("stop").c_str());
    }
    OwnServer(const OwnServer&) = delete;
    OwnServer& operator=(const OwnServer&) = delete;
    const fs::path& state() const { return state_; }

  private:
    std::string command(const std::string& action) const {
        return "bash " + shell_quote(RECLINT_POSTGRES_SCRIPT) + " " + action + " " + shell_quote(state_.string()) +
               " >&2";
    }
    fs::path state_;
    bool started_ = false;
};

fs::path state_file() {
    if (fs::exists(RECLINT_POSTGRES_STATE)) return RECLINT_POSTGRES_STATE;
    static const OwnServer own;
    return own.state();
}

std::string first_line(const fs::path& path) {
    std::ifstream in(path);
    std::string line;
    std::getline(in, line);
    return line;
}

}  // namespace

std::string TestServer::conninfo(const std::string& user, const std::string& dbname) const {
    return "host=" + socket_dir + " user=" + user + " dbname=" + dbname;
}

std::optional<TestServer> test_server() {
    const fs::path state = state_file();
    const std::string line = fs::exists(state) ? first_line(state) : "unavailable: the server did not start";
    if (line.rfind("unavailable:", 0) != 0 && fs::is_directory(line)) return TestServer{line};
    if (under_ci()) FAIL("no PostgreSQL server for the tests (CI=true): " << line);
    std::cout << "postgres-unavailable: skipped, " << line << '\n';
    return std::nullopt;
}

void execute_sql(const TestServer& server, const std::string& sql, const std::string& dbname) {
    const std::unique_ptr<PGconn, decltype(&PQfinish)> connection(
        PQconnectdb(server.conninfo("postgres", dbname).c_str()), &PQfinish);
    REQUIRE(PQstatus(connection.get()) == CONNECTION_OK);
    const std::unique_ptr<PGresult, decltype(&PQclear)> result(PQexec(connection.get(), sql.c_str()), &PQclear);
    const ExecStatusType status = PQresultStatus(result.get());
    INFO(PQerrorMessage(connection.get()));
    REQUIRE((status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK));
}

ScratchDatabase::ScratchDatabase(const TestServer& server, const std::string& name)
    : server_(server), name_(name + "_" + std::to_string(::getpid())) {
    execute_sql(server_, "DROP DATABASE IF EXISTS " + name_, "postgres");
    execute_sql(server_, "CREATE DATABASE " + name_, "postgres");
}

ScratchDatabase::~ScratchDatabase() {
    PGconn* connection = PQconnectdb(server_.conninfo("postgres", "postgres").c_str());
    PQclear(PQexec(connection, ("DROP DATABASE IF EXISTS " + name_ + " WITH (FORCE)").c_str()));
    PQfinish(connection);
}

}  // namespace reclint::testing
