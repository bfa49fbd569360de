#include "TaskCli.h"

#include "domain/LocaleFormat.h"
#include "AppContext.h"
#include "CliSupport.h"
#include "CommandLine.h"
#include "Output.h"
#include "repositories/TaskRepository.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>

#include <algorithm>
#include <climits>
#include <cstdio>
#include <functional>

namespace doo::cli {

namespace {

constexpr int kShortId = 8;
constexpr int kMaxTitleColumn = 48;

const QList<Subcommand> &subcommands()
{
    static const QList<Subcommand> list = {
        {QStringLiteral("add"),
         {QStringLiteral("TITLE")},
         {QStringLiteral("--priority"), QStringLiteral("--due"), QStringLiteral("--description")},
         {},
         QStringLiteral("task add TITLE [--priority P] [--due YYYY-MM-DD] [--tag T]... [--description D] [--json]"),
         {QStringLiteral("--tag")}},
        {QStringLiteral("list"),
         {},
         {QStringLiteral("--status"), QStringLiteral("--priority"), QStringLiteral("--tag"), QStringLiteral("--search")},
         {},
         QStringLiteral("task list [--status S] [--priority P] [--tag T] [--search WORDS] [--json]")},
        {QStringLiteral("move"),
         {QStringLiteral("ID"), QStringLiteral("STATUS")},
         {QStringLiteral("--position")},
         {},
         QStringLiteral("task move ID STATUS [--position N] [--json]")},
        {QStringLiteral("done"), {QStringLiteral("ID")}, {}, {}, QStringLiteral("task done ID [--json]")},
        {QStringLiteral("delete"), {QStringLiteral("ID")}, {}, {}, QStringLiteral("task delete ID [--json]")},
    };
    return list;
}

template<typename E>
Result<E> parseEnum(const QString &field, const QString &text)
{
    if (const auto value = enumFromInput<E>(text))
        return *value;
    return Error::validation(field,
                             Cli::tr("unknown value \"%1\" (use %2)").arg(text, enumNames<E>().join(QStringLiteral(", "))));
}

// "Due by the end of that day": 23:59:59 local time, stored in UTC.
Result<QDateTime> parseDue(const QString &text)
{
    const auto date = parseDay(QStringLiteral("due"), text);
    if (!date)
        return date.error();
    return QDateTime(*date, QTime(23, 59, 59), Qt::LocalTime).toUTC();
}

// The task an ID names: the full id or a unique prefix of at least 8 characters.
Result<Task> resolveTask(TaskRepository &repo, const QString &given)
{
    const QString id = given.trimmed().toLower();
    if (id.size() < kShortId)
        return Error::validation(
            QStringLiteral("id"),
            Cli::tr("\"%1\" is too short; give the id or at least its first %2 characters").arg(given).arg(kShortId));
    static const QRegularExpression idChars(QStringLiteral("^[0-9a-f-]+$"));
    const Error unknown = Error::validation(QStringLiteral("id"), Cli::tr("no task with an id starting with \"%1\"").arg(given));
    if (!idChars.match(id).hasMatch())
        return unknown;
    const auto found = repo.idsStartingWith(id, 2);
    if (!found)
        return found.error();
    const QStringList &matches = *found;
    if (matches.isEmpty())
        return unknown;
    if (matches.size() > 1)
        return Error::validation(QStringLiteral("id"),
                                 Cli::tr("\"%1\" matches more than one task; give more characters").arg(given));
    return repo.findById(matches.first());
}

// Opens the database (bringing the schema up to date), finds the current user and runs `body`.
int withTasks(const Args &args, const std::function<int(TaskRepository &)> &body)
{
    auto opened = AppContext::openAs(args.option(QStringLiteral("--database")), args.option(QStringLiteral("--user")));
    if (!opened)
        return fail(opened.error().text());
    auto &[context, user] = *opened;
    TaskRepository repo(context->db(), UserContext::of(user));
    return body(repo);
}

QString dueText(const Task &task)
{
    return task.dueDate.isValid() ? LocaleFormat::date(task.dueDate.toLocalTime().date()) : QString();
}

// The task as JSON with --json, else the sentence given.
int printTask(const Args &args, const Task &task, const QString &sentence)
{
    if (args.has(QStringLiteral("--json")))
        printJson(task.toJson());
    else
        out() << sentence << Qt::endl;
    return Ok;
}

int add(const Args &args)
{
    Task task;
    task.title = args.words.at(2);
    task.description = args.option(QStringLiteral("--description"));
    task.tags = args.all(QStringLiteral("--tag"));
    if (args.options.contains(QStringLiteral("--priority"))) {
        const auto priority = parseEnum<Priority>(QStringLiteral("priority"), args.option(QStringLiteral("--priority")));
        if (!priority)
            return fail(priority.error().text());
        task.priority = *priority;
    }
    if (args.options.contains(QStringLiteral("--due"))) {
        const auto due = parseDue(args.option(QStringLiteral("--due")));
        if (!due)
            return fail(due.error().text());
        task.dueDate = *due;
    }
    task.normalize();
    if (Status s = task.validate(); !s)
        return fail(s.error().text());
    return withTasks(args, [&](TaskRepository &repo) -> int {
        const auto created = repo.create(task);
        if (!created)
            return fail(created.error().text());
        return printTask(args, *created, Cli::tr("Created task %1: %2").arg(created->id, created->title));
    });
}

QString table(const QList<Task> &tasks)
{
    qsizetype titleWidth = Cli::tr("TITLE").size();
    for (const Task &t : tasks)
        titleWidth = std::max(titleWidth, t.title.size());
    titleWidth = std::min<qsizetype>(titleWidth, kMaxTitleColumn);
    const QString statusHeader = Cli::tr("STATUS");
    const QString priorityHeader = Cli::tr("PRIORITY");
    const qsizetype statusWidth = std::max(widestDisplayName<TaskStatus>(), statusHeader.size());
    const qsizetype priorityWidth = std::max(widestDisplayName<Priority>(), priorityHeader.size());
    // The locale's dates differ in length ("12/6/26", "16/12/2026"): the column is as wide as its widest.
    qsizetype dueWidth = Cli::tr("DUE").size();
    for (const Task &t : tasks)
        dueWidth = std::max(dueWidth, dueText(t).size());
    auto line = [=](const QString &id, const QString &status, const QString &priority, const QString &due, const QString &title,
                    const QString &tags) -> QString {
        QString row = id.leftJustified(kShortId) + QStringLiteral("  ") + status.leftJustified(statusWidth) + QStringLiteral("  ")
            + priority.leftJustified(priorityWidth) + QStringLiteral("  ") + due.leftJustified(dueWidth) + QStringLiteral("  ")
            + title.leftJustified(titleWidth) + QStringLiteral("  ") + tags;
        while (row.endsWith(QLatin1Char(' ')))
            row.chop(1);
        return row + QLatin1Char('\n');
    };
    QString text = tasks.isEmpty()
        ? QString()
        : line(Cli::tr("ID"), statusHeader, priorityHeader, Cli::tr("DUE"), Cli::tr("TITLE"), Cli::tr("TAGS"));
    text.reserve(text.size() * (tasks.size() + 2));
    for (const Task &t : tasks)
        text += line(t.id.left(kShortId), displayName(t.status), displayName(t.priority), dueText(t), t.title,
                     t.tags.join(QStringLiteral(", ")));
    return text + Cli::tr("%n tasks", nullptr, int(tasks.size())) + QLatin1Char('\n');
}

int list(const Args &args)
{
    TaskFilter filter;
    if (args.options.contains(QStringLiteral("--status"))) {
        const auto status = parseEnum<TaskStatus>(QStringLiteral("status"), args.option(QStringLiteral("--status")));
        if (!status)
            return fail(status.error().text());
        filter.status = *status;
    }
    if (args.options.contains(QStringLiteral("--priority"))) {
        const auto priority = parseEnum<Priority>(QStringLiteral("priority"), args.option(QStringLiteral("--priority")));
        if (!priority)
            return fail(priority.error().text());
        filter.priority = *priority;
    }
    filter.tag = args.option(QStringLiteral("--tag")).trimmed();
    filter.text = args.option(QStringLiteral("--search"));
    return withTasks(args, [&](TaskRepository &repo) -> int {
        if (args.has(QStringLiteral("--json"))) {
            out().flush();
            const Status written =
                repo.writeJson(filter, [](QByteArrayView piece) { std::fwrite(piece.data(), 1, size_t(piece.size()), stdout); });
            std::fflush(stdout);
            return written ? Ok : fail(written.error().text());
        }
        const auto tasks = repo.list(filter);
        if (!tasks)
            return fail(tasks.error().text());
        out() << table(*tasks);
        out().flush();
        return Ok;
    });
}

// `task move` and `task done`: to the 0-based index given, INT_MAX for the end of the column.
int moveTo(const Args &args, TaskStatus status, int index, bool done)
{
    return withTasks(args, [&](TaskRepository &repo) -> int {
        const auto task = resolveTask(repo, args.words.at(2));
        if (!task)
            return fail(task.error().text());
        if (done && task->status == TaskStatus::Completed)
            return printTask(args, *task, Cli::tr("Task %1 is already completed: %2").arg(task->id, task->title));
        if (const auto placed = repo.move({task->id}, status, index); !placed)
            return fail(placed.error().text());
        const auto moved = repo.findById(task->id);
        if (!moved)
            return fail(moved.error().text());
        return printTask(args, *moved, Cli::tr("Moved task %1 to %2: %3").arg(moved->id, displayName(status), moved->title));
    });
}

int move(const Args &args)
{
    const auto status = parseEnum<TaskStatus>(QStringLiteral("status"), args.words.at(3));
    if (!status)
        return fail(status.error().text());
    int index = INT_MAX; // the end of the column (the repository clamps)
    if (args.options.contains(QStringLiteral("--position"))) {
        bool ok = false;
        const int n = args.option(QStringLiteral("--position")).trimmed().toInt(&ok);
        if (!ok || n < 1)
            return fail(Error::validation(QStringLiteral("position"),
                                          Cli::tr("must be a whole number of at least 1 (1 is the top of the column), not \"%1\"")
                                              .arg(args.option(QStringLiteral("--position"))))
                            .text());
        index = n - 1;
    }
    return moveTo(args, *status, index, false);
}

int remove(const Args &args)
{
    return withTasks(args, [&](TaskRepository &repo) -> int {
        const auto task = resolveTask(repo, args.words.at(2));
        if (!task)
            return fail(task.error().text());
        if (Status s = repo.remove(task->id); !s)
            return fail(s.error().text());
        return printTask(args, *task, Cli::tr("Deleted task %1: %2").arg(task->id, task->title));
    });
}

} // namespace

QStringList taskValueOptions()
{
    return optionsOf(subcommands());
}

int runTaskCommand(const Args &args)
{
    int exitCode = 0;
    const Subcommand *sub = findSubcommand(subcommands(), args, QStringLiteral("task"), &exitCode);
    if (!sub)
        return exitCode;
    if (!checkUsage(args, QStringLiteral("task"), *sub))
        return Usage;
    if (sub->name == QLatin1String("add"))
        return add(args);
    if (sub->name == QLatin1String("list"))
        return list(args);
    if (sub->name == QLatin1String("move"))
        return move(args);
    if (sub->name == QLatin1String("done"))
        return moveTo(args, TaskStatus::Completed, INT_MAX, true);
    return remove(args);
}

} // namespace doo::cli
