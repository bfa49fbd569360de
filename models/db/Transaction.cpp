#include "db/Transaction.h"

#include "db/Logging.h"
#include "db/Database.h"
#include "db/Query.h"

#include <QCoreApplication>

namespace doo {

Transaction::Transaction(Database &db) : m_db(db)
{
    if (m_db.m_depth > 0) {
        ++m_db.m_depth;
        m_active = true;
        return;
    }
    Query q(m_db);
    const QString begin = m_db.type() == DbType::SQLite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
    if (!q.exec(begin)) {
        m_error = q.error();
        return;
    }
    m_outer = true;
    m_active = true;
    m_db.m_depth = 1;
    m_db.m_rollbackOnly = false;
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return m_error.isError() ? m_error : Error::make(Error::Kind::Internal, Transaction::tr("no active transaction"));
    m_active = false;
    if (!m_outer) {
        --m_db.m_depth;
        return {};
    }
    m_db.m_depth = 0;
    const bool aborted = m_db.m_aborted;
    m_db.m_aborted = false;
    Query q(m_db);
    if (m_db.m_rollbackOnly) {
        if (!aborted) // an aborted PostgreSQL transaction was rolled back already
            q.exec(QStringLiteral("ROLLBACK"));
        if (m_db.isLost())
            return Error::make(Error::Kind::ConnectionLost,
                               Transaction::tr("the connection to the database server was lost; nothing was saved"));
        return Error::make(Error::Kind::Internal, Transaction::tr("a part of the change failed; nothing was saved"));
    }
    const bool lostBefore = m_db.isLost(); // then COMMIT is never sent and the server rolled back
    if (!q.exec(QStringLiteral("COMMIT"))) {
        m_error = q.error();
        if (m_error.kind == Error::Kind::ConnectionLost && !lostBefore)
            m_error = Error::make(Error::Kind::CommitUnknown,
                                  Transaction::tr("the connection to the database server was lost while the change was "
                                                  "being saved; it may or may not have been saved"));
        Query(m_db).exec(QStringLiteral("ROLLBACK"));
        return m_error;
    }
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    if (!m_outer) {
        --m_db.m_depth;
        m_db.m_rollbackOnly = true;
        return;
    }
    m_db.m_depth = 0;
    if (m_db.m_aborted) { // rolled back when the statement failed
        m_db.m_aborted = false;
        return;
    }
    qCDebug(lcDbConnection) << "rolling back";
    Query(m_db).exec(QStringLiteral("ROLLBACK"));
}

} // namespace doo
