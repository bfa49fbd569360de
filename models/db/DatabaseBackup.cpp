#include "db/DatabaseBackup.h"
#include "db/DatabaseFile.h"

#include "db/AutoBackup.h"
#include "db/Database.h"
#include "db/Logging.h"
#include "db/Migrator.h"
#include "db/SqliteApi.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QUuid>

#include <cstdio>

namespace doo {

namespace {
std::function<void(const QString &)> &copyHook()
{
    static std::function<void(const QString &)> hook;
    return hook;
}

// A name beside `file` for the copy until it is verified.
QString temporaryName(const QString &file)
{
    const QFileInfo info(file);
    return info.absoluteDir().filePath(
        QStringLiteral(".%1.%2.part").arg(info.fileName(), QUuid::createUuid().toString(QUuid::Id128).left(8)));
}

QString differences(const QMap<QString, qint64> &expected, const QMap<QString, qint64> &found)
{
    QStringList lines;
    for (auto it = expected.constBegin(); it != expected.constEnd(); ++it) {
        if (found.value(it.key(), -1) != it.value())
            lines << QStringLiteral("%1 %2≠%3").arg(it.key()).arg(it.value()).arg(found.value(it.key(), -1));
    }
    for (auto it = found.constBegin(); it != found.constEnd(); ++it) {
        if (!expected.contains(it.key()))
            lines << it.key();
    }
    return lines.join(QLatin1String(", "));
}
} // namespace

void DatabaseBackup::setAfterCopyHook(std::function<void(const QString &)> hook)
{
    copyHook() = std::move(hook);
}

void DatabaseBackup::afterCopy(const QString &path)
{
    if (copyHook())
        copyHook()(path);
}

Result<DatabaseBackup::Report> DatabaseBackup::backup(Database &db, const QString &file)
{
    if (file.isEmpty())
        return Error::validation(QStringLiteral("file"), tr("no backup file given"));
    if (db.transactionDepth() > 0)
        return Error::make(Error::Kind::Busy, tr("a change is still in progress; back up later"));
    if (!QDir().mkpath(QFileInfo(file).absolutePath()))
        return Error::make(Error::Kind::Internal, tr("cannot create the folder %1").arg(QFileInfo(file).absolutePath()));
    return db.type() == DbType::SQLite ? backupSqlite(db, file) : backupPostgres(db, file);
}

Result<DatabaseBackup::Report> DatabaseBackup::backupSqlite(Database &db, const QString &file)
{
    sqlite3 *source = SqliteApi::handle(db.handle().driver());
    if (!source)
        return Error::make(Error::Kind::ConnectionLost, tr("the database is not open"));
    const QString temp = temporaryName(file);
    auto removeTemp = [&temp] {
        QFile::remove(temp);
        QFile::remove(temp + QStringLiteral("-journal"));
    };
    Report report;
    report.file = QFileInfo(file).absoluteFilePath();
    {
        // One read transaction: the counts and the copy are of the same snapshot.
        if (!SqliteApi::execute(source, "BEGIN"))
            return Error::make(Error::Kind::Busy, tr("cannot start reading the database"));
        const auto counts = SqliteApi::rowCounts(source);
        QString message;
        const bool copied = counts && SqliteApi::backupTo(source, temp, &message);
        SqliteApi::execute(source, "COMMIT");
        if (!counts) {
            removeTemp();
            return Error::make(Error::Kind::Internal, tr("cannot count the rows of the database"));
        }
        if (!copied) {
            removeTemp();
            return Error::make(Error::Kind::Internal, tr("cannot write the backup %1: %2").arg(file, message));
        }
        report.rowCounts = *counts;
    }
    afterCopy(temp);
    // The copy, read back from the disk on a connection of its own.
    const SqliteApi::FileCheck check = SqliteApi::checkFile(temp, SqliteApi::CheckDepth::Full);
    QString failure;
    if (!check.ok()) {
        failure = tr("the copy fails the integrity check (%1)").arg(check.detail);
    } else {
        SqliteApi::Connection copy(temp, true);
        const auto copied = copy.handle() ? SqliteApi::rowCounts(copy.handle()) : std::nullopt;
        if (!copied)
            failure = tr("the copy cannot be read");
        else if (*copied != report.rowCounts)
            failure = tr("the copy's row counts differ from the database's: %1").arg(differences(report.rowCounts, *copied));
    }
    if (!failure.isEmpty()) {
        removeTemp();
        qCWarning(lcDbError) << "backup verification failed:" << failure;
        return Error::make(Error::Kind::Internal, tr("The backup was not verified and has been deleted: %1").arg(failure));
    }
    // rename(2) replaces an existing file in one step; QFile::rename refuses to.
    if (std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(file).constData()) != 0) {
        removeTemp();
        return Error::make(Error::Kind::Internal, tr("cannot rename the verified backup to %1").arg(file));
    }
    qCInfo(lcDbConnection) << "backup written and verified:" << file;
    return report;
}

Result<QMap<QString, qint64>> DatabaseBackup::verifyFile(DbType type, const QString &file)
{
    if (!QFileInfo(file).isFile())
        return Error::make(Error::Kind::NotFound, tr("there is no file %1").arg(file));
    if (type == DbType::PostgreSQL)
        return dumpCounts(file, nullptr);
    const SqliteApi::FileCheck check = SqliteApi::checkFile(file, SqliteApi::CheckDepth::Full);
    if (check.outcome == SqliteApi::FileCheck::Outcome::NotADatabase)
        return Error::make(Error::Kind::Damaged, tr("%1 is not a SQLite database").arg(file));
    if (!check.ok())
        return Error::make(Error::Kind::Damaged, tr("%1 fails the integrity check: %2").arg(file, check.detail));
    if (Status own = DatabaseFile::refuseForeign(file, DatabaseFile::Emptiness::Refuse); !own)
        return own.error();
    SqliteApi::Connection connection(file, true);
    const auto counts = connection.handle() ? SqliteApi::rowCounts(connection.handle()) : std::nullopt;
    if (!counts)
        return Error::make(Error::Kind::Damaged, tr("%1 cannot be read").arg(file));
    if (!counts->contains(QStringLiteral("schema_version")))
        return Error::make(Error::Kind::Validation, tr("%1 is no Director of One database (it has no schema_version)").arg(file));
    SqliteStatement version(connection.handle());
    if (!version.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version"), {}) || !version.next())
        return Error::make(Error::Kind::Damaged, tr("%1 cannot be read").arg(file));
    const int latest = Migrator::latestVersionOf(type);
    if (version.integer(0) > latest)
        return Error::make(Error::Kind::Schema,
                           tr("%1 was written by a newer version of Director of One (schema version %2; this program "
                              "knows up to %3)")
                               .arg(file)
                               .arg(version.integer(0))
                               .arg(latest));
    return *counts;
}

Result<DatabaseBackup::Report> DatabaseBackup::restore(const DatabaseUrl &url, const QString &file, const QString &keepFolder)
{
    return url.type == DbType::SQLite ? restoreSqlite(url, file, keepFolder) : restorePostgres(url, file, keepFolder);
}

Result<DatabaseBackup::Report> DatabaseBackup::restoreSqlite(const DatabaseUrl &url, const QString &file,
                                                             const QString &keepFolder)
{
    auto counts = verifyFile(DbType::SQLite, file);
    if (!counts)
        return counts.error();
    Report report;
    report.file = QFileInfo(file).absoluteFilePath();
    report.rowCounts = *counts;
    if (QFileInfo(report.file) == QFileInfo(url.path))
        return Error::validation(QStringLiteral("file"), tr("%1 is the database itself").arg(file));
    AutoBackup keep(keepFolder, AutoBackup::keepSetting());
    if (QFileInfo(url.path).size() > 0) {
        const SqliteApi::FileCheck current = SqliteApi::checkFile(url.path, SqliteApi::CheckDepth::Quick);
        if (current.ok()) {
            // Empties the log into the file first, so that the kept copy and the swap see it all.
            auto db = Database::open(url, QStringLiteral("doo-restore-keep"));
            if (!db)
                return db.error();
            if (sqlite3 *raw = SqliteApi::handle((*db)->handle().driver()))
                SqliteApi::execute(raw, "PRAGMA wal_checkpoint(TRUNCATE)");
            auto kept = keep.run(**db, QStringLiteral("restore"), file);
            if (!kept)
                return kept.error();
            report.keptCurrent = *kept;
        } else {
            // A damaged file is kept as it is, under a name rotation never deletes.
            QDir().mkpath(keepFolder);
            report.keptCurrent =
                QDir(keepFolder)
                    .filePath(QStringLiteral("%1-damaged-%2.sqlite")
                                  .arg(AutoBackup::databaseName(url),
                                       QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"))));
            if (!QFile::copy(url.path, report.keptCurrent))
                return Error::make(Error::Kind::Internal, tr("cannot keep a copy of %1 in %2").arg(url.path, keepFolder));
        }
    }
    // The verified file goes beside the database under a temporary name, then replaces it in one
    // rename; the old file's log and shared memory must not be applied to the new one.
    const QString temp = temporaryName(url.path);
    if (!QFile::copy(file, temp))
        return Error::make(Error::Kind::Internal, tr("cannot copy %1 beside %2").arg(file, url.path));
    if (const auto copied = verifyFile(DbType::SQLite, temp); !copied || *copied != report.rowCounts) {
        QFile::remove(temp);
        return Error::make(Error::Kind::Internal, tr("the copy of %1 beside the database could not be verified").arg(file));
    }
    QFile::remove(url.path + QStringLiteral("-wal"));
    QFile::remove(url.path + QStringLiteral("-shm"));
    if (std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(url.path).constData()) != 0) {
        QFile::remove(temp);
        return Error::make(Error::Kind::Internal, tr("cannot replace %1").arg(url.path));
    }
    qCInfo(lcDbConnection) << "restored" << url.display() << "from" << file;
    return report;
}

} // namespace doo
