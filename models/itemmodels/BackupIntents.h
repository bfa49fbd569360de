#pragma once

#include "db/DatabaseUrl.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QDate>

namespace doo {

class Database;

// What the window does with backups (File → Back up… / Restore…, the start-up screen's offer of
// the newest backup, the daily backup), in the words the window shows: widgets call these and
// never the db layer's backup classes themselves.
class BackupIntents
{
    Q_DECLARE_TR_FUNCTIONS(BackupIntents)

public:
    // A verified copy of the window's database in `file`; the sentence to show.
    static Result<QString> backup(Database &db, const QString &file);
    // Checks a file before the window closes its database for a restore.
    static Status verify(DbType type, const QString &file);
    // Reads every page of the SQLite file at `url` (nothing for a server): the window's check after
    // it opened a database. Safe on any thread; takes time in proportion to the file.
    static Status checkEveryPage(const DatabaseUrl &url);
    // Restores `file` into the database at `url` (every connection to a SQLite file closed first);
    // the current database is kept among the automatic backups. The sentence to show.
    static Result<QString> restore(const DatabaseUrl &url, const QString &file);
    // The newest verified automatic backup of `url` in the data folder; empty when none.
    static QString newestBackup(const DatabaseUrl &url);
    // The daily backup of the window's database, once per calendar day: the sentence to show, or
    // an empty one when none was due.
    static Result<QString> dailyBackup(Database &db, const QDate &today);
};

} // namespace doo
