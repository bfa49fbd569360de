#pragma once

#include <QByteArrayView>
#include <QVariantList>

class QSqlDriver;
class QSqlError;
struct sqlite3;
struct sqlite3_stmt;

namespace doo {

// The SQLite C library under Qt's QSQLITE driver, for what the driver cannot do: connection
// settings (no checkpoint on close) and reading big results without a QVariant per value. The
// program links the system SQLite, the library Debian's QSQLITE plugin is linked with, and takes
// the connection's handle the documented way (QSqlDriver::handle()).
namespace SqliteApi {

// The connection's sqlite3 handle (null when not open or not SQLite).
sqlite3 *handle(const QSqlDriver *driver);
// SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE on the connection.
bool disableCheckpointOnClose(sqlite3 *db);

} // namespace SqliteApi

// A read statement on the connection's own SQLite handle whose values are read without a
// QVariant each (text as UTF-8 views valid until the next row). For big results only.
class SqliteStatement
{
public:
    explicit SqliteStatement(sqlite3 *db);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // Prepares, binds (integers as integers, null as NULL, the rest as text) and is ready for next().
    bool exec(const QString &sql, const QVariantList &values);
    bool next(); // false at the end or on an error (see failed())
    bool isNull(int column) const;
    QByteArrayView text(int column) const; // a null view for SQL NULL
    qint64 integer(int column) const;
    bool failed() const { return m_failed; }
    QSqlError error() const; // in the form Qt's driver reports, for Database::classify

private:
    bool fail();

    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_failed = false;
    int m_code = 0;
    QString m_message;
};

} // namespace doo
