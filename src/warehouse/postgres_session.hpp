// A read-only conversation with a PostgreSQL server through libpq: connects with a connect
// timeout, runs every statement in one read-only transaction under a statement timeout, quotes
// identifiers with PQescapeIdentifier, and names the server in messages without its password.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "warehouse/libpq.hpp"

namespace reclint {

// The rows of one query; values are text.
class QueryRows {
  public:
    QueryRows(PGresult* result, const Libpq& pq) : pq_(&pq), result_(result, pq.clear) {}
    int count() const { return pq_->ntuples(result_.get()); }
    std::string_view value(int row, int column) const {
        return {pq_->getvalue(result_.get(), row, column),
                static_cast<std::size_t>(pq_->getlength(result_.get(), row, column))};
    }
    bool is_null(int row, int column) const { return pq_->getisnull(result_.get(), row, column) == 1; }

  private:
    const Libpq* pq_;
    std::unique_ptr<PGresult, decltype(Libpq::clear)> result_;
};

// Used when the connection string and the role set none.
inline constexpr const char* kConnectTimeoutSeconds = "10";
inline constexpr const char* kStatementTimeout = "30s";

class PostgresSession {
  public:
    // Connects and opens the read-only transaction; null, with `error` set, when it cannot (libpq
    // not installed included).
    static std::unique_ptr<PostgresSession> open(const std::string& conninfo, std::string& error);
    ~PostgresSession();
    PostgresSession(const PostgresSession&) = delete;
    PostgresSession& operator=(const PostgresSession&) = delete;

    // Runs one statement with text parameters ($1, $2, ...); nullopt, with `error` set, on failure.
    std::optional<QueryRows> query(const std::string& sql, const std::vector<std::string>& parameters,
                                   std::string& error);
    // `name` as a quoted SQL identifier.
    std::string quote_identifier(std::string_view name) const;
    // `host=... port=... dbname=... user=...`: what messages say about the server.
    const std::string& server() const { return server_; }

  private:
    PostgresSession(PGconn* connection, const Libpq& pq);
    bool begin(std::string& error);
    std::string scrubbed(std::string message) const;
    std::string failure(const PGresult* result) const;

    const Libpq& pq_;
    PGconn* connection_;
    std::string server_;
    std::string password_;
    std::string statement_timeout_;
};

}  // namespace reclint
