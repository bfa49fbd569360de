#include "UserCli.h"

#include "domain/LocaleFormat.h"
#include "AppContext.h"
#include "CommandLine.h"
#include "Output.h"
#include "db/Transaction.h"
#include "repositories/PreferenceRepository.h"
#include "repositories/UserRepository.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

namespace doo::cli {

namespace {

const QString kSynopsis =
    QStringLiteral("user show [--json] | user set [--name N] [--company C] [--department D] [--time-zone ZONE] "
                   "[--weekly-target-hours H]");
const QString kTargetOption = QStringLiteral("--weekly-target-hours");
// What `user set` changes.
const QStringList kSettable = {QStringLiteral("--name"), QStringLiteral("--company"), QStringLiteral("--department"),
                               QStringLiteral("--time-zone"), kTargetOption};

int print(const Args &args, const User &u, const Preferences &p)
{
    if (args.has(QStringLiteral("--json"))) {
        QJsonObject json = u.toJson();
        json.insert(QStringLiteral("weeklyTargetHours"), p.weeklyTargetHours);
        printJson(json);
        return Ok;
    }
    out() << Cli::tr("%1 <%2>\n  role:        %3\n  company:     %4\n  department:  %5\n  time zone:   %6\n")
                 .arg(u.name, u.email, displayName(u.role), u.company, u.department,
                      u.timeZone.isEmpty() ? Cli::tr("the computer's") : u.timeZone);
    out() << Cli::tr("  weekly target: %1\n")
                 .arg(p.weeklyTargetHours > 0 ? Cli::tr("%1 saved", "hours").arg(LocaleFormat::hours(p.weeklyTargetHours))
                                              : Cli::tr("none"));
    out().flush();
    return Ok;
}

} // namespace

QStringList userValueOptions()
{
    return kSettable;
}

int runUserCommand(const Args &args)
{
    const QString sub = args.words.value(1);
    if (sub != QLatin1String("show") && sub != QLatin1String("set"))
        return fail(Cli::tr("user needs show or set\nusage: director-of-one %1").arg(kSynopsis), Usage);
    if (args.words.size() > 2)
        return fail(Cli::tr("user %1: unexpected argument \"%2\"").arg(sub, args.words.at(2)), Usage);
    for (const QString &name : args.options.uniqueKeys()) {
        const bool allowed = isGlobalOption(name) || (sub == QLatin1String("set") && kSettable.contains(name));
        if (!allowed)
            return fail(Cli::tr("user %1: unknown option %2\nusage: director-of-one %3").arg(sub, name, kSynopsis), Usage);
    }
    for (const QString &flag : args.flags) {
        if (flag != QLatin1String("--json"))
            return fail(Cli::tr("user %1: unknown option %2").arg(sub, flag), Usage);
    }
    double target = 0;
    const bool setsTarget = sub == QLatin1String("set") && args.options.contains(kTargetOption);
    if (setsTarget) {
        bool ok = false;
        target = QLocale::c().toDouble(args.option(kTargetOption).trimmed(), &ok);
        Preferences check;
        check.weeklyTargetHours = target;
        const Status s = check.validate();
        if (!ok || !s)
            return fail(kTargetOption + QStringLiteral(": ") + (ok ? s.error().message : Cli::tr("must be a number of hours")),
                        Usage);
    }
    auto opened = AppContext::openAs(args.option(QStringLiteral("--database")), args.option(QStringLiteral("--user")));
    if (!opened)
        return fail(opened.error().text());
    User user = opened->second;
    Database &db = opened->first->db();
    PreferenceRepository preferences(db, UserContext::of(user).ownScope());
    if (sub == QLatin1String("show")) {
        const auto p = preferences.load();
        if (!p)
            return fail(p.error().text());
        return print(args, user, *p);
    }
    if (args.options.contains(QStringLiteral("--name")))
        user.name = args.option(QStringLiteral("--name"));
    if (args.options.contains(QStringLiteral("--company")))
        user.company = args.option(QStringLiteral("--company"));
    if (args.options.contains(QStringLiteral("--department")))
        user.department = args.option(QStringLiteral("--department"));
    if (args.options.contains(QStringLiteral("--time-zone")))
        user.timeZone = args.option(QStringLiteral("--time-zone")).trimmed();
    // The profile and the preference in one transaction.
    Transaction tx(db);
    if (!tx.isActive())
        return fail(tx.error().text());
    UserRepository repo(db, UserContext::of(opened->second));
    const auto saved = repo.update(user);
    if (!saved)
        return fail(saved.error().text());
    const auto p =
        setsTarget ? preferences.change([target](Preferences &p) { p.weeklyTargetHours = target; }) : preferences.load();
    if (!p)
        return fail(p.error().text());
    if (Status s = tx.commit(); !s)
        return fail(s.error().text());
    return print(args, *saved, *p);
}

} // namespace doo::cli
