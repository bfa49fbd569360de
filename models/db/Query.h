#pragma once

#include "domain/Error.h"

#include <QSqlQuery>
#include <QVariant>

namespace doo {

class Database;

// A forward-only prepared statement with positional bound values, logging and error
// classification. Every statement in the program goes through here.
class Query
{
public:
    explicit Query(Database &db);

    // Prepare + bind + execute in one call; without values the statement runs unprepared.
    bool exec(const QString &sql, const QVariantList &values = {});
    bool prepare(const QString &sql);
    void bind(const QVariant &value) { m_query.addBindValue(value); }
    bool exec();

    bool next() { return m_query.next(); }
    QVariant value(int index) const { return m_query.value(index); }
    int rowsAffected() const { return m_query.numRowsAffected(); }
    const Error &error() const { return m_error; }
    QSqlQuery &raw() { return m_query; }

private:
    bool fail(const QString &what);
    bool refuseIfAborted();

    Database &m_db;
    QSqlQuery m_query;
    QString m_sql;
    Error m_error;
};

} // namespace doo
