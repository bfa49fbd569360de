#include "ExchangeCli.h"

#include "CliSupport.h"
#include "domain/Clock.h"
#include "Output.h"
#include "exchange/CalendarExport.h"
#include "exchange/CsvExport.h"
#include "exchange/CsvImport.h"
#include "exchange/ImportInput.h"
#include "exchange/TaskwarriorImport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

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

// A progress line on standard error while an import runs: when it is a terminal, or when
// DIRECTOR_PROGRESS=1 asks for it (tests).
class ProgressLine
{
public:
    ProgressLine()
        : m_on(qEnvironmentVariable("DIRECTOR_PROGRESS") == QLatin1String("1")
               || (qEnvironmentVariable("DIRECTOR_PROGRESS") != QLatin1String("0") && isatty(fileno(stderr))))
    {
        m_clock.start();
    }
    ~ProgressLine()
    {
        if (m_shown)
            err() << Qt::endl;
    }
    Import::Progress callback()
    {
        if (!m_on)
            return {};
        return [this](qint64 done, qint64 total, int rows) {
            if (m_shown && m_clock.elapsed() < 200)
                return true;
            m_clock.restart();
            m_shown = true;
            const QString line = total > 0 ? Cli::tr("Importing: %Ln rows read (%1%)", nullptr, rows).arg(done * 100 / total)
                                           : Cli::tr("Importing: %Ln rows read", nullptr, rows);
            err() << '\r' << line << Qt::flush;
            return true;
        };
    }

private:
    bool m_on = false;
    bool m_shown = false;
    QElapsedTimer m_clock;
};

int runImport(const Args &args, const QString &path,
              const std::function<Import::Reader(Database &, const UserContext &)> &readerFor)
{
    const auto input = Import::openInput(path);
    if (!input)
        return fail(input.error().text());
    return withUser(args, [&](Database &db, const UserContext &ctx) -> int {
        const bool skip = args.has(QStringLiteral("--skip-invalid"));
        ImportPlan plan;
        const auto summary = [&] {
            ProgressLine progress; // ended (its line closed) before anything else is printed
            return Import::apply(db, ctx, **input, readerFor(db, ctx), skip, progress.callback(), &plan);
        }();
        if (!summary)
            return fail(summary.error().message);
        for (const ImportIssue &issue : std::as_const(plan.issues)) // skipped rows, reported
            err() << "director-of-one: " << Cli::tr("skipped %1").arg(issue.text()) << Qt::endl;
        if (plan.moreIssues > 0)
            err() << "director-of-one: " << Import::Messages::tr("… and %Ln more problems", nullptr, plan.moreIssues) << Qt::endl;
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
    return runImport(args, args.words.at(2), [&](Database &db, const UserContext &ctx) -> Import::Reader {
        return [&db, ctx, kind = *kind](QIODevice &input, ImportSink *sink, const Import::Progress &progress) {
            return CsvImport(db, ctx).read(kind, input, sink, progress);
        };
    });
}

int importTaskwarrior(const Args &args)
{
    return runImport(args, args.words.at(2), [&](Database &db, const UserContext &ctx) -> Import::Reader {
        return [&db, ctx](QIODevice &input, ImportSink *sink, const Import::Progress &progress) {
            return TaskwarriorImport(db, ctx).read(input, sink, progress);
        };
    });
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
