#pragma once

#include "domain/Error.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

namespace doo {

class Database;

// A forward-only statement with positional bound values, logging and error classification.
// Every statement in the program goes through here. Statements with values are prepared once
// per connection and reused (PostgreSQL: one EXECUTE instead of PREPARE + EXECUTE + DEALLOCATE).
class Query
{
    Q_DECLARE_TR_FUNCTIONS(Query)

public:
    explicit Query(Database &db);
    ~Query();
    Query(const Query &) = delete;
    Query &operator=(const Query &) = delete;

    // Binds `values` in order and executes; without values the statement runs unprepared
    // (PostgreSQL cannot PREPARE DDL, SET or BEGIN).
    bool exec(const QString &sql, const QVariantList &values = {});
    // For a statement binding a secret (a password): its values are never logged, and the
    // statement is not kept in the connection's cache (which would hold on to them).
    void setSecretValues() { m_secret = true; }
    // For a long statement run again and again (a full chunk of a multi-row INSERT): kept in the
    // connection's cache whatever its length.
    void setReused() { m_reused = true; }

    // The next row; false at the end and when fetching it failed (a damaged page met half-way
    // through the rows, a lost connection): then error() says which.
    bool next();
    QVariant value(int index) const { return m_query->value(index); }
    int rowsAffected() const { return m_query->numRowsAffected(); }
    // The result's column names, in order (for copying whole rows).
    QStringList columns() const;
    const Error &error() const { return m_error; }

private:
    bool fail(const QString &what);
    bool refuseIfAborted();
    QSqlQuery &own();

    Database &m_db;
    std::optional<QSqlQuery> m_own;
    QSqlQuery *m_query = nullptr;
    QString m_cachedSql; // set while m_query is a statement borrowed from the connection's cache
    QString m_sql;
    Error m_error;
    bool m_secret = false;
    bool m_reused = false;
};

} // namespace doo
