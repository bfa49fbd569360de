#pragma once

#include "CommandLine.h"
#include "domain/User.h"

#include <functional>

namespace doo {
class Database;
}

namespace doo::cli {

// What one subcommand of a command group takes, for checking argv before anything is opened.
struct Subcommand
{
    QString name;
    QStringList positionals; // their names for messages, e.g. {"ID", "WHEN"}
    QStringList options; // single-valued options besides --database and --user
    QStringList flags; // besides --json
    QString synopsis;
    QStringList repeatable = {}; // options that take a value and may be given more than once
};

// Every option that takes a value among `subs` (what the parser must know, see Args::parse).
QStringList optionsOf(const QList<Subcommand> &subs);
// The subcommand named by args.words[1] (or the group's usage error already printed: null).
const Subcommand *findSubcommand(const QList<Subcommand> &subs, const Args &args, const QString &group, int *exitCode);
// Positional arguments, options and flags against what the subcommand takes: prints the
// usage error and returns false when they do not fit.
bool checkUsage(const Args &args, const QString &group, const Subcommand &sub);
// Opens the database (schema brought up to date), finds the current user and runs `body`.
int withUser(const Args &args, const std::function<int(Database &, const UserContext &)> &body);

} // namespace doo::cli
