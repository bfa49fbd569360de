#include "itemmodels/BackupIntents.h"

#include "db/AutoBackup.h"
#include "db/Database.h"
#include "db/DatabaseBackup.h"

#include <QFileInfo>

namespace doo {

Result<QString> BackupIntents::backup(Database &db, const QString &file)
{
    const auto report = DatabaseBackup::backup(db, file);
    if (!report)
        return report.error();
    return tr("Backed up and verified: %1").arg(report->file);
}

Status BackupIntents::verify(DbType type, const QString &file)
{
    const auto counts = DatabaseBackup::verifyFile(type, file);
    if (!counts)
        return counts.error();
    return {};
}

Status BackupIntents::checkEveryPage(const DatabaseUrl &url)
{
    return Database::checkFile(url, true);
}

Result<QString> BackupIntents::restore(const DatabaseUrl &url, const QString &file)
{
    const auto report = DatabaseBackup::restore(url, file, AutoBackup::defaultFolder());
    if (!report)
        return report.error();
    if (report->keptCurrent.isEmpty())
        return tr("Restored from %1.").arg(QFileInfo(report->file).fileName());
    return tr("Restored from %1; the database as it was is kept in %2.")
        .arg(QFileInfo(report->file).fileName(), report->keptCurrent);
}

QString BackupIntents::newestBackup(const DatabaseUrl &url)
{
    return AutoBackup().newestVerified(url);
}

Result<QString> BackupIntents::dailyBackup(Database &db, const QDate &today)
{
    if (db.type() == DbType::PostgreSQL && !DatabaseBackup::postgresToolsAvailable())
        return QString(); // said once in the log by the backups that need it; not every day
    AutoBackup backups;
    const auto made = backups.dailyIfDue(db, today);
    if (!made)
        return made.error();
    return *made ? tr("Daily backup made in %1").arg(backups.folder()) : QString();
}

} // namespace doo
