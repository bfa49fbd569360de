#include "db/Query.h"

#include "Logging.h"
#include "db/Database.h"

#include <QCoreApplication>
#include <QSqlError>

namespace doo {

Query::Query(Database &db) : m_db(db), m_query(db.handle())
{
    m_query.setForwardOnly(true);
}

bool Query::refuseIfAborted()
{
    if (!m_db.transactionAborted())
        return false;
    m_error = Error::make(Error::Kind::Internal,
                          QCoreApplication::translate("Query", "an earlier step of this change failed; nothing was saved"));
    return true;
}

bool Query::prepare(const QString &sql)
{
    m_sql = sql;
    m_error = {};
    if (refuseIfAborted())
        return false;
    if (!m_query.prepare(sql))
        return fail(QStringLiteral("prepare"));
    return true;
}

bool Query::exec()
{
    qCDebug(lcDbQuery).noquote() << m_sql << m_query.boundValues();
    if (!m_query.exec())
        return fail(QStringLiteral("exec"));
    return true;
}

bool Query::exec(const QString &sql, const QVariantList &values)
{
    if (values.isEmpty()) {
        // Statements without values run directly: PostgreSQL cannot PREPARE DDL, SET or BEGIN.
        m_sql = sql;
        m_error = {};
        if (refuseIfAborted())
            return false;
        qCDebug(lcDbQuery).noquote() << sql;
        if (!m_query.exec(sql))
            return fail(QStringLiteral("exec"));
        return true;
    }
    if (!prepare(sql))
        return false;
    for (const QVariant &v : values)
        m_query.addBindValue(v);
    return exec();
}

bool Query::fail(const QString &what)
{
    m_error = m_db.classify(m_query.lastError(), what + QLatin1Char(' ') + m_sql);
    m_db.statementFailed();
    return false;
}

} // namespace doo
