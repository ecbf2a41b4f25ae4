// libpq, PostgreSQL's client library, loaded from libpq.so.5 the first time a warehouse is asked
// (load/shared_library.hpp): a check without --warehouse or a postgres: catalog never maps it and
// the 24 libraries it brings (Kerberos, LDAP, GnuTLS...). Only its header is needed to build.
#pragma once

#include <libpq-fe.h>

#include <string>

namespace reclint {

// The functions reclint calls, each as (member, libpq's name).
#define RECLINT_LIBPQ_FUNCTIONS(X)            \
    X(clear, PQclear)                         \
    X(connectdb_params, PQconnectdbParams)    \
    X(conninfo_free, PQconninfoFree)          \
    X(conninfo_parse, PQconninfoParse)        \
    X(db, PQdb)                               \
    X(error_message, PQerrorMessage)          \
    X(escape_identifier, PQescapeIdentifier)  \
    X(exec_params, PQexecParams)              \
    X(finish, PQfinish)                       \
    X(freemem, PQfreemem)                     \
    X(getisnull, PQgetisnull)                 \
    X(getlength, PQgetlength)                 \
    X(getvalue, PQgetvalue)                   \
    X(host, PQhost)                           \
    X(ntuples, PQntuples)                     \
    X(pass, PQpass)                           \
    X(port, PQport)                           \
    X(result_error_field, PQresultErrorField) \
    X(result_status, PQresultStatus)          \
    X(status, PQstatus)                       \
    X(user, PQuser)

struct Libpq {
// NOLINTNEXTLINE(bugprone-macro-parentheses): `member` is a declarator, which parentheses would obscure
#define RECLINT_LIBPQ_MEMBER(member, name) decltype(&::name) member = nullptr;
    RECLINT_LIBPQ_FUNCTIONS(RECLINT_LIBPQ_MEMBER)
#undef RECLINT_LIBPQ_MEMBER
};

// libpq's functions, loaded once; null, with `error` saying what to install, when it cannot be.
const Libpq* libpq(std::string& error);

}  // namespace reclint
