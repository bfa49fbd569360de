#include "db/Query.h"

#include "db/Logging.h"
#include "db/Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlRecord>

namespace doo {

Query::Query(Database &db) : m_db(db)
{ }

QStringList Query::columns() const
{
    QStringList names;
    const QSqlRecord record = m_query->record();
    for (int i = 0; i < record.count(); ++i)
        names << record.fieldName(i);
    return names;
}

Query::~Query()
{
    if (!m_cachedSql.isEmpty())
        m_db.releaseStatement(m_cachedSql, !m_error.isError());
}

QSqlQuery &Query::own()
{
    if (!m_own) {
        m_own.emplace(m_db.handle());
        m_own->setForwardOnly(true);
    }
    m_query = &*m_own;
    return *m_own;
}

bool Query::refuseIfAborted()
{
    if (m_db.isLost()) { // nothing is sent until the connection is back
        m_error =
            Error::make(Error::Kind::ConnectionLost, Query::tr("the connection to the database server is lost; reconnecting"));
        m_db.statementFailed();
        return true;
    }
    if (!m_db.transactionAborted())
        return false;
    m_error = Error::make(Error::Kind::Internal, Query::tr("an earlier step of this change failed; nothing was saved"));
    return true;
}

bool Query::exec(const QString &sql, const QVariantList &values)
{
    if (!m_cachedSql.isEmpty()) { // a Query runs one statement at a time
        m_db.releaseStatement(m_cachedSql, !m_error.isError());
        m_cachedSql.clear();
    }
    m_sql = sql;
    m_error = {};
    if (refuseIfAborted())
        return false;
    if (values.isEmpty()) {
        qCDebug(lcDbQuery).noquote() << sql;
        if (!own().exec(sql))
            return fail(QStringLiteral("exec"));
        return true;
    }
    bool fresh = true;
    m_query = m_secret ? nullptr : m_db.acquireStatement(sql, &fresh, m_reused);
    if (m_query)
        m_cachedSql = sql;
    else
        m_query = &own();
    if (fresh && !m_query->prepare(sql))
        return fail(QStringLiteral("prepare"));
    for (int i = 0; i < values.size(); ++i)
        m_query->bindValue(i, values.at(i));
    qCDebug(lcDbQuery).noquote() << sql;
    if (!m_secret)
        qCDebug(lcDbValues) << "values (doo.db.values logs your data):" << values;
    if (!m_query->exec())
        return fail(QStringLiteral("exec"));
    return true;
}

bool Query::next()
{
    if (m_query->next())
        return true;
    if (m_query->lastError().type() != QSqlError::NoError)
        return fail(QStringLiteral("next"));
    return false;
}

bool Query::fail(const QString &what)
{
    m_error = m_db.classify(m_query->lastError(), what + QLatin1Char(' ') + m_sql);
    if (m_error.kind == Error::Kind::ConnectionLost)
        m_db.markLost(); // before statementFailed(): no ROLLBACK is sent to a dead session
    m_db.statementFailed();
    return false;
}

} // namespace doo
