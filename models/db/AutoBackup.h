#pragma once

#include "db/DatabaseUrl.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace doo {

class Database;

// The program's own backups of a database, in one folder (by default the data folder, beside the
// default SQLite file): `<database>-backup-<UTC yyyyMMdd-HHmmss-zzz>Z-<reason>.sqlite|.pgdump`,
// written verified (DatabaseBackup), the newest `keep` kept. Made before a migration, `db reset`,
// a big import, a restore, and once a day while the window runs. Files of other names in the
// folder are never touched.
class AutoBackup
{
    Q_DECLARE_TR_FUNCTIONS(AutoBackup)

public:
    static constexpr int kDefaultKeep = 7;

    // How many backups per database to keep: the QSettings key backup/keep (the Settings window
    // reads and writes it only through these two), at least 1.
    static int keepSetting();
    static void setKeepSetting(int keep);
    // The data folder: the folder of the default SQLite file.
    static QString defaultFolder();
    // Tests: another folder for every AutoBackup made with the defaults (empty: the data folder).
    static void setDefaultFolderOverride(const QString &folder);

    explicit AutoBackup(QString folder = defaultFolder(), int keep = keepSetting());

    QString folder() const { return m_folder; }
    int keep() const { return m_keep; }

    // Writes a verified backup of `db` named for `reason` ("migration", "reset", "import",
    // "daily", "restore", …), then deletes the program's backups of this database beyond `keep`.
    // PostgreSQL without pg_dump: a Validation error saying so.
    // `spare`: a file rotation leaves alone this time (the backup a restore is about to read).
    Result<QString> run(Database &db, const QString &reason, const QString &spare = {});
    // The backup before a change that is hard to take back (a migration, `db reset`, a big
    // import), by the default policy: refused (with the reason) when it fails, so the change is
    // not made; on PostgreSQL without pg_dump a warning in the log, and the change goes on.
    static Status beforeChange(Database &db, const QString &reason);
    // The daily backup: when none was made today (the local calendar day) for this database,
    // run(db, "daily"), remembered in QSettings per database. True when one was made.
    Result<bool> dailyIfDue(Database &db, const QDate &today);

    // The program's backups of the database at `url` in the folder, newest first.
    QStringList backups(const DatabaseUrl &url) const;
    // The newest of them that passes the file check of a restore; empty when there is none.
    QString newestVerified(const DatabaseUrl &url) const;
    // The way back from a damaged database, in a sentence: the restore command and the newest
    // verified backup of `url` in the default folder (or that there is none).
    static QString restoreHint(const DatabaseUrl &url);
    // A new file name for a backup of `url` (not yet existing).
    QString nextFile(const DatabaseUrl &url, const QString &reason) const;
    // Deletes the program's backups of `url` beyond the newest `keep` (never another file).
    void rotate(const DatabaseUrl &url, const QString &spare = {}) const;

    // The name backups of `url` carry: the SQLite file's base name, or the PostgreSQL database's.
    static QString databaseName(const DatabaseUrl &url);

private:
    QString m_folder;
    int m_keep;
};

} // namespace doo
