#pragma once

#include "db/DatabaseUrl.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QMap>

#include <functional>

namespace doo {

class Database;

// A copy of the whole database in one file, verified before it is called done, and its way
// back. SQLite: the online backup API while the program runs, then `integrity_check` and the
// row count of every table against the source's (read in the same snapshot); the copy is written
// under a temporary name in the target folder and renamed only when verified. PostgreSQL:
// `pg_dump -Fc` on an exported snapshot whose row counts the dump's data must match, and
// `pg_restore --clean --if-exists` in one transaction; the password goes to the child's
// environment only.
class DatabaseBackup
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseBackup)

public:
    struct Report
    {
        QString file; // the backup written, or restored from
        QMap<QString, qint64> rowCounts; // per table, equal in source and copy
        QString keptCurrent; // restore: the backup of the database as it was before
    };

    // Writes a verified copy of `db` to `file` (replacing a file there only when verified).
    // Not inside a transaction of `db`.
    static Result<Report> backup(Database &db, const QString &file);

    // What a file to restore must be for `type`: a database (dump) this program can read,
    // whole, with the program's schema_version no newer than this build knows.
    static Result<QMap<QString, qint64>> verifyFile(DbType type, const QString &file);

    // Restores `file` into the database at `url`. SQLite: no connection to the file may be open
    // (close them first); the current file is kept as a backup in `keepFolder` (a damaged one as
    // it is), then the verified file replaces it in one rename, and the old -wal/-shm go.
    // PostgreSQL: the current database is dumped into `keepFolder` first, then restored in one
    // transaction and its row counts checked against the dump's.
    static Result<Report> restore(const DatabaseUrl &url, const QString &file, const QString &keepFolder);

    // Whether pg_dump and pg_restore are installed; else the error naming what is missing.
    static Status postgresToolsAvailable();

    // Tests: called with the temporary copy's path after it is written and before it is verified.
    static void setAfterCopyHook(std::function<void(const QString &path)> hook);

private:
    static Result<Report> backupSqlite(Database &db, const QString &file);
    static Result<Report> backupPostgres(Database &db, const QString &file);
    static Result<Report> restoreSqlite(const DatabaseUrl &url, const QString &file, const QString &keepFolder);
    static Result<Report> restorePostgres(const DatabaseUrl &url, const QString &file, const QString &keepFolder);
    static Result<QMap<QString, qint64>> dumpCounts(const QString &file, const DatabaseUrl *url);
    static void afterCopy(const QString &path);
};

} // namespace doo
