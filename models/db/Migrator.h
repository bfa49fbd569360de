#pragma once

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
    // 0 for a database without the schema_version table.
    Result<int> currentVersion();
    // Applies what is missing; returns how many migrations ran.
    Result<int> migrate();
    // Ok when the schema is current; a Schema error when it is older (needs migrate) or newer.
    Status checkCurrent();
    // Drops every table of the program. Used by `db reset`.
    Status dropAll();

    // Splits a migration file into statements; trigger bodies (BEGIN ... END;) stay whole.
    static QStringList splitStatements(const QString &sql);

private:
    Status ensureVersionTable();
    Status dropTables();
    Status refuseNewer(int current) const;

    Database &m_db;
};

} // namespace doo
