#include "db/SqliteApi.h"

#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QStringList>
#include <optional>
#include <QUrl>
#include <QVariant>

#include <memory>

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

QByteArray SqliteApi::readOnlyName(const QString &path, bool *isUri)
{
    *isUri = !QFileInfo::exists(path + QStringLiteral("-wal"));
    if (!*isUri)
        return path.toUtf8();
    return "file:" + QUrl::toPercentEncoding(path, "/") + "?immutable=1";
}

namespace {
// Opens `path` read-only for a look before anything writes to it (see readOnlyName).
int openForLook(const QString &path, sqlite3 **db)
{
    bool uri = false;
    const QByteArray name = SqliteApi::readOnlyName(path, &uri);
    return sqlite3_open_v2(name.constData(), db, SQLITE_OPEN_READONLY | (uri ? SQLITE_OPEN_URI : 0), nullptr);
}
} // namespace

SqliteApi::FileCheck SqliteApi::checkFile(const QString &path, CheckDepth depth)
{
    FileCheck result;
    sqlite3 *db = nullptr;
    int rc = openForLook(path, &db);
    auto failed = [&](int code) {
        const int primary = code & 0xff;
        result.outcome = primary == SQLITE_NOTADB ? FileCheck::Outcome::NotADatabase
            : primary == SQLITE_CORRUPT           ? FileCheck::Outcome::Damaged
                                                  : FileCheck::Outcome::CannotOpen;
        result.detail = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(code));
    };
    if (rc != SQLITE_OK) {
        failed(rc);
        sqlite3_close(db);
        return result;
    }
    sqlite3_stmt *stmt = nullptr;
    // The schema check answers "ok" itself once the schema has been read.
    const char *sql = depth == CheckDepth::Full ? "PRAGMA integrity_check(20)"
        : depth == CheckDepth::Quick            ? "PRAGMA quick_check(20)"
                                                : "SELECT 'ok' FROM (SELECT count(*) FROM sqlite_master)";
    rc = sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
    QStringList lines;
    if (rc == SQLITE_OK) {
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
            lines << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    }
    if (rc != SQLITE_DONE)
        failed(sqlite3_extended_errcode(db));
    else if (lines != QStringList{QStringLiteral("ok")}) {
        result.outcome = FileCheck::Outcome::Damaged;
        result.detail = lines.mid(0, 3).join(QLatin1String("; "));
    }
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return result;
}

SqliteApi::FileIdentity SqliteApi::identify(const QString &path)
{
    FileIdentity result;
    sqlite3 *db = nullptr;
    const int rc = openForLook(path, &db);
    const std::unique_ptr<sqlite3, int (*)(sqlite3 *)> closer(db, sqlite3_close);
    if (rc != SQLITE_OK) {
        result.detail = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
        return result;
    }
    auto fail = [&]() {
        result.detail = QString::fromUtf8(sqlite3_errmsg(db));
        return result;
    };
    {
        SqliteStatement id(db);
        if (!id.exec(QStringLiteral("PRAGMA application_id"), {}) || !id.next())
            return fail();
        result.applicationId = qint32(id.integer(0));
    }
    {
        SqliteStatement tables(db);
        if (!tables.exec(QStringLiteral("SELECT count(*), COALESCE(sum(name = 'schema_version'), 0), "
                                        "(SELECT count(*) FROM pragma_table_info('schema_version') "
                                        "WHERE name IN ('version', 'name', 'applied_at')) "
                                        "FROM sqlite_master WHERE type = 'table'"),
                         {})
            || !tables.next())
            return fail();
        result.tables = int(tables.integer(0));
        result.hasVersionTable = tables.integer(1) > 0;
        result.versionTableColumns = tables.integer(2) == 3;
    }
    if (result.versionTableColumns) {
        SqliteStatement first(db);
        if (!first.exec(QStringLiteral("SELECT name FROM schema_version WHERE version = 1"), {}))
            return fail();
        if (first.next())
            result.firstVersionName = QString::fromUtf8(first.text(0));
        else if (first.failed())
            return fail();
    }
    result.read = true;
    return result;
}

bool SqliteApi::backupTo(sqlite3 *source, const QString &target, QString *message)
{
    sqlite3 *dest = nullptr;
    const QByteArray name = target.toUtf8();
    int rc = sqlite3_open_v2(name.constData(), &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_backup *backup = sqlite3_backup_init(dest, "main", source, "main");
        if (!backup) {
            rc = sqlite3_errcode(dest);
        } else {
            // All pages in one step: inside the caller's read transaction that is one snapshot
            // (in WAL mode writers of other connections go on meanwhile), so the copy holds
            // exactly the rows the caller counted.
            do {
                rc = sqlite3_backup_step(backup, -1);
                if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                    sqlite3_sleep(20);
            } while (rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
            const int finished = sqlite3_backup_finish(backup);
            if (rc == SQLITE_DONE)
                rc = finished;
        }
    }
    // The copy is one self-contained file: no write-ahead log beside it.
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(dest, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK && message)
        *message = dest ? QString::fromUtf8(sqlite3_errmsg(dest)) : QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_close(dest);
    return rc == SQLITE_OK;
}

bool SqliteApi::execute(sqlite3 *db, const char *sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

std::optional<QMap<QString, qint64>> SqliteApi::rowCounts(sqlite3 *db)
{
    QMap<QString, qint64> counts;
    QStringList tables;
    {
        SqliteStatement list(db);
        if (!list.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' "
                                      "ESCAPE '\\' ORDER BY name"),
                       {}))
            return std::nullopt;
        while (list.next())
            tables << QString::fromUtf8(list.text(0));
        if (list.failed())
            return std::nullopt;
    }
    for (const QString &table : std::as_const(tables)) {
        SqliteStatement count(db);
        // The name comes from sqlite_master; quoted as an identifier.
        QString quoted = table;
        quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
        if (!count.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(quoted), {}) || !count.next())
            return std::nullopt;
        counts.insert(table, count.integer(0));
    }
    return counts;
}

SqliteApi::Connection::Connection(const QString &path, bool readOnly)
{
    const QByteArray name = path.toUtf8();
    if (sqlite3_open_v2(name.constData(), &m_db, readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        sqlite3_close(m_db);
        m_db = nullptr;
    }
}

SqliteApi::Connection::~Connection()
{
    sqlite3_close(m_db);
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
