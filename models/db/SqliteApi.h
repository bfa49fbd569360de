#pragma once

#include <QByteArrayView>
#include <QMap>
#include <QString>

#include <optional>
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

// The name to open `path` read-only by without creating anything: the path itself when its -wal
// file exists (a read-only connection then reads the log), else a `file:` URI with immutable=1
// (in WAL mode a read-only connection would otherwise create the -wal and -shm files). `isUri`
// says which.
QByteArray readOnlyName(const QString &path, bool *isUri);

// What a check of a database file found, without writing to it (opened read-only).
struct FileCheck
{
    enum class Outcome { Ok, NotADatabase, Damaged, CannotOpen };
    Outcome outcome = Outcome::Ok;
    QString detail; // SQLite's own words (the check's first lines), for "Details"
    bool ok() const { return outcome == Outcome::Ok; }
};
// How deep a check of a file looks: Schema reads the header and the schema (a non-database or a
// damaged first page; its cost does not grow with the data), Quick is `PRAGMA quick_check`, Full
// `PRAGMA integrity_check` (both read every page).
enum class CheckDepth { Schema, Quick, Full };
// A check of the file at `path`, opened read-only on a connection of its own.
FileCheck checkFile(const QString &path, CheckDepth depth);
// Who wrote a database file, read without writing to it (opened read-only): its PRAGMA
// application_id, how many tables it has, and of a table named schema_version whether it has the
// program's columns and the name it gives version 1. `read` false (with SQLite's words in
// `detail`) when the file cannot be read.
struct FileIdentity
{
    bool read = false;
    qint32 applicationId = 0;
    int tables = 0;
    bool hasVersionTable = false;
    bool versionTableColumns = false; // version, name and applied_at
    QString firstVersionName;
    QString detail;
};
FileIdentity identify(const QString &path);
// Copies the whole database of `source` (its "main") into a new file at `target` with the online
// backup API: readers and writers of the source may go on meanwhile. False with SQLite's message.
bool backupTo(sqlite3 *source, const QString &target, QString *message);
// Runs a statement without results (BEGIN, COMMIT, PRAGMA …); false on an error.
bool execute(sqlite3 *db, const char *sql);
// count(*) of every table of the database (not SQLite's own), by name; nullopt on an error.
std::optional<QMap<QString, qint64>> rowCounts(sqlite3 *db);
// A connection of its own to a file (null handle() when it cannot open), closed on destruction.
class Connection
{
public:
    Connection(const QString &path, bool readOnly);
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;
    sqlite3 *handle() const { return m_db; }

private:
    sqlite3 *m_db = nullptr;
};

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
