#include "TeamCli.h"

#include "AppContext.h"
#include "CommandLine.h"
#include "Output.h"
#include "repositories/TeamRepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace doo::cli {

namespace {

const QString kSynopsis = QStringLiteral("team add-user EMAIL --name N --role R --login L | team list [--json] | "
                                         "team set-role EMAIL ROLE | team disable EMAIL");

// One line of standard input, without its line end.
QString readLine()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return QString();
    QByteArray line = in.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

// A line typed on the terminal without echo.
QString readHidden(const QString &prompt)
{
    err() << prompt << Qt::flush;
    termios saved{};
    const bool terminal = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    const QString line = readLine();
    if (terminal)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    err() << Qt::endl;
    return line;
}

// The new login's password: asked twice on a terminal, else the first line of standard input.
// Never an argument (the process list shows arguments to everyone on the machine).
Result<QString> readPassword(const QString &login)
{
    if (!isatty(STDIN_FILENO)) {
        const QString password = readLine();
        if (password.isEmpty())
            return Error::validation(QStringLiteral("password"),
                                     Cli::tr("the password is read from the first line of standard input, which is empty"));
        return password;
    }
    const QString first = readHidden(Cli::tr("Password for the login %1: ").arg(login));
    const QString second = readHidden(Cli::tr("The same password again: "));
    if (first != second)
        return Error::validation(QStringLiteral("password"), Cli::tr("the two passwords differ; nothing was changed"));
    if (first.isEmpty())
        return Error::validation(QStringLiteral("password"), Cli::tr("the password is empty"));
    return first;
}

QJsonObject memberJson(const TeamRepository::Member &m)
{
    QJsonObject o = m.user.toJson();
    o.insert(QStringLiteral("login"), m.login.isEmpty() ? QJsonValue() : QJsonValue(m.login));
    o.insert(QStringLiteral("canLogIn"), m.canLogIn);
    return o;
}

Result<UserRole> roleFrom(const QString &text)
{
    if (const auto role = enumFromInput<UserRole>(text))
        return *role;
    return Error::validation(QStringLiteral("role"),
                             Cli::tr("\"%1\" is not a role; use ADMIN, DIRECTOR, MANAGER or USER").arg(text));
}

int addUser(const Args &args, TeamRepository &team)
{
    if (args.words.size() != 3 || args.option(QStringLiteral("--login")).isEmpty()
        || args.option(QStringLiteral("--name")).isEmpty())
        return fail(Cli::tr("usage: director-of-one team add-user EMAIL --name N --role R --login L"), Usage);
    const auto role = roleFrom(args.options.contains(QStringLiteral("--role")) ? args.option(QStringLiteral("--role"))
                                                                               : QStringLiteral("DIRECTOR"));
    if (!role)
        return fail(role.error().text(), Usage);
    const QString login = args.option(QStringLiteral("--login")).trimmed();
    if (Status s = TeamRepository::validateLogin(login); !s)
        return fail(s.error().text(), Usage);
    if (Status s = team.mayManage(); !s) // before asking for a password
        return fail(s.error().text());
    const auto password = readPassword(login);
    if (!password)
        return fail(password.error().text());
    User user;
    user.email = args.words.at(2);
    user.name = args.option(QStringLiteral("--name"));
    user.role = *role;
    const auto added = team.addUser(user, login, *password);
    if (!added)
        return fail(added.error().text());
    out() << Cli::tr("Added %1 <%2> (%3) with the login %4.").arg(added->name, added->email, displayName(added->role), login)
          << Qt::endl;
    return Ok;
}

int list(const Args &args, TeamRepository &team)
{
    const auto members = team.list();
    if (!members)
        return fail(members.error().text());
    if (args.has(QStringLiteral("--json"))) {
        QJsonArray rows;
        for (const auto &m : *members)
            rows.append(memberJson(m));
        printJson(rows);
        return Ok;
    }
    for (const auto &m : *members) {
        out() << QStringLiteral("%1  %2  %3  %4  %5")
                     .arg(m.user.email, -30)
                     .arg(m.user.name, -20)
                     .arg(displayName(m.user.role), -int(widestDisplayName<UserRole>()))
                     .arg(m.login.isEmpty() ? Cli::tr("(no login)") : m.login, -16)
                     .arg(m.isActive() ? Cli::tr("active") : Cli::tr("disabled"))
              << '\n';
    }
    out().flush();
    return Ok;
}

// What `team add-user` takes with a value.
const QStringList kAddUserOptions = {QStringLiteral("--name"), QStringLiteral("--role"), QStringLiteral("--login")};

} // namespace

QStringList teamValueOptions()
{
    return kAddUserOptions;
}

int runTeamCommand(const Args &args)
{
    const QString sub = args.words.value(1);
    const QStringList known = {QStringLiteral("add-user"), QStringLiteral("list"), QStringLiteral("set-role"),
                               QStringLiteral("disable")};
    if (!known.contains(sub))
        return fail(Cli::tr("team needs add-user, list, set-role or disable\nusage: director-of-one %1").arg(kSynopsis), Usage);
    for (const QString &name : args.options.uniqueKeys()) {
        const bool allowed = (isGlobalOption(name) && name != QLatin1String("--user"))
            || (sub == QLatin1String("add-user") && kAddUserOptions.contains(name));
        if (!allowed)
            return fail(Cli::tr("team %1: unknown option %2\nusage: director-of-one %3").arg(sub, name, kSynopsis), Usage);
    }
    for (const QString &flag : args.flags) {
        if (!(flag == QLatin1String("--json") && sub == QLatin1String("list")))
            return fail(Cli::tr("team %1: unknown option %2").arg(sub, flag), Usage);
    }
    // Who may run them is the login's business (TeamRepository::mayManage), not a --user.
    const auto url = AppContext::resolveUrl(args.option(QStringLiteral("--database")));
    if (!url)
        return fail(url.error().text());
    if (url->type != DbType::PostgreSQL)
        return fail(Cli::tr("team commands need a PostgreSQL team database (this one is an SQLite file with one user)"));
    auto opened = AppContext::open(args.option(QStringLiteral("--database")), true);
    if (!opened)
        return fail(opened.error().text());
    TeamRepository team((*opened)->db());
    if (sub == QLatin1String("add-user"))
        return addUser(args, team);
    if (sub == QLatin1String("list"))
        return list(args, team);
    if (args.words.size() != (sub == QLatin1String("set-role") ? 4 : 3))
        return fail(Cli::tr("usage: director-of-one %1").arg(kSynopsis), Usage);
    Result<User> changed = Error::make(Error::Kind::Internal, QString());
    if (sub == QLatin1String("set-role")) {
        const auto role = roleFrom(args.words.at(3));
        if (!role)
            return fail(role.error().text(), Usage);
        changed = team.setRole(args.words.at(2), *role);
    } else {
        changed = team.disable(args.words.at(2));
    }
    if (!changed)
        return fail(changed.error().text());
    out() << (sub == QLatin1String("set-role") ? Cli::tr("%1 is now %2.").arg(changed->email, displayName(changed->role))
                                               : Cli::tr("%1 is disabled; the login can no longer sign in.").arg(changed->email))
          << Qt::endl;
    return Ok;
}

} // namespace doo::cli
