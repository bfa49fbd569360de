#include "NotificationCli.h"

#include "domain/LocaleFormat.h"
#include "CliSupport.h"
#include "Output.h"
#include "domain/Clock.h"
#include "domain/Preferences.h"
#include "repositories/HousekeepingRepository.h"
#include "repositories/NotificationRepository.h"
#include "repositories/PreferenceRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace doo::cli {

namespace {

const QString kGroup = QStringLiteral("notifications");
constexpr int kListLimit = 500;

const QList<Subcommand> &subcommands()
{
    static const QList<Subcommand> list = {
        {QStringLiteral("list"),
         {},
         {QStringLiteral("--type")},
         {QStringLiteral("--unread")},
         QStringLiteral("notifications list [--unread] [--type T] [--json]")},
        {QStringLiteral("read"), {}, {}, {QStringLiteral("--all")}, QStringLiteral("notifications read ID|--all [--json]")},
        {QStringLiteral("purge"),
         {},
         {QStringLiteral("--older-than")},
         {},
         QStringLiteral("notifications purge [--older-than DAYS] [--json]")},
    };
    return list;
}

QString typeNames()
{
    QStringList names;
    for (NotificationType t : Preferences::allNotificationTypes())
        names << toString(t);
    names.sort();
    return names.join(QStringLiteral(", "));
}

int list(const Args &args, Database &db, const UserContext &ctx)
{
    NotificationFilter filter;
    filter.unreadOnly = args.has(QStringLiteral("--unread"));
    filter.limit = kListLimit;
    if (args.options.contains(QStringLiteral("--type"))) {
        const QString given = args.option(QStringLiteral("--type"));
        filter.type = enumFromInput<NotificationType>(given);
        if (!filter.type)
            return fail(Cli::tr("--type: unknown type \"%1\" (use %2)").arg(given, typeNames()), Usage);
    }
    const auto found = NotificationRepository(db, ctx).list(filter);
    if (!found)
        return fail(found.error().text());
    if (args.has(QStringLiteral("--json"))) {
        QJsonArray rows;
        for (const Notification &n : *found)
            rows << n.toJson();
        printJson(rows);
        return Ok;
    }
    if (found->isEmpty()) {
        out() << Cli::tr("No notifications.") << Qt::endl;
        return Ok;
    }
    for (const Notification &n : *found) {
        out() << QStringLiteral("%1 %2  %3  %4  %5")
                     .arg(n.isRead ? QStringLiteral(" ") : QStringLiteral("*"), n.id, LocaleFormat::dateTime(n.createdAt),
                          displayName(n.type), n.title)
              << Qt::endl;
        if (!n.message.isEmpty())
            out() << QStringLiteral("      ") << n.message << Qt::endl;
    }
    out() << Cli::tr("* unread") << Qt::endl;
    return Ok;
}

int read(const Args &args, Database &db, const UserContext &ctx)
{
    const bool all = args.has(QStringLiteral("--all"));
    const QString id = args.words.value(2).trimmed();
    if (all == !id.isEmpty())
        return fail(Cli::tr("notifications read: give one notification ID or --all\nusage: director-of-one "
                            "notifications read ID|--all"),
                    Usage);
    if (args.words.size() > 3)
        return fail(Cli::tr("notifications read: unexpected argument \"%1\"").arg(args.words.at(3)), Usage);
    NotificationRepository repo(db, ctx);
    int marked = 1;
    if (all) {
        const auto n = repo.markAllRead();
        if (!n)
            return fail(n.error().text());
        marked = *n;
    } else if (Status s = repo.markRead(id); !s) {
        return fail(s.error().text());
    }
    if (args.has(QStringLiteral("--json")))
        printJson(QJsonObject{{QStringLiteral("markedRead"), marked}});
    else
        out() << Cli::tr("Marked as read: %n.", nullptr, marked) << Qt::endl;
    return Ok;
}

int purge(const Args &args, Database &db, const UserContext &ctx)
{
    const auto preferences = PreferenceRepository(db, ctx).load();
    if (!preferences)
        return fail(preferences.error().text());
    Preferences chosen = *preferences;
    if (args.options.contains(QStringLiteral("--older-than"))) {
        bool ok = false;
        chosen.purgeReadAfterDays = args.option(QStringLiteral("--older-than")).trimmed().toInt(&ok);
        Status s = chosen.validate();
        if (!ok || !s)
            return fail(QStringLiteral("--older-than: ") + (ok ? s.error().message : Cli::tr("must be a whole number of days")),
                        Usage);
    }
    const auto deleted = HousekeepingRepository(db, ctx).purgeReadNotifications(
        ctx.userId, Clock::currentUtc().addDays(-chosen.purgeReadAfterDays));
    if (!deleted)
        return fail(deleted.error().text());
    if (args.has(QStringLiteral("--json")))
        printJson(
            QJsonObject{{QStringLiteral("deleted"), *deleted}, {QStringLiteral("olderThanDays"), chosen.purgeReadAfterDays}});
    else
        out() << Cli::tr("Deleted read notifications older than %1 days: %n.", nullptr, *deleted).arg(chosen.purgeReadAfterDays)
              << Qt::endl;
    return Ok;
}

} // namespace

QStringList notificationValueOptions()
{
    return optionsOf(subcommands());
}

int runNotificationsCommand(const Args &args)
{
    int code = Usage;
    const Subcommand *sub = findSubcommand(subcommands(), args, kGroup, &code);
    if (!sub)
        return code;
    if (sub->name != QLatin1String("read") && !checkUsage(args, kGroup, *sub))
        return Usage;
    if (sub->name == QLatin1String("read")) {
        // ID is optional beside --all: check the options alone.
        Subcommand withId = *sub;
        withId.positionals = {QStringLiteral("ID")};
        Args checked = args;
        if (args.has(QStringLiteral("--all")) && args.words.size() == 2)
            checked.words << QStringLiteral("-");
        if (!checkUsage(checked, kGroup, withId))
            return Usage;
    }
    // Their own notifications, also for an ADMIN (whose scope is otherwise everyone's).
    return withUser(args, [&](Database &db, const UserContext &ctx) {
        const UserContext own = ctx.ownScope();
        if (sub->name == QLatin1String("list"))
            return list(args, db, own);
        if (sub->name == QLatin1String("read"))
            return read(args, db, own);
        return purge(args, db, own);
    });
}

} // namespace doo::cli
