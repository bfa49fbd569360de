#pragma once

#include "db/DbType.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace doo {

class Database;

// Applies the numbered migrations in resources/sql/<dialect>/ in order, each in one
// transaction together with its schema_version row. Refuses a database written by a newer
// version of the program.
class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)

public:
    explicit Migrator(Database &db);

    struct Migration
    {
        int version = 0;
        QString name;
        QString resourcePath;
    };

    QList<Migration> available() const;
    int latestVersion() const;
    static QList<Migration> availableFor(DbType type);
    static int latestVersionOf(DbType type);
    // 0 for a database without the schema_version table; a Schema error when its schema_version
    // table is another program's (never "a newer version").
    Result<int> currentVersion();
    // Applies what is missing; returns how many migrations ran. On a database that has a schema
    // already, an automatic backup (AutoBackup) is made first; when it fails nothing is applied
    // (PostgreSQL without pg_dump: a warning in the log, and the migration goes on).
    Result<int> migrate();
    // Ok when the schema is current; a Schema error when it is older (needs migrate) or newer.
    Status checkCurrent();
    // Drops the program's own tables and functions (those the migrations create), never other
    // objects of the schema. Used by `db reset`; on PostgreSQL only the owner of the database may.
    Status dropAll();
    // Whether this login may drop everything (PostgreSQL: the owner only); asked before the
    // automatic backup that precedes a reset, so a refused reset makes no backup.
    Status mayDropAll();
    // Whether the signed-in login owns the database (or is a superuser); true on SQLite.
    Result<bool> signedInAsOwner();

    // Splits a migration file into statements; trigger bodies (BEGIN ... END;) stay whole.
    static QStringList splitStatements(const QString &sql);

private:
    Status ensureVersionTable();
    Status dropTables();
    Status refuseNewer(int current) const;
    // SQLite: PRAGMA application_id (DatabaseFile::kApplicationId), inside the caller's transaction.
    Status markFile();
    // SQLite: marks an up-to-date database of the program that is not marked yet (one short
    // transaction, once; nothing on a file this user cannot write).
    Status markIfUnmarked();

    Database &m_db;
};

} // namespace doo
