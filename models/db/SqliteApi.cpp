#include "db/SqliteApi.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <sqlite3.h>

namespace doo {

sqlite3 *SqliteApi::handle(const QSqlDriver *driver)
{
    if (!driver || driver->dbmsType() != QSqlDriver::SQLite || !driver->isOpen())
        return nullptr;
    const QVariant v = driver->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

bool SqliteApi::disableCheckpointOnClose(sqlite3 *db)
{
    return sqlite3_db_config(db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, static_cast<int *>(nullptr)) == SQLITE_OK;
}

SqliteStatement::SqliteStatement(sqlite3 *db) : m_db(db)
{ }

SqliteStatement::~SqliteStatement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

bool SqliteStatement::fail()
{
    m_failed = true;
    m_code = sqlite3_extended_errcode(m_db);
    m_message = QString::fromUtf8(sqlite3_errmsg(m_db));
    return false;
}

bool SqliteStatement::exec(const QString &sql, const QVariantList &values)
{
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &m_stmt, nullptr) != SQLITE_OK)
        return fail();
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        int rc = SQLITE_OK;
        switch (v.userType()) {
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::Bool:
            rc = sqlite3_bind_int64(m_stmt, i + 1, v.toLongLong());
            break;
        case QMetaType::QString: {
            if (v.isNull()) // unbound parameters are NULL
                break;
            const QByteArray text = v.toString().toUtf8();
            rc = sqlite3_bind_text(m_stmt, i + 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
            break;
        }
        default:
            if (!v.isNull()) { // not needed by any caller yet
                m_failed = true;
                m_message = QStringLiteral("cannot bind a value of type %1").arg(QString::fromLatin1(v.typeName()));
                return false;
            }
        }
        if (rc != SQLITE_OK)
            return fail();
    }
    return true;
}

bool SqliteStatement::next()
{
    if (!m_stmt || m_failed)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        fail();
    return false;
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QByteArrayView SqliteStatement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return data ? QByteArrayView(data, sqlite3_column_bytes(m_stmt, column)) : QByteArrayView();
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QSqlError SqliteStatement::error() const
{
    return QSqlError(QStringLiteral("Unable to fetch row"), m_message, QSqlError::StatementError, QString::number(m_code));
}

} // namespace doo
