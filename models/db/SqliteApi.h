#pragma once

#include <QByteArrayView>
#include <QVariantList>

#include <cstdint>

class QSqlDriver;
class QSqlError;

namespace doo {

// A few functions of the SQLite C library, taken from the very library Qt's QSQLITE driver
// was loaded with (found through the driver's plugin, so that the raw handle and the functions
// always belong together; the program itself does not link SQLite). Used for what Qt's driver
// cannot do: connection settings (no checkpoint on close) and reading big results without a
// QVariant per value. `forDriver` gives null when the driver is not SQLite or the functions
// cannot be found; callers then take the ordinary path.
struct SqliteApi
{
    struct sqlite3;
    struct sqlite3_stmt;

    int (*db_config)(sqlite3 *, int op, ...) = nullptr;
    int (*prepare_v2)(sqlite3 *, const char *sql, int bytes, sqlite3_stmt **, const char **tail) = nullptr;
    int (*bind_text)(sqlite3_stmt *, int index, const char *text, int bytes, void (*destructor)(void *)) = nullptr;
    int (*bind_int64)(sqlite3_stmt *, int index, std::int64_t value) = nullptr;
    int (*step)(sqlite3_stmt *) = nullptr;
    int (*column_type)(sqlite3_stmt *, int column) = nullptr;
    const unsigned char *(*column_text)(sqlite3_stmt *, int column) = nullptr;
    int (*column_bytes)(sqlite3_stmt *, int column) = nullptr;
    std::int64_t (*column_int64)(sqlite3_stmt *, int column) = nullptr;
    int (*finalize)(sqlite3_stmt *) = nullptr;
    int (*extended_errcode)(sqlite3 *) = nullptr;
    const char *(*errmsg)(sqlite3 *) = nullptr;

    // Constants of sqlite3.h (stable parts of SQLite's interface).
    static constexpr int kOk = 0;
    static constexpr int kRow = 100;
    static constexpr int kDone = 101;
    static constexpr int kNull = 5;
    static constexpr int kDbConfigNoCheckpointOnClose = 1006; // SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE
    static inline void (*const kTransient)(void *) = reinterpret_cast<void (*)(void *)>(-1); // SQLITE_TRANSIENT

    static const SqliteApi *forDriver(const QSqlDriver *driver);
    // The connection's sqlite3 handle (null when not open or not SQLite).
    static sqlite3 *handle(const QSqlDriver *driver);
};

// A read statement on the connection's own SQLite handle whose values are read without a
// QVariant each (text as UTF-8 views valid until the next row). For big results only.
class SqliteStatement
{
public:
    SqliteStatement(const SqliteApi &api, SqliteApi::sqlite3 *db);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // Prepares, binds (integers as integers, null as NULL, the rest as text) and is ready for next().
    bool exec(const QString &sql, const QVariantList &values);
    bool next(); // false at the end or on an error (see failed())
    bool isNull(int column) const { return m_api.column_type(m_stmt, column) == SqliteApi::kNull; }
    QByteArrayView text(int column) const; // a null view for SQL NULL
    qint64 integer(int column) const { return m_api.column_int64(m_stmt, column); }
    bool failed() const { return m_failed; }
    QSqlError error() const; // in the form Qt's driver reports, for Database::classify

private:
    bool fail();

    const SqliteApi &m_api;
    SqliteApi::sqlite3 *m_db;
    SqliteApi::sqlite3_stmt *m_stmt = nullptr;
    bool m_failed = false;
    int m_code = 0;
    QString m_message;
};

} // namespace doo
