#include "db/AutoBackup.h"

#include "db/Database.h"
#include "db/DatabaseBackup.h"
#include "db/Logging.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>

namespace doo {

namespace {
QString &folderOverride()
{
    static QString folder;
    return folder;
}

const QLatin1String kKeepKey("backup/keep");

QString extension(const DatabaseUrl &url)
{
    return url.type == DbType::SQLite ? QStringLiteral("sqlite") : QStringLiteral("pgdump");
}

// <name>-backup-<yyyyMMdd-HHmmss-zzz>Z-<reason>.<extension>; the time sorts as text.
QRegularExpression pattern(const DatabaseUrl &url)
{
    return QRegularExpression(QStringLiteral("^%1-backup-(\\d{8}-\\d{6}-\\d{3})Z-[a-z]+\\.%2$")
                                  .arg(QRegularExpression::escape(AutoBackup::databaseName(url)), extension(url)));
}

QString dailyKey(const DatabaseUrl &url)
{
    const QByteArray id = QCryptographicHash::hash(url.text().toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return QStringLiteral("backup/lastDaily-") + QString::fromLatin1(id);
}
} // namespace

int AutoBackup::keepSetting()
{
    const int keep = QSettings().value(kKeepKey, kDefaultKeep).toInt();
    return keep < 1 ? kDefaultKeep : keep;
}

void AutoBackup::setKeepSetting(int keep)
{
    QSettings().setValue(kKeepKey, std::max(1, keep));
}

QString AutoBackup::defaultFolder()
{
    if (!folderOverride().isEmpty())
        return folderOverride();
    return QFileInfo(DatabaseUrl::defaultLocal().path).absolutePath();
}

void AutoBackup::setDefaultFolderOverride(const QString &folder)
{
    folderOverride() = folder;
}

AutoBackup::AutoBackup(QString folder, int keep) : m_folder(std::move(folder)), m_keep(std::max(1, keep))
{ }

QString AutoBackup::databaseName(const DatabaseUrl &url)
{
    QString name = url.type == DbType::SQLite ? QFileInfo(url.path).completeBaseName() : url.database;
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]"));
    name.replace(unsafe, QStringLiteral("_"));
    return name.isEmpty() ? QStringLiteral("database") : name;
}

QString AutoBackup::nextFile(const DatabaseUrl &url, const QString &reason) const
{
    QDateTime now = QDateTime::currentDateTimeUtc();
    const QDir dir(m_folder);
    for (;;) {
        const QString name =
            QStringLiteral("%1-backup-%2Z-%3.%4")
                .arg(databaseName(url), now.toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")), reason, extension(url));
        if (!QFileInfo::exists(dir.filePath(name)))
            return dir.filePath(name);
        now = now.addMSecs(1);
    }
}

QStringList AutoBackup::backups(const DatabaseUrl &url) const
{
    const QRegularExpression re = pattern(url);
    QStringList names;
    const QStringList entries = QDir(m_folder).entryList(QDir::Files);
    for (const QString &entry : entries) {
        if (re.match(entry).hasMatch())
            names << entry;
    }
    // Newest first: by the time in the name.
    std::sort(names.begin(), names.end(),
              [&re](const QString &a, const QString &b) { return re.match(a).captured(1) > re.match(b).captured(1); });
    QStringList paths;
    for (const QString &name : std::as_const(names))
        paths << QDir(m_folder).filePath(name);
    return paths;
}

QString AutoBackup::restoreHint(const DatabaseUrl &url)
{
    const AutoBackup backups;
    const QString newest = backups.newestVerified(url);
    return newest.isEmpty()
        ? tr("Restore a backup with `director-of-one db restore FILE`; there is no backup of it in %1.").arg(backups.folder())
        : tr("Restore a backup with `director-of-one db restore FILE`; the newest verified backup is %1.").arg(newest);
}

QString AutoBackup::newestVerified(const DatabaseUrl &url) const
{
    const QStringList all = backups(url);
    for (const QString &path : all) {
        if (DatabaseBackup::verifyFile(url.type, path))
            return path;
    }
    return {};
}

void AutoBackup::rotate(const DatabaseUrl &url, const QString &spare) const
{
    // Only names of the program's pattern for this database; the newest `keep` stay, so the
    // backup just written and verified is never among those deleted.
    const QStringList all = backups(url);
    for (qsizetype i = m_keep; i < all.size(); ++i) {
        if (!spare.isEmpty() && QFileInfo(all.at(i)) == QFileInfo(spare))
            continue;
        if (QFile::remove(all.at(i)))
            qCInfo(lcDbConnection) << "rotated out" << all.at(i);
    }
}

Result<QString> AutoBackup::run(Database &db, const QString &reason, const QString &spare)
{
    if (!QDir().mkpath(m_folder))
        return Error::make(Error::Kind::Internal, tr("cannot create the backup folder %1").arg(m_folder));
    const QString file = nextFile(db.url(), reason);
    auto report = DatabaseBackup::backup(db, file);
    if (!report)
        return report.error();
    rotate(db.url(), spare);
    return file;
}

Status AutoBackup::beforeChange(Database &db, const QString &reason)
{
    if (db.type() == DbType::PostgreSQL) {
        if (Status tools = DatabaseBackup::postgresToolsAvailable(); !tools) {
            qCWarning(lcDbConnection) << "no backup before" << reason << ":" << tools.error().text();
            return {};
        }
    }
    auto made = AutoBackup().run(db, reason);
    if (!made)
        return Error::make(made.error().kind,
                           tr("the automatic backup failed, so nothing was changed: %1").arg(made.error().text()));
    qCInfo(lcDbConnection) << "backup before" << reason << ":" << *made;
    return {};
}

Result<bool> AutoBackup::dailyIfDue(Database &db, const QDate &today)
{
    const QString key = dailyKey(db.url());
    if (QSettings().value(key).toDate() == today)
        return false;
    auto made = run(db, QStringLiteral("daily"));
    if (!made)
        return made.error();
    QSettings().setValue(key, today);
    return true;
}

} // namespace doo
