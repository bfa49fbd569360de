#include "AnalyticsCli.h"

#include "domain/LocaleFormat.h"
#include "AppContext.h"
#include "CommandLine.h"
#include "Output.h"
#include "repositories/DashboardLoader.h"
#include "repositories/DashboardQueries.h"
#include "repositories/AnalyticsRepository.h"
#include "workflow/PdfDrawing.h"
#include "workflow/ReportWriter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>

namespace doo::cli {

namespace {

constexpr int kDefaultDays = 30;
// The options of analytics summary, analytics series and export report.
const QStringList kRange = {QStringLiteral("--from"), QStringLiteral("--to")};
const QStringList kSeriesOptions = kRange + QStringList{QStringLiteral("--metric"), QStringLiteral("--bucket")};
const QStringList kReportOptions = kRange + QStringList{QStringLiteral("--pdf")};
const QStringList kMetrics = {QStringLiteral("hoursSaved"), QStringLiteral("tasksAutomated"), QStringLiteral("efficiencyScore"),
                              QStringLiteral("activeWorkflows")};

// Options and flags against what a command takes; a usage message or empty.
QString usageProblem(const Args &args, const QString &command, int words, const QStringList &options, bool json)
{
    if (args.words.size() > words)
        return command + QStringLiteral(": ") + Cli::tr("unexpected argument \"%1\"").arg(args.words.at(words));
    const QStringList names = args.options.uniqueKeys();
    for (const QString &name : names) {
        if (!options.contains(name) && !isGlobalOption(name))
            return command + QStringLiteral(": ") + Cli::tr("unknown option %1").arg(name);
        if (args.options.count(name) > 1)
            return command + QStringLiteral(": ") + Cli::tr("%1 is given more than once").arg(name);
    }
    for (const QString &flag : args.flags)
        if (!json || flag != QLatin1String("--json"))
            return command + QStringLiteral(": ") + Cli::tr("unknown option %1").arg(flag);
    return {};
}

// --from/--to: the last 30 days up to today (the user's calendar) when not given.
Result<DateRange> rangeFrom(const Args &args, Database &db, const User &user)
{
    DateRange range;
    if (args.options.contains(QStringLiteral("--to"))) {
        const auto to = parseDay(QStringLiteral("to"), args.option(QStringLiteral("--to")));
        if (!to)
            return to.error();
        range.to = *to;
    } else {
        const auto today = DashboardQueries(db, UserContext::of(user)).today();
        if (!today)
            return today.error();
        range.to = *today;
    }
    if (args.options.contains(QStringLiteral("--from"))) {
        const auto from = parseDay(QStringLiteral("from"), args.option(QStringLiteral("--from")));
        if (!from)
            return from.error();
        range.from = *from;
    } else {
        range.from = range.to.addDays(1 - kDefaultDays);
    }
    if (range.from > range.to)
        return Error::validation(QStringLiteral("to"),
                                 Cli::tr("must not be before --from (%1)").arg(range.from.toString(Qt::ISODate)));
    return range;
}

int summary(const Args &args, Database &db, const User &user, const DateRange &range)
{
    const UserContext ctx = UserContext::of(user);
    const auto current = DashboardLoader::summary(db, ctx, range);
    if (!current)
        return fail(current.error().text());
    const auto previous = DashboardLoader::summary(db, ctx, range.previous());
    if (!previous)
        return fail(previous.error().text());
    if (args.has(QStringLiteral("--json"))) {
        QJsonObject json = current->toJson();
        json.insert(QStringLiteral("previous"), previous->toJson());
        printJson(json);
        return Ok;
    }
    out() << Cli::tr("Analytics %1 to %2 (%3 days), compared with %4 to %5")
                 .arg(LocaleFormat::date(range.from), LocaleFormat::date(range.to), LocaleFormat::integer(range.days()),
                      LocaleFormat::date(previous->from), LocaleFormat::date(previous->to))
          << Qt::endl;
    for (const SummaryMetric &m : summaryMetrics(*current, *previous))
        out() << m.caption.leftJustified(26) << m.currentText.rightJustified(10) << m.previousText.rightJustified(12)
              << QStringLiteral("  ") << changeText(m.current, m.previous) << Qt::endl;
    return Ok;
}

int series(const Args &args, Database &db, const User &user, const DateRange &range)
{
    const QString metric = args.option(QStringLiteral("--metric"));
    if (!kMetrics.contains(metric))
        return fail(Cli::tr("metric: unknown value \"%1\" (use %2)").arg(metric, kMetrics.join(QStringLiteral(", "))));
    Bucket bucket = range.autoBucket();
    if (args.options.contains(QStringLiteral("--bucket")) && !bucketFromString(args.option(QStringLiteral("--bucket")), &bucket))
        return fail(Cli::tr("bucket: unknown value \"%1\" (use day, week, month)").arg(args.option(QStringLiteral("--bucket"))));
    const auto points = AnalyticsRepository(db, UserContext::of(user)).getTimeSeries(range.from, range.to, bucket);
    if (!points)
        return fail(points.error().text());
    auto valueOf = [&metric](const AnalyticsPoint &p) -> double {
        if (metric == QLatin1String("hoursSaved"))
            return p.timeSaved;
        if (metric == QLatin1String("tasksAutomated"))
            return p.tasksAutomated;
        if (metric == QLatin1String("efficiencyScore"))
            return p.efficiencyScore;
        return p.activeWorkflows;
    };
    if (args.has(QStringLiteral("--json"))) {
        QJsonArray array;
        for (const AnalyticsPoint &p : *points)
            array.append(QJsonObject{{QStringLiteral("start"), p.start.toString(Qt::ISODate)},
                                     {QStringLiteral("label"), bucketLabel(p.start, bucket)},
                                     {QStringLiteral("value"), valueOf(p)}});
        printJson(QJsonObject{{QStringLiteral("metric"), metric},
                              {QStringLiteral("bucket"), toString(bucket)},
                              {QStringLiteral("from"), range.from.toString(Qt::ISODate)},
                              {QStringLiteral("to"), range.to.toString(Qt::ISODate)},
                              {QStringLiteral("points"), array}});
        return Ok;
    }
    for (const AnalyticsPoint &p : *points)
        out() << bucketLabel(p.start, bucket).leftJustified(12)
              << QString::number(valueOf(p), 'f',
                                 metric == QLatin1String("hoursSaved") || metric == QLatin1String("efficiencyScore") ? 2 : 0)
              << Qt::endl;
    return Ok;
}

} // namespace

QStringList analyticsValueOptions()
{
    return kSeriesOptions + kReportOptions;
}

int runAnalyticsCommand(const Args &args)
{
    const QString name = args.words.value(1);
    QString problem;
    if (name == QLatin1String("summary"))
        problem = usageProblem(args, QStringLiteral("analytics summary"), 2, kRange, true);
    else if (name == QLatin1String("series"))
        problem = usageProblem(args, QStringLiteral("analytics series"), 2, kSeriesOptions, true);
    else
        problem = (name.isEmpty() ? Cli::tr("analytics needs a command") : Cli::tr("unknown analytics command \"%1\"").arg(name))
            + Cli::tr(": use summary or series");
    if (problem.isEmpty() && name == QLatin1String("series") && !args.options.contains(QStringLiteral("--metric")))
        problem = Cli::tr("analytics series: --metric is required (%1)").arg(kMetrics.join(QStringLiteral(", ")));
    if (!problem.isEmpty())
        return fail(problem + QLatin1Char('\n')
                        + Cli::tr("usage: director-of-one analytics summary [--from D] [--to D] [--json]\n"
                                  "       director-of-one analytics series --metric M [--bucket day|week|month] [--from D] "
                                  "[--to D] [--json]"),
                    Usage);
    auto opened = AppContext::openAs(args.option(QStringLiteral("--database")), args.option(QStringLiteral("--user")));
    if (!opened)
        return fail(opened.error().text());
    auto &[context, user] = *opened;
    const auto dates = rangeFrom(args, context->db(), user);
    if (!dates)
        return fail(dates.error().text());
    return name == QLatin1String("summary") ? summary(args, context->db(), user, *dates)
                                            : series(args, context->db(), user, *dates);
}

int runExportReport(const Args &args)
{
    QString problem = usageProblem(args, QStringLiteral("export report"), 2, kReportOptions, false);
    if (problem.isEmpty() && args.option(QStringLiteral("--pdf")).isEmpty())
        problem = Cli::tr("export report: --pdf FILE is required");
    if (!problem.isEmpty())
        return fail(problem + QLatin1Char('\n') + Cli::tr("usage: director-of-one export report --pdf FILE [--from D] [--to D]"),
                    Usage);
    auto opened = AppContext::openAs(args.option(QStringLiteral("--database")), args.option(QStringLiteral("--user")));
    if (!opened)
        return fail(opened.error().text());
    auto &[context, user] = *opened;
    const auto range = rangeFrom(args, context->db(), user);
    if (!range)
        return fail(range.error().text());
    const auto drawing = ReportWriter::pdfDrawing();
    if (!drawing)
        return fail(drawing.error().text());
    const auto data = DashboardLoader::load(context->db(), UserContext::of(user), *range, range->autoBucket());
    if (!data)
        return fail(data.error().text());
    const QString path = args.option(QStringLiteral("--pdf"));
    if (Status s = (*drawing)->dashboardReport(path, *data, Cli::tr("%1 <%2>").arg(user.name, user.email)); !s)
        return fail(s.error().text());
    out() << Cli::tr("Wrote the report for %1 to %2 to %3")
                 .arg(range->from.toString(Qt::ISODate), range->to.toString(Qt::ISODate), path)
          << Qt::endl;
    return Ok;
}

} // namespace doo::cli
