// DatabaseBackup on PostgreSQL: pg_dump and pg_restore as child processes.
#include "db/DatabaseBackup.h"

#include "db/AutoBackup.h"
#include "db/Database.h"
#include "db/Logging.h"
#include "db/Migrator.h"
#include "db/Query.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QUuid>

#include <cstdio>

namespace doo {

namespace {
// The program with the connection's password in its environment only (never in argv or a file).
struct Tool
{
    QString program;
    QStringList arguments;
    const DatabaseUrl *url = nullptr;
};

void prepare(QProcess &process, const Tool &tool)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (tool.url && !tool.url->password.isEmpty())
        env.insert(QStringLiteral("PGPASSWORD"), tool.url->password);
    env.insert(QStringLiteral("PGCONNECT_TIMEOUT"), QStringLiteral("10"));
    process.setProcessEnvironment(env);
    process.setProgram(QStandardPaths::findExecutable(tool.program));
    process.setArguments(tool.arguments);
}

// Runs to the end; the error names the program and carries what it printed on stderr.
Status runTool(const Tool &tool, QByteArray *output = nullptr)
{
    QProcess process;
    prepare(process, tool);
    process.start();
    if (!process.waitForStarted())
        return Error::make(Error::Kind::Internal,
                           DatabaseBackup::tr("cannot start %1: %2").arg(tool.program, process.errorString()));
    process.closeWriteChannel();
    process.waitForFinished(-1);
    if (output)
        *output = process.readAllStandardOutput();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return Error::make(Error::Kind::Internal,
                           DatabaseBackup::tr("%1 failed: %2")
                               .arg(tool.program, QString::fromLocal8Bit(process.readAllStandardError()).trimmed()));
    return {};
}

QString tableOfCopy(const QByteArray &line)
{
    // COPY public.task (id, title, …) FROM stdin;
    QByteArray name = line.mid(5, line.indexOf(' ', 5) - 5);
    if (const int dot = name.lastIndexOf('.'); dot >= 0)
        name = name.mid(dot + 1);
    if (name.startsWith('"') && name.endsWith('"'))
        name = name.mid(1, name.size() - 2).replace("\"\"", "\"");
    return QString::fromUtf8(name);
}
} // namespace

Status DatabaseBackup::postgresToolsAvailable()
{
    for (const char *program : {"pg_dump", "pg_restore"}) {
        if (QStandardPaths::findExecutable(QLatin1String(program)).isEmpty())
            return Error::make(Error::Kind::Validation,
                               tr("%1 is not installed: it makes and restores PostgreSQL backups (Debian: apt install "
                                  "postgresql-client)")
                                   .arg(QLatin1String(program)));
    }
    return {};
}

Result<QMap<QString, qint64>> DatabaseBackup::dumpCounts(const QString &file, const DatabaseUrl *url)
{
    Q_UNUSED(url)
    if (Status s = postgresToolsAvailable(); !s)
        return s.error();
    // The dump's data as COPY blocks, one line per row (COPY escapes line breaks in values).
    QProcess process;
    prepare(process,
            {QStringLiteral("pg_restore"), {QStringLiteral("--data-only"), QStringLiteral("-f"), QStringLiteral("-"), file}});
    process.start();
    if (!process.waitForStarted())
        return Error::make(Error::Kind::Internal, tr("cannot start pg_restore: %1").arg(process.errorString()));
    process.closeWriteChannel();
    QMap<QString, qint64> counts;
    QString table;
    int maxVersion = 0;
    bool inCopy = false;
    QByteArray pending;
    auto consume = [&](const QByteArray &line) {
        if (!inCopy) {
            if (line.startsWith("COPY ") && line.endsWith("FROM stdin;")) {
                table = tableOfCopy(line);
                counts.insert(table, 0);
                inCopy = true;
            }
            return;
        }
        if (line == "\\.") {
            inCopy = false;
            return;
        }
        ++counts[table];
        if (table == QLatin1String("schema_version"))
            maxVersion = std::max(maxVersion, line.left(line.indexOf('\t')).toInt());
    };
    while (process.state() != QProcess::NotRunning || process.bytesAvailable() > 0) {
        if (process.bytesAvailable() == 0 && !process.waitForReadyRead(-1) && process.state() == QProcess::NotRunning
            && process.bytesAvailable() == 0)
            break;
        pending += process.readAllStandardOutput();
        qsizetype start = 0;
        for (qsizetype end = pending.indexOf('\n'); end >= 0; end = pending.indexOf('\n', start)) {
            consume(pending.mid(start, end - start));
            start = end + 1;
        }
        pending.remove(0, start);
    }
    process.waitForFinished(-1);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return Error::make(Error::Kind::Damaged,
                           tr("%1 is not a readable PostgreSQL backup: %2")
                               .arg(file, QString::fromLocal8Bit(process.readAllStandardError()).trimmed()));
    if (!counts.contains(QStringLiteral("schema_version")))
        return Error::make(Error::Kind::Validation, tr("%1 is no Director of One backup (it has no schema_version)").arg(file));
    const int latest = Migrator::latestVersionOf(DbType::PostgreSQL);
    if (maxVersion > latest)
        return Error::make(Error::Kind::Schema,
                           tr("%1 was written by a newer version of Director of One (schema version %2; this program "
                              "knows up to %3)")
                               .arg(file)
                               .arg(maxVersion)
                               .arg(latest));
    return counts;
}

namespace {
// count(*) of every table of the current schema, in the transaction the caller opened.
Result<QMap<QString, qint64>> schemaCounts(Database &db)
{
    Query list(db);
    if (!list.exec(QStringLiteral("SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = current_schema() "
                                  "ORDER BY tablename")))
        return list.error();
    QStringList tables;
    while (list.next())
        tables << list.value(0).toString();
    QMap<QString, qint64> counts;
    for (const QString &table : std::as_const(tables)) {
        Query count(db);
        QString quoted = table;
        quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
        // The name comes from the catalog, quoted as an identifier.
        if (!count.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(quoted)) || !count.next())
            return count.error();
        counts.insert(table, count.value(0).toLongLong());
    }
    return counts;
}
} // namespace

Result<DatabaseBackup::Report> DatabaseBackup::backupPostgres(Database &db, const QString &file)
{
    if (Status s = postgresToolsAvailable(); !s)
        return s.error();
    Report report;
    report.file = QFileInfo(file).absoluteFilePath();
    const QFileInfo info(file);
    const QString temp = info.absoluteDir().filePath(
        QStringLiteral(".%1.%2.part").arg(info.fileName(), QUuid::createUuid().toString(QUuid::Id128).left(8)));
    {
        // The counts and pg_dump read one exported snapshot.
        Query begin(db);
        if (!begin.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY")))
            return begin.error();
        auto rollback = [&db] {
            Query end(db);
            end.exec(QStringLiteral("ROLLBACK"));
        };
        Query snapshot(db);
        if (!snapshot.exec(QStringLiteral("SELECT pg_export_snapshot()")) || !snapshot.next()) {
            rollback();
            return snapshot.error();
        }
        const QString id = snapshot.value(0).toString();
        auto counts = schemaCounts(db);
        if (!counts) {
            rollback();
            return counts.error();
        }
        report.rowCounts = *counts;
        Status dumped = runTool({QStringLiteral("pg_dump"),
                                 {QStringLiteral("-Fc"), QStringLiteral("--snapshot=") + id, QStringLiteral("-f"), temp,
                                  QStringLiteral("--dbname=") + db.url().text()},
                                 &db.url()});
        rollback();
        if (!dumped) {
            QFile::remove(temp);
            return dumped.error();
        }
    }
    afterCopy(temp);
    auto copied = dumpCounts(temp, nullptr);
    QString failure;
    if (!copied)
        failure = copied.error().text();
    else if (*copied != report.rowCounts)
        failure = tr("the dump's row counts differ from the database's");
    if (!failure.isEmpty()) {
        QFile::remove(temp);
        qCWarning(lcDbError) << "backup verification failed:" << failure;
        return Error::make(Error::Kind::Internal, tr("The backup was not verified and has been deleted: %1").arg(failure));
    }
    if (std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(file).constData()) != 0) {
        QFile::remove(temp);
        return Error::make(Error::Kind::Internal, tr("cannot rename the verified backup to %1").arg(file));
    }
    return report;
}

Result<DatabaseBackup::Report> DatabaseBackup::restorePostgres(const DatabaseUrl &url, const QString &file,
                                                               const QString &keepFolder)
{
    auto counts = dumpCounts(file, &url);
    if (!counts)
        return counts.error();
    Report report;
    report.file = QFileInfo(file).absoluteFilePath();
    report.rowCounts = *counts;
    {
        auto db = Database::open(url, QStringLiteral("doo-restore-keep"));
        if (!db)
            return db.error();
        auto kept = AutoBackup(keepFolder, AutoBackup::keepSetting()).run(**db, QStringLiteral("restore"), file);
        if (!kept)
            return kept.error();
        report.keptCurrent = *kept;
    }
    // One transaction: a restore that fails half-way leaves the database as it was.
    Status restored = runTool({QStringLiteral("pg_restore"),
                               {QStringLiteral("--clean"), QStringLiteral("--if-exists"), QStringLiteral("--single-transaction"),
                                QStringLiteral("--exit-on-error"), QStringLiteral("--dbname=") + url.text(), file},
                               &url});
    if (!restored)
        return restored.error();
    auto db = Database::open(url, QStringLiteral("doo-restore-check"));
    if (!db)
        return db.error();
    auto after = schemaCounts(**db);
    if (!after)
        return after.error();
    for (auto it = report.rowCounts.constBegin(); it != report.rowCounts.constEnd(); ++it) {
        if (after->value(it.key(), -1) != it.value())
            return Error::make(Error::Kind::Internal,
                               tr("the restored table %1 has %2 rows, the backup %3")
                                   .arg(it.key())
                                   .arg(after->value(it.key(), -1))
                                   .arg(it.value()));
    }
    qCInfo(lcDbConnection) << "restored" << url.display() << "from" << file;
    return report;
}

} // namespace doo
