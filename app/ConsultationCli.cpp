#include "ConsultationCli.h"

#include "domain/LocaleFormat.h"
#include "CliSupport.h"
#include "domain/Clock.h"
#include "Output.h"
#include "exchange/CsvExport.h"
#include "exchange/ImportValues.h"
#include "repositories/ConsultationRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>

#include <algorithm>

namespace doo::cli {

namespace {

const QString kGroup = QStringLiteral("consultation");
constexpr int kStatsWeeks = 12;

const QList<Subcommand> &subcommands()
{
    const QString id = QStringLiteral("ID");
    static const QList<Subcommand> list = {
        {QStringLiteral("add"),
         {},
         {QStringLiteral("--name"), QStringLiteral("--email"), QStringLiteral("--company"), QStringLiteral("--department"),
          QStringLiteral("--challenges")},
         {},
         QStringLiteral("consultation add --name N --email E [--company C] [--department D] [--challenges T] [--json]")},
        {QStringLiteral("list"), {}, {QStringLiteral("--status")}, {}, QStringLiteral("consultation list [--status S] [--json]")},
        {QStringLiteral("schedule"),
         {id, QStringLiteral("WHEN")},
         {},
         {},
         QStringLiteral("consultation schedule ID YYYY-MM-DDTHH:MM [--json]")},
        {QStringLiteral("reschedule"),
         {id, QStringLiteral("WHEN")},
         {},
         {},
         QStringLiteral("consultation reschedule ID YYYY-MM-DDTHH:MM [--json]")},
        {QStringLiteral("complete"),
         {id},
         {QStringLiteral("--notes")},
         {},
         QStringLiteral("consultation complete ID [--notes T] [--json]")},
        {QStringLiteral("cancel"),
         {id},
         {QStringLiteral("--reason")},
         {},
         QStringLiteral("consultation cancel ID --reason R [--json]")},
        {QStringLiteral("no-show"), {id}, {}, {}, QStringLiteral("consultation no-show ID [--json]")},
        {QStringLiteral("stats"), {}, {}, {}, QStringLiteral("consultation stats [--json]")},
    };
    return list;
}

QString local(const QDateTime &t)
{
    return LocaleFormat::dateTime(t);
}

// A booking id or a full id.
Result<Consultation> resolve(ConsultationRepository &repo, const QString &given)
{
    static const QRegularExpression booking(QStringLiteral("^[A-Za-z]{2}-\\d{4}-\\d+$"));
    const QString text = given.trimmed();
    if (booking.match(text).hasMatch())
        return repo.findByBookingId(text);
    auto found = repo.findById(text.toLower());
    if (!found && found.error().kind == Error::Kind::NotFound)
        return Error::validation(
            QStringLiteral("id"),
            Cli::tr("no consultation \"%1\" (give its booking id, e.g. DO-2026-000123, or its id)").arg(given));
    return found;
}

// WHEN: YYYY-MM-DDTHH:MM local time, or ISO 8601 with a zone.
Result<QDateTime> parseWhen(const QString &text)
{
    static const QRegularExpression dateOnly(QStringLiteral("^\\s*\\d{4}-\\d{2}-\\d{2}\\s*$"));
    auto when = dateOnly.match(text).hasMatch() ? Result<QDateTime>(Error::validation(QString(), QString()))
                                                : ImportValues::dateTime(text, false);
    if (!when)
        return Error::validation(QStringLiteral("when"),
                                 Cli::tr("\"%1\" is not a date and time; use YYYY-MM-DDTHH:MM").arg(text));
    return when;
}

int print(const Args &args, const Consultation &c, const QString &sentence)
{
    if (args.has(QStringLiteral("--json")))
        printJson(c.toJson());
    else
        out() << sentence << Qt::endl;
    return Ok;
}

void warnOverlaps(ConsultationRepository &repo, const Consultation &c)
{
    const auto others = repo.overlapping(c.scheduledDate, c.id);
    if (!others)
        return;
    for (const Consultation &o : *others)
        err() << "director-of-one: "
              << Cli::tr("warning: %1 overlaps %2 (%3) at %4").arg(c.bookingId, o.bookingId, o.name, local(o.scheduledDate))
              << Qt::endl;
}

int add(const Args &args, ConsultationRepository &repo)
{
    Consultation c;
    c.name = args.option(QStringLiteral("--name"));
    c.email = args.option(QStringLiteral("--email"));
    c.company = args.option(QStringLiteral("--company"));
    c.department = args.option(QStringLiteral("--department"));
    c.challenges = args.option(QStringLiteral("--challenges"));
    const auto created = repo.create(c);
    if (!created)
        return fail(created.error().text());
    return print(args, *created,
                 Cli::tr("Created consultation %1: %2 <%3>").arg(created->bookingId, created->name, created->email));
}

int list(const Args &args, Database &db, const UserContext &ctx)
{
    std::optional<ConsultationStatus> status;
    if (args.options.contains(QStringLiteral("--status"))) {
        status = enumFromInput<ConsultationStatus>(args.option(QStringLiteral("--status")));
        if (!status)
            return fail(Error::validation(QStringLiteral("status"),
                                          ImportValues::unknown<ConsultationStatus>(args.option(QStringLiteral("--status"))))
                            .text());
    }
    auto all = CsvExport::allConsultations(db, ctx);
    if (!all)
        return fail(all.error().text());
    QList<Consultation> shown;
    for (const Consultation &c : *all)
        if (!status || c.status == *status)
            shown << c;
    if (args.has(QStringLiteral("--json"))) {
        QJsonArray array;
        for (const Consultation &c : std::as_const(shown))
            array.append(c.toJson());
        printJson(array);
        return Ok;
    }
    const QString statusHeader = Cli::tr("STATUS");
    // The widest status plus the no-show mark.
    const qsizetype statusWidth = std::max(widestDisplayName<ConsultationStatus>() + 1, statusHeader.size());
    // The locale's date and time differ in length ("12/6/26 9:05 AM"): the column is as wide as its widest.
    qsizetype whenWidth = Cli::tr("SCHEDULED").size();
    for (const Consultation &c : std::as_const(shown))
        whenWidth = std::max(whenWidth, local(c.scheduledDate).size());
    auto line = [statusWidth, whenWidth](const QString &a, const QString &b, const QString &c, const QString &d, const QString &e,
                                         const QString &f) -> QString {
        QString row = a.leftJustified(14) + QStringLiteral("  ") + b.leftJustified(statusWidth) + QStringLiteral("  ")
            + c.leftJustified(whenWidth) + QStringLiteral("  ") + d.leftJustified(22) + QStringLiteral("  ") + e.leftJustified(20)
            + QStringLiteral("  ") + f;
        while (row.endsWith(QLatin1Char(' ')))
            row.chop(1);
        return row + QLatin1Char('\n');
    };
    QString text;
    if (!shown.isEmpty())
        text +=
            line(Cli::tr("BOOKING"), statusHeader, Cli::tr("SCHEDULED"), Cli::tr("NAME"), Cli::tr("COMPANY"), Cli::tr("EMAIL"));
    for (const Consultation &c : std::as_const(shown))
        text += line(c.bookingId, displayName(c.status) + (c.noShow ? QStringLiteral("*") : QString()), local(c.scheduledDate),
                     c.name.left(22), c.company.left(20), c.email);
    out() << text << Cli::tr("%n consultations", nullptr, int(shown.size())) << Qt::endl;
    return Ok;
}

int stats(const Args &args, ConsultationRepository &repo)
{
    const auto s = repo.getStats();
    if (!s)
        return fail(s.error().text());
    const auto weeks = repo.requestsPerWeek(kStatsWeeks, Clock::currentUtc());
    if (!weeks)
        return fail(weeks.error().text());
    if (args.has(QStringLiteral("--json"))) {
        QJsonObject o = s->toJson();
        QJsonArray perWeek;
        for (const WeeklyCount &w : *weeks)
            perWeek.append(QJsonObject{{QStringLiteral("weekStart"), w.weekStart.toString(Qt::ISODate)},
                                       {QStringLiteral("requests"), w.requests}});
        o.insert(QStringLiteral("requestsPerWeek"), perWeek);
        printJson(o);
        return Ok;
    }
    auto percent = [](double rate) { return LocaleFormat::percent(rate * 100, 1); };
    out() << Cli::tr("Requests:           %1 (%2 pending, %3 scheduled, %4 completed, %5 cancelled)")
                 .arg(LocaleFormat::integer(s->total), LocaleFormat::integer(s->pending), LocaleFormat::integer(s->scheduled),
                      LocaleFormat::integer(s->completed), LocaleFormat::integer(s->cancelled))
          << Qt::endl
          << Cli::tr("Completion rate:    %1 of the closed requests").arg(percent(s->completionRate)) << Qt::endl
          << Cli::tr("No-show rate:       %1 of the meetings that came due (%2 no-shows)")
                 .arg(percent(s->noShowRate), LocaleFormat::integer(s->noShows))
          << Qt::endl
          << Cli::tr("Days to meeting:    %1 on average").arg(LocaleFormat::decimal(s->averageDaysToConsultation, 1)) << Qt::endl
          << Cli::tr("Requests per week (last %1):").arg(kStatsWeeks) << Qt::endl;
    qsizetype weekWidth = 0;
    for (const WeeklyCount &w : *weeks)
        weekWidth = std::max(weekWidth, LocaleFormat::date(w.weekStart).size());
    for (const WeeklyCount &w : *weeks)
        out() << QStringLiteral("  %1  %2  %3")
                     .arg(LocaleFormat::date(w.weekStart).leftJustified(weekWidth))
                     .arg(w.requests, 3)
                     .arg(QString(w.requests, QLatin1Char('#')))
              << Qt::endl;
    return Ok;
}

} // namespace

QStringList consultationValueOptions()
{
    return optionsOf(subcommands());
}

int runConsultationCommand(const Args &args)
{
    int code = Usage;
    const Subcommand *sub = findSubcommand(subcommands(), args, kGroup, &code);
    if (!sub)
        return code;
    if (!checkUsage(args, kGroup, *sub))
        return Usage;
    const QString name = sub->name;
    if (name == QLatin1String("add")) {
        for (const char *required : {"--name", "--email"})
            if (!args.options.contains(QLatin1String(required)))
                return fail(Cli::tr("consultation add: %1 is required\nusage: director-of-one %2")
                                .arg(QLatin1String(required), sub->synopsis),
                            Usage);
    }
    if (name == QLatin1String("cancel") && !args.options.contains(QStringLiteral("--reason")))
        return fail(Cli::tr("consultation cancel: --reason is required\nusage: director-of-one %1").arg(sub->synopsis), Usage);
    // Input is checked before the database is opened.
    QDateTime when;
    if (name == QLatin1String("schedule") || name == QLatin1String("reschedule")) {
        const auto parsed = parseWhen(args.words.at(3));
        if (!parsed)
            return fail(parsed.error().text());
        when = *parsed;
    }
    return withUser(args, [&](Database &db, const UserContext &ctx) -> int {
        ConsultationRepository repo(db, ctx);
        if (name == QLatin1String("add"))
            return add(args, repo);
        if (name == QLatin1String("list"))
            return list(args, db, ctx);
        if (name == QLatin1String("stats"))
            return stats(args, repo);
        const auto target = resolve(repo, args.words.at(2));
        if (!target)
            return fail(target.error().text());
        Result<Consultation> changed = *target;
        QString sentence;
        if (name == QLatin1String("schedule") || name == QLatin1String("reschedule")) {
            changed = name == QLatin1String("schedule") ? repo.schedule(target->id, when) : repo.reschedule(target->id, when);
            if (changed) {
                warnOverlaps(repo, *changed);
                sentence =
                    Cli::tr("Scheduled %1 (%2) for %3").arg(changed->bookingId, changed->name, local(changed->scheduledDate));
            }
        } else if (name == QLatin1String("complete")) {
            changed = repo.complete(target->id, args.option(QStringLiteral("--notes")));
            if (changed)
                sentence = Cli::tr("Completed %1 (%2)").arg(changed->bookingId, changed->name);
        } else if (name == QLatin1String("cancel")) {
            changed = repo.cancel(target->id, args.option(QStringLiteral("--reason")));
            if (changed)
                sentence = Cli::tr("Cancelled %1 (%2): %3").arg(changed->bookingId, changed->name, changed->cancellationReason);
        } else {
            changed = repo.markNoShow(target->id);
            if (changed)
                sentence = Cli::tr("Marked %1 (%2) as a no-show").arg(changed->bookingId, changed->name);
        }
        if (!changed)
            return fail(changed.error().text());
        return print(args, *changed, sentence);
    });
}

} // namespace doo::cli
