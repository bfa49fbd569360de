#include "DbCommands.h"

#include "domain/LocaleFormat.h"
#include "AppContext.h"
#include "CommandLine.h"
#include "Output.h"
#include "exchange/Seeder.h"
#include "db/AutoBackup.h"
#include "db/DatabaseBackup.h"
#include "db/Migrator.h"
#include "db/Query.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>
#include <QTextStream>

#include <unistd.h>

namespace doo::cli {

namespace {

const QStringList kCountedTables = {
    QStringLiteral("app_user"),           QStringLiteral("task"),
    QStringLiteral("task_history"),       QStringLiteral("workflow"),
    QStringLiteral("workflow_execution"), QStringLiteral("consultation"),
    QStringLiteral("analytics"),          QStringLiteral("notification"),
    QStringLiteral("execution_change"),   QStringLiteral("consultation_history"),
};
// The archive tables of migration 011 (retention): counted once the schema has them.
const QStringList kArchiveTables = {
    QStringLiteral("workflow_execution_archive"),
    QStringLiteral("execution_change_archive"),
    QStringLiteral("task_history_archive"),
    QStringLiteral("consultation_history_archive"),
};
constexpr int kArchiveVersion = 11;

// The SQLite file with its write-ahead log, in bytes; -1 on PostgreSQL.
qint64 fileSize(const Database &db)
{
    if (db.type() != DbType::SQLite)
        return -1;
    const QString path = db.url().path;
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

int migrate(const Args &args)
{
    auto context = AppContext::open(args.option(QStringLiteral("--database")), false);
    if (!context)
        return fail(context.error().text());
    Migrator migrator((*context)->db());
    const auto applied = migrator.migrate();
    if (!applied)
        return fail(applied.error().text());
    out() << Cli::tr("Applied %n migrations; schema version %1.", nullptr, *applied).arg(migrator.latestVersion()) << Qt::endl;
    const auto user = (*context)->resolveUser(args.option(QStringLiteral("--user")));
    if (!user)
        return fail(user.error().text());
    out() << Cli::tr("Current user: %1 <%2>").arg(user->name, user->email) << Qt::endl;
    return Ok;
}

int status(const Args &args)
{
    auto context = AppContext::open(args.option(QStringLiteral("--database")), false);
    if (!context)
        return fail(context.error().text());
    Database &db = (*context)->db();
    Migrator migrator(db);
    const auto current = migrator.currentVersion();
    if (!current)
        return fail(current.error().text());
    QJsonObject counts;
    if (*current > 0) {
        for (const QString &table : kCountedTables + (*current >= kArchiveVersion ? kArchiveTables : QStringList())) {
            Query q(db);
            // Table names come from the fixed list above, never from input.
            if (!q.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !q.next())
                return fail(q.error().text());
            counts.insert(table == QLatin1String("app_user") ? QStringLiteral("user") : table, q.value(0).toInt());
        }
    }
    const QString backend = db.type() == DbType::SQLite ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
    const qint64 size = fileSize(db);
    if (args.has(QStringLiteral("--json"))) {
        printJson(QJsonObject{{QStringLiteral("backend"), backend},
                              {QStringLiteral("database"), db.url().display()},
                              {QStringLiteral("schemaVersion"), *current},
                              {QStringLiteral("latestSchemaVersion"), migrator.latestVersion()},
                              {QStringLiteral("rowCounts"), counts},
                              {QStringLiteral("fileBytes"), size >= 0 ? QJsonValue(size) : QJsonValue()}});
        return Ok;
    }
    out() << Cli::tr("Backend:        %1").arg(db.url().display()) << Qt::endl;
    out() << Cli::tr("Schema version: %1 (this program: %2)").arg(*current).arg(migrator.latestVersion()) << Qt::endl;
    if (*current < migrator.latestVersion())
        out() << Cli::tr("The schema needs an upgrade: run `director-of-one db migrate`.") << Qt::endl;
    else if (*current > migrator.latestVersion())
        out() << Cli::tr("This database was written by a newer version of Director of One.") << Qt::endl;
    if (size >= 0)
        out() << Cli::tr("File size:      %1").arg(LocaleFormat::fileSize(size)) << Qt::endl;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        out() << QStringLiteral("  %1 %2").arg(it.key() + QLatin1Char(':'), -30).arg(it.value().toInt()) << Qt::endl;
    return Ok;
}

int seed(const Args &args)
{
    auto opened = AppContext::openAs(args.option(QStringLiteral("--database")), args.option(QStringLiteral("--user")));
    if (!opened)
        return fail(opened.error().text());
    auto &[context, user] = *opened;
    const auto report = Seeder::seed(context->db(), user);
    if (!report)
        return fail(report.error().text());
    out() << Cli::tr("Seeded for %1: %2 tasks, %3 workflows, %4 executions, %5 days of analytics, %6 consultations, "
                     "%7 notifications.")
                 .arg(user.email)
                 .arg(report->tasks)
                 .arg(report->workflows)
                 .arg(report->executions)
                 .arg(report->analyticsDays)
                 .arg(report->consultations)
                 .arg(report->notifications)
          << Qt::endl;
    return Ok;
}

int reset(const Args &args)
{
    if (!args.has(QStringLiteral("--yes")))
        return fail(Cli::tr("db reset deletes every row of the database; add --yes to confirm"), Usage);
    auto context = AppContext::open(args.option(QStringLiteral("--database")), false);
    if (!context)
        return fail(context.error().text());
    Migrator migrator((*context)->db());
    if (Status may = migrator.mayDropAll(); !may)
        return fail(may.error().text());
    if (const auto current = migrator.currentVersion(); !current)
        return fail(current.error().text());
    else if (*current > 0) {
        if (Status s = AutoBackup::beforeChange((*context)->db(), QStringLiteral("reset")); !s)
            return fail(s.error().text());
    }
    if (Status s = migrator.dropAll(); !s)
        return fail(s.error().text());
    if (auto applied = migrator.migrate(); !applied)
        return fail(applied.error().text());
    const auto user = (*context)->resolveUser(QString());
    if (!user)
        return fail(user.error().text());
    out() << Cli::tr("The database was reset to schema version %1; local profile %2.")
                 .arg(migrator.latestVersion())
                 .arg(user->email)
          << Qt::endl;
    return Ok;
}

QString countsText(const QMap<QString, qint64> &counts)
{
    qint64 rows = 0;
    for (const qint64 n : counts)
        rows += n;
    return Cli::tr("%n tables", nullptr, int(counts.size())) + QStringLiteral(", ") + Cli::tr("%n rows", nullptr, int(rows));
}

int backup(const Args &args)
{
    const QString file = QFileInfo(args.words.value(2)).absoluteFilePath();
    auto context = AppContext::open(args.option(QStringLiteral("--database")), false);
    if (!context)
        return fail(context.error().text());
    const auto report = DatabaseBackup::backup((*context)->db(), file);
    if (!report)
        return fail(report.error().text());
    out() << Cli::tr("Backed up %1 to %2 and verified it (%3).")
                 .arg((*context)->db().url().display(), report->file, countsText(report->rowCounts))
          << Qt::endl;
    return Ok;
}

int restore(const Args &args)
{
    const QString file = QFileInfo(args.words.value(2)).absoluteFilePath();
    auto url = AppContext::resolveTarget(args.option(QStringLiteral("--database")));
    if (!url)
        return fail(url.error().text());
    const auto contents = DatabaseBackup::verifyFile(url->type, file);
    if (!contents)
        return fail(contents.error().text());
    const QString folder = AutoBackup::defaultFolder();
    if (!args.has(QStringLiteral("--yes"))) {
        if (!isatty(STDIN_FILENO))
            return fail(Cli::tr("db restore replaces the database %1; add --yes to confirm (there is no terminal to ask on)")
                            .arg(url->display()),
                        Usage);
        out() << Cli::tr("%1 is a verified backup (%2).").arg(file, countsText(*contents)) << Qt::endl;
        if (!askYes(Cli::tr("Replace the database %1 with it? The database as it is now is kept as a backup in %2. [y/N]")
                        .arg(url->display(), folder)))
            return fail(Cli::tr("nothing was restored"));
    }
    const auto report = DatabaseBackup::restore(*url, file, folder);
    if (!report)
        return fail(report.error().text());
    out() << Cli::tr("Restored %1 from %2 (%3).").arg(url->display(), report->file, countsText(report->rowCounts)) << Qt::endl;
    if (!report->keptCurrent.isEmpty())
        out() << Cli::tr("The database as it was is kept in %1.").arg(report->keptCurrent) << Qt::endl;
    return Ok;
}

} // namespace

int runDbCommand(const Args &args)
{
    const QString sub = args.words.value(1);
    if ((sub == QLatin1String("backup") || sub == QLatin1String("restore")) && args.words.size() == 3)
        return sub == QLatin1String("backup") ? backup(args) : restore(args);
    if (args.words.size() != 2)
        return fail(Cli::tr("usage: director-of-one db migrate|status|seed|reset --yes|backup FILE|restore FILE [--yes]"), Usage);
    if (sub == QLatin1String("migrate"))
        return migrate(args);
    if (sub == QLatin1String("status"))
        return status(args);
    if (sub == QLatin1String("seed"))
        return seed(args);
    if (sub == QLatin1String("reset"))
        return reset(args);
    return fail(Cli::tr("unknown db command \"%1\": use migrate, status, seed, reset, backup or restore").arg(sub), Usage);
}

} // namespace doo::cli
