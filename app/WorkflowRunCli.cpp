#include "WorkflowRunCli.h"

#include "domain/LocaleFormat.h"
#include "CommandLine.h"
#include "Output.h"
#include "domain/Workflow.h"
#include "repositories/ExecutionRepository.h"
#include "workflow/Approvals.h"
#include "workflow/RunUndo.h"
#include "domain/WorkflowTiming.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>
#include <QTimeZone>

#include <cstdio>
#include <unistd.h>

namespace doo::cli {

namespace {
QTimeZone &displayZone()
{
    static QTimeZone zone = QTimeZone::systemTimeZone();
    return zone;
}
} // namespace

QString timeText(const QDateTime &time)
{
    return time.isValid() ? WorkflowTiming::displayTime(time, displayZone()) : QStringLiteral("-");
}

void setDisplayZone(const QString &ianaId)
{
    displayZone() = WorkflowTiming::zoneFor(ianaId);
}

namespace {

constexpr int kShortId = 8;

// A run named by its full id or a unique prefix of at least 8 characters.
Result<WorkflowExecution> resolveRun(ExecutionRepository &repo, const QString &given)
{
    const QString id = given.trimmed().toLower();
    if (id.size() < kShortId)
        return Error::validation(
            QStringLiteral("id"),
            Cli::tr("\"%1\" is too short; give the run's id or at least its first %2 characters").arg(given).arg(kShortId));
    static const QRegularExpression idChars(QStringLiteral("^[0-9a-f-]+$"));
    const Error unknown =
        Error::validation(QStringLiteral("id"), Cli::tr("no workflow run with an id starting with \"%1\"").arg(given));
    if (!idChars.match(id).hasMatch())
        return unknown;
    const auto found = repo.idsStartingWith(id, 2);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return unknown;
    if (found->size() > 1 && !found->contains(id))
        return Error::validation(QStringLiteral("id"),
                                 Cli::tr("\"%1\" matches more than one run; give more characters").arg(given));
    return repo.findById(found->contains(id) ? id : found->first());
}

QString runLine(const WorkflowExecution &e)
{
    return executionLine(e) + QStringLiteral("  ") + e.workflowName;
}

int printRun(const Args &args, const WorkflowExecution &e, const QString &message)
{
    if (args.has(QStringLiteral("--json")))
        printJson(e.toJson());
    else
        out() << message << '\n' << executionLine(e) << Qt::endl;
    return e.status == ExecutionStatus::Failed ? Failure : Ok;
}

int runs(const Args &args, ExecutionRepository &repo)
{
    ExecutionFilter filter;
    if (const QString status = args.option(QStringLiteral("--status")); !status.isEmpty()) {
        filter.status = enumFromInput<ExecutionStatus>(status);
        if (!filter.status)
            return fail(Cli::tr("--status: use RUNNING, WAITING, SUCCESS, FAILED or CANCELLED"), Usage);
    }
    const auto list = repo.executions(filter);
    if (!list)
        return fail(list.error().text());
    if (args.has(QStringLiteral("--json"))) {
        QJsonArray array;
        for (const WorkflowExecution &e : *list)
            array.append(e.toJson());
        printJson(array);
        return Ok;
    }
    for (const WorkflowExecution &e : *list)
        out() << runLine(e) << '\n';
    out() << Cli::tr("%n runs", nullptr, int(list->size())) << Qt::endl;
    return Ok;
}

int undoRun(const Args &args, Database &db, const UserContext &user, const WorkflowExecution &e)
{
    RunUndo undo(db, user);
    const auto preview = undo.undoPreview(e.id);
    if (!preview)
        return fail(preview.error().text());
    const bool json = args.has(QStringLiteral("--json"));
    if (!args.has(QStringLiteral("--yes"))) {
        if (json) {
            QJsonArray array;
            for (const RunChange &c : *preview)
                array.append(c.toJson());
            printJson(array);
        } else {
            out()
                << Cli::tr("Undoing run %1 of \"%2\" (%3) would:").arg(e.id.left(kShortId), e.workflowName, timeText(e.startedAt))
                << '\n';
            for (const RunChange &c : *preview)
                out() << "  " << c.summary << '\n';
            if (preview->isEmpty())
                out() << "  " << Cli::tr("change no task") << '\n';
            if (e.status == ExecutionStatus::Success)
                out() << "  "
                      << Cli::tr("take %1 saved and its tasks back out of the analytics", "minutes")
                             .arg(LocaleFormat::minutes(e.minutesSaved))
                      << '\n';
            out().flush();
        }
        if (json || !isatty(fileno(stdin)))
            return fail(Cli::tr("nothing was undone: pass --yes to undo the run"));
        if (!askYes(Cli::tr("Undo? [y/N]")))
            return fail(Cli::tr("nothing was undone"));
    }
    const auto undone = undo.undoRun(e.id);
    if (!undone)
        return fail(undone.error().text());
    int deleted = 0;
    int restored = 0;
    for (const RunChange &c : *preview) {
        if (!c.missing)
            ++(c.change == QLatin1String("created") ? deleted : restored);
    }
    if (json) {
        printJson(undone->toJson());
        return Ok;
    }
    out() << Cli::tr("Undid run %1 of \"%2\": %n tasks deleted, %3 put back.", nullptr, deleted)
                 .arg(undone->id.left(kShortId), undone->workflowName)
                 .arg(restored)
          << Qt::endl;
    return Ok;
}

} // namespace

QString executionLine(const WorkflowExecution &e)
{
    QString line = QStringLiteral("%1  %2  %3  %4")
                       .arg(e.id.left(kShortId), timeText(e.scheduledFor),
                            displayName(e.status).leftJustified(widestDisplayName<ExecutionStatus>()),
                            Cli::tr("%n tasks, %1 saved", "minutes", e.tasksCreated).arg(LocaleFormat::minutes(e.minutesSaved)));
    if (e.undoneAt.isValid())
        line += QStringLiteral("  ") + Cli::tr("undone %1").arg(timeText(e.undoneAt));
    if (!e.error.isEmpty())
        line += QStringLiteral("  ") + e.error;
    return line;
}

int runRunCommand(const QString &name, const Args &args, Database &db, const UserContext &user)
{
    ExecutionRepository repo(db, user);
    if (name == QLatin1String("runs"))
        return runs(args, repo);
    const auto e = resolveRun(repo, args.words.at(2));
    if (!e)
        return fail(e.error().text());
    if (name == QLatin1String("undo-run"))
        return undoRun(args, db, user, *e);
    Approvals approvals(db, user);
    const bool approve = name == QLatin1String("approve");
    const auto done = approve ? approvals.approve(e->id) : approvals.reject(e->id);
    if (!done)
        return fail(done.error().text());
    return printRun(args, *done,
                    approve ? Cli::tr("Approved; the run of \"%1\" went on:").arg(done->workflowName)
                            : Cli::tr("Rejected; the run of \"%1\" stopped:").arg(done->workflowName));
}

} // namespace doo::cli
