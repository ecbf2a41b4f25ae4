#include "warehouse/postgres_session.hpp"

// A static build that cannot link libpq leaves this file empty: import_postgres refuses first
// (cmake/static_linking.cmake).
#if RECLINT_WITH_LIBPQ

namespace reclint {

namespace {

using ConninfoOptions = std::unique_ptr<PQconninfoOption, decltype(&PQconninfoFree)>;

ConninfoOptions parse_conninfo(const std::string& conninfo) {
    char* message = nullptr;
    ConninfoOptions options(PQconninfoParse(conninfo.c_str(), &message), &PQconninfoFree);
    PQfreemem(message);  // may quote the string, password included: never shown
    return options;
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

std::string describe_conninfo(const std::string& conninfo) {
    const ConninfoOptions options = parse_conninfo(conninfo);
    if (!options) return "a malformed connection string";
    const char* values[4] = {};
    const char* keys[4] = {"host", "port", "dbname", "user"};
    for (const PQconninfoOption* option = options.get(); option->keyword != nullptr; ++option) {
        for (int i = 0; i < 4; ++i) {
            if (std::string_view(option->keyword) == keys[i]) values[i] = option->val;
        }
    }
    return describe(values[0], values[1], values[2], values[3]);
}

std::unique_ptr<PostgresSession> PostgresSession::open(const std::string& conninfo, std::string& error) {
    if (!parse_conninfo(conninfo)) {
        error = "cannot read the connection string: expected key=value pairs or a postgresql:// URI";
        return nullptr;
    }
    // The connection string comes after the defaults, so its own connect_timeout wins.
    const char* keywords[] = {"connect_timeout", "application_name", "dbname", nullptr};
    const char* values[] = {kConnectTimeoutSeconds, "reclint", conninfo.c_str(), nullptr};
    std::unique_ptr<PostgresSession> session(new PostgresSession(PQconnectdbParams(keywords, values, 1)));
    if (PQstatus(session->connection_) != CONNECTION_OK) {
        error = "cannot connect to PostgreSQL (" + session->server_ +
                "): " + session->scrubbed(one_line(PQerrorMessage(session->connection_)));
        return nullptr;
    }
    if (!session->begin(error)) return nullptr;
    return session;
}

PostgresSession::PostgresSession(PGconn* connection)
    : connection_(connection),
      server_(describe(PQhost(connection), PQport(connection), PQdb(connection), PQuser(connection))) {
    if (const char* password = PQpass(connection)) password_ = password;
}

PostgresSession::~PostgresSession() {
    PQfinish(connection_);
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
    PGresult* result = PQexecParams(connection_, sql.c_str(), static_cast<int>(values.size()), nullptr, values.data(),
                                    nullptr, nullptr, 0);
    const ExecStatusType status = PQresultStatus(result);
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) return QueryRows(result);
    error = failure(result);
    PQclear(result);
    return std::nullopt;
}

std::string PostgresSession::failure(const PGresult* result) const {
    const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const char* primary = result ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
    const std::string server = "PostgreSQL (" + server_ + ")";
    if (state && std::string_view(state) == "57014")
        return "a query ran longer than the statement_timeout of " + statement_timeout_ + " on " + server +
               " and was cancelled";
    const std::string reason = primary ? std::string(primary) : one_line(PQerrorMessage(connection_));
    return "a query failed on " + server + ": " + scrubbed(reason);
}

std::string PostgresSession::quote_identifier(std::string_view name) const {
    char* quoted = PQescapeIdentifier(connection_, name.data(), name.size());
    if (quoted == nullptr) return "";
    std::string text(quoted);
    PQfreemem(quoted);
    return text;
}

std::string PostgresSession::scrubbed(std::string message) const {
    if (password_.size() < 3) return message;
    for (std::size_t at = message.find(password_); at != std::string::npos; at = message.find(password_, at))
        message.replace(at, password_.size(), "***");
    return message;
}

}  // namespace reclint

#endif  // RECLINT_WITH_LIBPQ
