#include "CommandLine.h"

#include "AnalyticsCli.h"
#include "ConsultationCli.h"
#include "ExchangeCli.h"
#include "NotificationCli.h"
#include "TaskCli.h"
#include "TeamCli.h"
#include "UserCli.h"
#include "WorkflowCli.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace doo::cli {

namespace {
// Options that never take a value.
const QStringList kFlags = {
    QStringLiteral("--json"),    QStringLiteral("--yes"),  QStringLiteral("--help"),         QStringLiteral("-h"),
    QStringLiteral("--version"), QStringLiteral("--once"), QStringLiteral("--skip-invalid"), QStringLiteral("--team"),
    QStringLiteral("--unread"),  QStringLiteral("--all"),  QStringLiteral("--background"),
};
// The options every command takes beside its own (isGlobalOption), and the window's.
const QStringList kGlobalOptions = {QStringLiteral("--database"), QStringLiteral("--user"), QStringLiteral("--lang")};
const QStringList kWindowOptions = {QStringLiteral("--view"), QStringLiteral("--palette")};

// Options that take a value (any command's: each command checks which of them it takes), from
// the commands' own tables.
const QStringList &valueOptions()
{
    static const QStringList names = [] {
        QStringList all = kGlobalOptions + kWindowOptions;
        for (const QStringList &group :
             {taskValueOptions(), consultationValueOptions(), notificationValueOptions(), exchangeValueOptions(),
              workflowValueOptions(), schedulerValueOptions(), userValueOptions(), teamValueOptions(), analyticsValueOptions()})
            all += group;
        all.removeDuplicates();
        return all;
    }();
    return names;
}
} // namespace

Args Args::parse(const QStringList &arguments)
{
    Args args;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--")) {
            args.words += arguments.mid(i + 1);
            break;
        }
        if (a.startsWith(QLatin1String("-")) && a.size() > 1 && !a.at(1).isDigit()) {
            const int eq = a.indexOf(QLatin1Char('='));
            const QString name = eq > 0 ? a.left(eq) : a;
            if (kFlags.contains(name)) {
                if (eq > 0) {
                    args.error = Cli::tr("%1 takes no value").arg(name);
                    return args;
                }
                args.flags << (name == QLatin1String("-h") ? QStringLiteral("--help") : name);
                continue;
            }
            if (!valueOptions().contains(name)) { // not "needs a value", and the next word stays a word
                args.error = Cli::tr("unknown option %1").arg(name);
                return args;
            }
            if (eq > 0) {
                args.options.insert(name, a.mid(eq + 1));
                continue;
            }
            if (i + 1 >= arguments.size()) {
                args.error = Cli::tr("%1 needs a value").arg(name);
                return args;
            }
            args.options.insert(name, arguments.at(++i));
            continue;
        }
        args.words << a;
    }
    return args;
}

bool isGlobalOption(const QString &name)
{
    return kGlobalOptions.contains(name);
}

QStringList Args::all(const QString &name) const
{
    QStringList values = options.values(name);
    std::reverse(values.begin(), values.end()); // QMultiHash returns the newest first
    return values;
}

QString usageText()
{
    return Cli::tr("Usage: director-of-one [--database URL] [--user EMAIL] [COMMAND ...]\n"
                   "\n"
                   "Without a command the window opens (--view board|workflows|consultations|analytics|notifications|data;\n"
                   "--background starts it in the background, as at login; --palette dark|light draws it in a dark or light\n"
                   "palette whatever the desktop's).\n"
                   "\n"
                   "Database:\n"
                   "  db migrate          create or upgrade the schema; creates the local profile on an empty database\n"
                   "  db status [--json]  backend, schema version, row counts (working and archive tables) and file size\n"
                   "  db seed             load sample data for the current user\n"
                   "  db reset --yes      drop all data and recreate the schema (PostgreSQL: the database owner's login only)\n"
                   "  db backup FILE      copy the database into FILE and verify the copy (SQLite: while the program runs;\n"
                   "                      PostgreSQL: pg_dump's custom format, needs postgresql-client)\n"
                   "  db restore FILE [--yes]\n"
                   "                      replace the database with a verified backup; the current one is kept as a backup\n"
                   "                      in the data folder; asks first unless --yes\n"
                   "                      Automatic backups (before a migration, db reset, an import of over 1,000 rows, and\n"
                   "                      daily while the window runs) go to the data folder; the last 7 are kept\n"
                   "\n"
                   "Tasks (ID: the full id or a unique prefix of at least 8 characters; every task command takes --json):\n"
                   "  task add TITLE [--priority LOW|MEDIUM|HIGH|URGENT] [--due YYYY-MM-DD] [--tag T]... [--description D]\n"
                   "                      add a task at the end of TODO; due by the end of that day, local time\n"
                   "  task list [--status S] [--priority P] [--tag T] [--search WORDS]\n"
                   "                      tasks in board order; --search matches every word as a prefix in title or description\n"
                   "  task move ID STATUS [--position N]\n"
                   "                      move to TODO, IN_PROGRESS, REVIEW, COMPLETED or CANCELLED; N = 1 is the top of the\n"
                   "                      column, without --position the task goes to the end\n"
                   "  task done ID        move to the end of COMPLETED\n"
                   "  task delete ID      delete the task and its history\n"
                   "\n"
                   "Profile:\n"
                   "  user show [--json]  the current user's profile\n"
                   "  user set [--name N] [--company C] [--department D] [--time-zone ZONE] [--weekly-target-hours H]\n"
                   "                      change it; ZONE is an IANA name (Europe/Berlin) for schedules, empty for the\n"
                   "                      computer's zone; H: the hours saved you aim for each week (0: no target), a\n"
                   "                      BUDGET_ALERT says when a week misses it\n"
                   "\n"
                   "Notifications (your own; ID: the notification's id):\n"
                   "  notifications list [--unread] [--type T] [--json]\n"
                   "                      newest first (T: INFO, WARNING, ERROR, SUCCESS, TASK_DUE, WORKFLOW_COMPLETE,\n"
                   "                      BUDGET_ALERT)\n"
                   "  notifications read ID|--all [--json]   mark one or all as read\n"
                   "  notifications purge [--older-than DAYS] [--json]\n"
                   "                      delete read notifications older than DAYS (default: your purge setting, 90)\n"
                   "\n"
                   "Team (a PostgreSQL database; the owner's or an ADMIN's login):\n"
                   "  team add-user EMAIL --name N --role ADMIN|DIRECTOR|MANAGER|USER --login L\n"
                   "                      create the login L and its user; the password is asked twice on a terminal,\n"
                   "                      else read from the first line of standard input (never an argument)\n"
                   "  team list [--json]  the users with their logins\n"
                   "  team set-role EMAIL ROLE             change the role (and the login's group role)\n"
                   "  team disable EMAIL  deactivate the user; the login can no longer sign in\n"
                   "\n"
                   "Workflows (ID: the id, a unique prefix of at least 8 characters, or the exact name):\n"
                   "  workflow list [--json]             the workflows with their next run\n"
                   "  workflow add --file F.json         add a workflow from a workflow file (see the README)\n"
                   "  workflow update ID --file F.json   replace its definition\n"
                   "  workflow show ID [--json]          details; workflow export ID prints its file\n"
                   "  workflow run ID                    run it now (exit code 1 if the run failed)\n"
                   "  workflow dry-run ID                what a run now would do; writes nothing\n"
                   "  workflow enable ID | disable ID    switch it on or off\n"
                   "  workflow history ID [--json]       its last 100 runs\n"
                   "  workflow versions ID [--json]      the definitions its saved changes replaced, newest first\n"
                   "  workflow restore ID VERSION        save that earlier definition as a new change\n"
                   "  workflow runs [--status S] [--json]\n"
                   "                      the last 100 runs of all workflows (S: RUNNING, WAITING, SUCCESS, FAILED, CANCELLED)\n"
                   "  workflow undo-run EXECUTION_ID [--yes]\n"
                   "                      delete the tasks the run created, put the tasks it changed back and take its time\n"
                   "                      saved back; shows what it would do and asks first unless --yes\n"
                   "  workflow approve EXECUTION_ID | reject EXECUTION_ID\n"
                   "                      decide a run waiting for an approval; the run goes on (or stops) at once\n"
                   "                      (EXECUTION_ID: the run's id or a unique prefix of at least 8 characters)\n"
                   "  scheduler [--once] [--at ISO-TIME] run due workflows until stopped (Ctrl+C), or one pass;\n"
                   "                      --at evaluates what is due at that time (implies --once); runs the signed-in\n"
                   "                      user's own workflows\n"
                   "  scheduler --team --files DIR [--once] [--at ISO-TIME]\n"
                   "                      PostgreSQL, a login in doo_scheduler: every member's workflows, each in its\n"
                   "                      owner's scope; report and export files only below DIR\n"
                   "\n"
                   "Consultations (ID: the booking id, e.g. DO-2026-000123, or the id; WHEN: YYYY-MM-DDTHH:MM local time):\n"
                   "  consultation add --name N --email E [--company C] [--department D] [--challenges T]\n"
                   "  consultation list [--status PENDING|SCHEDULED|COMPLETED|CANCELLED] [--json]\n"
                   "  consultation schedule ID WHEN      schedule a pending request (warns when it overlaps another)\n"
                   "  consultation reschedule ID WHEN    move a scheduled one\n"
                   "  consultation complete ID [--notes T] | cancel ID --reason R | no-show ID\n"
                   "  consultation stats [--json]        counts, rates and requests per week\n"
                   "\n"
                   "Exchange (FILE - is the standard input or output):\n"
                   "  import csv FILE --kind tasks|consultations [--skip-invalid]\n"
                   "                      a file with a bad row is refused whole unless --skip-invalid; rows already\n"
                   "                      imported are left alone\n"
                   "  import taskwarrior FILE [--skip-invalid]   tasks from Taskwarrior's `task export`\n"
                   "  export csv FILE --kind tasks|consultations\n"
                   "  export ics FILE     scheduled consultations and tasks with a due date, for calendar programs\n"
                   "\n"
                   "Analytics (D: YYYY-MM-DD, the user's calendar days; default the last 30 days up to today):\n"
                   "  analytics summary [--from D] [--to D] [--json]\n"
                   "                      hours saved, tasks automated, efficiency score, active workflows, tasks and\n"
                   "                      consultations completed, each with the previous range of the same length\n"
                   "  analytics series --metric hoursSaved|tasksAutomated|efficiencyScore|activeWorkflows\n"
                   "                   [--bucket day|week|month] [--from D] [--to D] [--json]\n"
                   "                      one figure per day, ISO week or month (default: chosen from the range)\n"
                   "  export report --pdf FILE [--from D] [--to D]\n"
                   "                      the dashboard as a PDF: summary, charts, top workflows\n"
                   "\n"
                   "Options:\n"
                   "  --database URL      sqlite:PATH or postgresql://user@host:port/dbname (default: $DIRECTOR_DATABASE,\n"
                   "                      else a SQLite file in the application data folder)\n"
                   "  --user EMAIL        act as this user (default: the local profile; on PostgreSQL you are your login's\n"
                   "                      user, and only an ADMIN may view another user's data with --user)\n"
                   "  --lang de|fr|en     the language of the texts (default: the one chosen in the window's Settings,\n"
                   "                      else the system's: LC_ALL, LC_MESSAGES, LANG; English under C or POSIX)\n"
                   "  --json              print JSON instead of text\n"
                   "  --help, --version\n"
                   "\n"
                   "Exit codes: 0 success, 1 error, 2 usage error.\n");
}

Result<QDate> parseDay(const QString &field, const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate date = QDate::fromString(text.trimmed(), QStringLiteral("yyyy-MM-dd"));
    if (!shape.match(text.trimmed()).hasMatch() || !date.isValid())
        return Error::validation(field, Cli::tr("\"%1\" is not a date; use YYYY-MM-DD").arg(text));
    return date;
}

} // namespace doo::cli
