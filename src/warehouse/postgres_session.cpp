#include "warehouse/postgres_session.hpp"

namespace reclint {

namespace {

bool parses(const Libpq& pq, const std::string& conninfo) {
    char* message = nullptr;
    PQconninfoOption* options = pq.conninfo_parse(conninfo.c_str(), &message);
    pq.freemem(message);  // may quote the string, password included: never shown
    pq.conninfo_free(options);
    return options != nullptr;
}

std::string describe(const char* host, const char* port, const char* dbname, const char* user) {
    std::string text;
    const std::pair<const char*, const char*> fields[] = {
        {"host", host}, {"port", port}, {"dbname", dbname}, {"user", user}};
    for (const auto& [key, value] : fields) {
        if (value == nullptr || *value == '\0') continue;
        text += (text.empty() ? "" : " ") + std::string(key) + "=" + value;
    }
    return text.empty() ? "the default server" : text;
}

// libpq's "connection to server on socket \"...\" failed: FATAL:  password authentication failed
// for user \"x\"\n" as one line: what failed, without the address repeated.
std::string one_line(std::string message) {
    if (const std::size_t failed = message.rfind("failed: "); failed != std::string::npos)
        message = message.substr(failed + 8);
    for (const char* prefix : {"FATAL:  ", "ERROR:  "}) {
        if (message.starts_with(prefix)) message = message.substr(std::string_view(prefix).size());
    }
    while (!message.empty() && (message.back() == '\n' || message.back() == ' '))
        message.pop_back();
    std::string line;
    for (const char c : message) {
        const bool blank = c == '\n' || c == '\t' || c == ' ';
        if (!blank || (!line.empty() && line.back() != ' ')) line += blank ? ' ' : c;
    }
    return line;
}

}  // namespace

std::unique_ptr<PostgresSession> PostgresSession::open(const std::string& conninfo, std::string& error) {
    const Libpq* pq = libpq(error);
    if (pq == nullptr) return nullptr;
    if (!parses(*pq, conninfo)) {
        error = "cannot read the connection string: expected key=value pairs or a postgresql:// URI";
        return nullptr;
    }
    // The connection string comes after the defaults, so its own connect_timeout wins.
    const char* keywords[] = {"connect_timeout", "application_name", "dbname", nullptr};
    const char* values[] = {kConnectTimeoutSeconds, "reclint", conninfo.c_str(), nullptr};
    std::unique_ptr<PostgresSession> session(new PostgresSession(pq->connectdb_params(keywords, values, 1), *pq));
    if (pq->status(session->connection_) != CONNECTION_OK) {
        error = "cannot connect to PostgreSQL (" + session->server_ +
                "): " + session->scrubbed(one_line(pq->error_message(session->connection_)));
        return nullptr;
    }
    if (!session->begin(error)) return nullptr;
    return session;
}

PostgresSession::PostgresSession(PGconn* connection, const Libpq& pq)
    : pq_(pq),
      connection_(connection),
      server_(describe(pq.host(connection), pq.port(connection), pq.db(connection), pq.user(connection))) {
    if (const char* password = pq.pass(connection)) password_ = password;
}

PostgresSession::~PostgresSession() {
    pq_.finish(connection_);
}

// One read-only transaction for the whole run: nothing reclint sends can write, and every query
// sees the same snapshot.
bool PostgresSession::begin(std::string& error) {
    if (!query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", {}, error)) return false;
    const std::optional<QueryRows> current = query("SELECT current_setting('statement_timeout')", {}, error);
    if (!current) return false;
    statement_timeout_ = std::string(current->value(0, 0));
    if (statement_timeout_ != "0") return true;  // set by the connection string or the role: kept
    statement_timeout_ = kStatementTimeout;
    return query(std::string("SET LOCAL statement_timeout = '") + kStatementTimeout + "'", {}, error).has_value();
}

std::optional<QueryRows> PostgresSession::query(const std::string& sql, const std::vector<std::string>& parameters,
                                                std::string& error) {
    std::vector<const char*> values;
    values.reserve(parameters.size());
    for (const std::string& parameter : parameters)
        values.push_back(parameter.c_str());
    PGresult* result = pq_.exec_params(connection_, sql.c_str(), static_cast<int>(values.size()), nullptr,
                                       values.data(), nullptr, nullptr, 0);
    const ExecStatusType status = pq_.result_status(result);
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) return QueryRows(result, pq_);
    error = failure(result);
    pq_.clear(result);
    return std::nullopt;
}

std::string PostgresSession::failure(const PGresult* result) const {
    const char* state = result ? pq_.result_error_field(result, PG_DIAG_SQLSTATE) : nullptr;
    const char* primary = result ? pq_.result_error_field(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
    const std::string server = "PostgreSQL (" + server_ + ")";
    if (state && std::string_view(state) == "57014")
        return "a query ran longer than the statement_timeout of " + statement_timeout_ + " on " + server +
               " and was cancelled";
    const std::string reason = primary ? std::string(primary) : one_line(pq_.error_message(connection_));
    return "a query failed on " + server + ": " + scrubbed(reason);
}

std::string PostgresSession::quote_identifier(std::string_view name) const {
    char* quoted = pq_.escape_identifier(connection_, name.data(), name.size());
    if (quoted == nullptr) return "";
    std::string text(quoted);
    pq_.freemem(quoted);
    return text;
}

std::string PostgresSession::scrubbed(std::string message) const {
    if (password_.size() < 3) return message;
    for (std::size_t at = message.find(password_); at != std::string::npos; at = message.find(password_, at))
        message.replace(at, password_.size(), "***");
    return message;
}

}  // namespace reclint
