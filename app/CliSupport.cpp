#include "CliSupport.h"

#include "AppContext.h"
#include "Output.h"

#include <QCoreApplication>

namespace doo::cli {

QStringList optionsOf(const QList<Subcommand> &subs)
{
    QStringList names;
    for (const Subcommand &s : subs)
        names += s.options + s.repeatable;
    names.removeDuplicates();
    return names;
}

const Subcommand *findSubcommand(const QList<Subcommand> &subs, const Args &args, const QString &group, int *exitCode)
{
    const QString name = args.words.value(1);
    for (const Subcommand &s : subs)
        if (s.name == name)
            return &s;
    QStringList names;
    for (const Subcommand &s : subs)
        names << s.name;
    const QString what =
        name.isEmpty() ? Cli::tr("%1 needs a command").arg(group) : Cli::tr("unknown %1 command \"%2\"").arg(group, name);
    *exitCode = fail(what + Cli::tr(": use %1").arg(names.join(QStringLiteral(", "))), Usage);
    return nullptr;
}

bool checkUsage(const Args &args, const QString &group, const Subcommand &sub)
{
    const QString prefix = group + QLatin1Char(' ') + sub.name + QStringLiteral(": ");
    QString problem;
    const qsizetype given = args.words.size() - 2;
    if (given < sub.positionals.size())
        problem = prefix + Cli::tr("missing %1").arg(sub.positionals.at(given));
    else if (given > sub.positionals.size())
        problem = prefix
            + Cli::tr("unexpected argument \"%1\" (quote a text that has spaces)").arg(args.words.at(2 + sub.positionals.size()));
    const QStringList names = args.options.uniqueKeys();
    for (const QString &name : names) {
        if (!problem.isEmpty())
            break;
        const bool repeatable = sub.repeatable.contains(name);
        if (!repeatable && !sub.options.contains(name) && !isGlobalOption(name))
            problem = prefix + Cli::tr("unknown option %1").arg(name);
        else if (!repeatable && args.options.count(name) > 1)
            problem = prefix + Cli::tr("%1 is given more than once").arg(name);
    }
    for (const QString &flag : args.flags) {
        if (problem.isEmpty() && flag != QLatin1String("--json") && !sub.flags.contains(flag))
            problem = prefix + Cli::tr("unknown option %1").arg(flag);
    }
    if (problem.isEmpty())
        return true;
    fail(problem + QLatin1Char('\n') + Cli::tr("usage: director-of-one %1").arg(sub.synopsis), Usage);
    return false;
}

int withUser(const Args &args, const std::function<int(Database &, const UserContext &)> &body)
{
    auto opened = AppContext::openAs(args.option(QStringLiteral("--database")), args.option(QStringLiteral("--user")));
    if (!opened)
        return fail(opened.error().text());
    auto &[context, user] = opened.value();
    return body(context->db(), UserContext::of(user));
}

} // namespace doo::cli
