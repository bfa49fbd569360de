#include "ExchangeCli.h"

#include "CliSupport.h"
#include "domain/Clock.h"
#include "Output.h"
#include "exchange/CalendarExport.h"
#include "exchange/CsvExport.h"
#include "exchange/CsvImport.h"
#include "exchange/TaskwarriorImport.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

namespace doo::cli {

namespace {

const QList<Subcommand> &importCommands()
{
    static const QList<Subcommand> list = {
        {QStringLiteral("csv"),
         {QStringLiteral("FILE")},
         {QStringLiteral("--kind")},
         {QStringLiteral("--skip-invalid")},
         QStringLiteral("import csv FILE --kind tasks|consultations [--skip-invalid] [--json]")},
        {QStringLiteral("taskwarrior"),
         {QStringLiteral("FILE")},
         {},
         {QStringLiteral("--skip-invalid")},
         QStringLiteral("import taskwarrior FILE [--skip-invalid] [--json]")},
    };
    return list;
}

const QList<Subcommand> &exportCommands()
{
    static const QList<Subcommand> list = {
        {QStringLiteral("csv"),
         {QStringLiteral("FILE")},
         {QStringLiteral("--kind")},
         {},
         QStringLiteral("export csv FILE --kind tasks|consultations")},
        {QStringLiteral("ics"), {QStringLiteral("FILE")}, {}, {}, QStringLiteral("export ics FILE")},
    };
    return list;
}

// --kind, checked; an empty optional after printing the usage error.
std::optional<ImportPlan::Kind> kindOf(const Args &args, const Subcommand &sub, const QString &group)
{
    const QString kind = args.option(QStringLiteral("--kind")).trimmed().toLower();
    if (kind == QLatin1String("tasks"))
        return ImportPlan::Kind::Tasks;
    if (kind == QLatin1String("consultations"))
        return ImportPlan::Kind::Consultations;
    fail(group + QLatin1Char(' ') + sub.name + QStringLiteral(": ")
             + (kind.isEmpty() ? Cli::tr("--kind is required") : Cli::tr("unknown --kind \"%1\"").arg(kind))
             + Cli::tr(" (tasks or consultations)\nusage: director-of-one %1").arg(sub.synopsis),
         Usage);
    return std::nullopt;
}

Result<QByteArray> readInput(const QString &path)
{
    QFile file(path);
    const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
    if (!opened)
        return Error::validation(QStringLiteral("file"), Cli::tr("cannot read %1: %2").arg(path, file.errorString()));
    return file.readAll();
}

int writeOutput(const QString &path, const QByteArray &bytes, const QString &what)
{
    if (path == QLatin1String("-")) {
        printBytes(bytes);
        return Ok;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(Cli::tr("cannot write %1: %2").arg(path, file.errorString()));
    out() << Cli::tr("Wrote %1 to %2").arg(what, path) << Qt::endl;
    return Ok;
}

int runImport(const Args &args, const std::function<Result<ImportPlan>(Database &, const UserContext &)> &planner)
{
    return withUser(args, [&](Database &db, const UserContext &ctx) -> int {
        const auto plan = planner(db, ctx);
        if (!plan)
            return fail(plan.error().text());
        const bool skip = args.has(QStringLiteral("--skip-invalid"));
        const auto summary = Import::apply(db, ctx, *plan, skip);
        if (!summary)
            return fail(summary.error().message);
        for (const ImportIssue &issue : plan->issues) // skipped rows, reported
            err() << "director-of-one: " << Cli::tr("skipped %1").arg(issue.text()) << Qt::endl;
        if (args.has(QStringLiteral("--json"))) {
            printJson(summary->toJson());
            return Ok;
        }
        out() << Cli::tr("Imported %n rows", nullptr, summary->imported)
              << Cli::tr("; %n already there", nullptr, summary->duplicates)
              << Cli::tr("; %n invalid skipped", nullptr, summary->skipped) << Qt::endl;
        return Ok;
    });
}

int importCsv(const Args &args, const Subcommand &sub)
{
    const auto kind = kindOf(args, sub, QStringLiteral("import"));
    if (!kind)
        return Usage;
    const auto bytes = readInput(args.words.at(2));
    if (!bytes)
        return fail(bytes.error().text());
    return runImport(args, [&](Database &db, const UserContext &ctx) { return CsvImport(db, ctx).plan(*kind, *bytes); });
}

int importTaskwarrior(const Args &args)
{
    const auto bytes = readInput(args.words.at(2));
    if (!bytes)
        return fail(bytes.error().text());
    return runImport(args, [&](Database &db, const UserContext &ctx) { return TaskwarriorImport(db, ctx).plan(*bytes); });
}

int exportCsv(const Args &args, const Subcommand &sub)
{
    const auto kind = kindOf(args, sub, QStringLiteral("export"));
    if (!kind)
        return Usage;
    return withUser(args, [&](Database &db, const UserContext &ctx) -> int {
        const bool tasks = *kind == ImportPlan::Kind::Tasks;
        const auto csv = tasks ? CsvExport::tasks(db, ctx) : CsvExport::consultations(db, ctx);
        if (!csv)
            return fail(csv.error().text());
        return writeOutput(args.words.at(2), *csv, tasks ? Cli::tr("the tasks") : Cli::tr("the consultations"));
    });
}

int exportIcs(const Args &args)
{
    return withUser(args, [&](Database &db, const UserContext &ctx) -> int {
        const auto ics = CalendarExport::build(db, ctx, Clock::currentUtc());
        if (!ics)
            return fail(ics.error().text());
        return writeOutput(args.words.at(2), *ics, Cli::tr("the calendar"));
    });
}

} // namespace

QStringList exchangeValueOptions()
{
    return optionsOf(importCommands()) + optionsOf(exportCommands());
}

int runImportCommand(const Args &args)
{
    int code = Usage;
    const Subcommand *sub = findSubcommand(importCommands(), args, QStringLiteral("import"), &code);
    if (!sub)
        return code;
    if (!checkUsage(args, QStringLiteral("import"), *sub))
        return Usage;
    if (sub->name == QLatin1String("csv"))
        return importCsv(args, *sub);
    return importTaskwarrior(args);
}

int runExportCommand(const Args &args)
{
    int code = Usage;
    const Subcommand *sub = findSubcommand(exportCommands(), args, QStringLiteral("export"), &code);
    if (!sub)
        return code;
    if (!checkUsage(args, QStringLiteral("export"), *sub))
        return Usage;
    if (sub->name == QLatin1String("csv"))
        return exportCsv(args, *sub);
    return exportIcs(args);
}

} // namespace doo::cli
