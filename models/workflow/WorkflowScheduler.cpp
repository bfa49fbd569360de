#include "workflow/WorkflowScheduler.h"

#include "domain/Clock.h"
#include "workflow/Logging.h"
#include "db/Database.h"
#include "db/Query.h"
#include "db/Transaction.h"
#include "domain/Notification.h"
#include "domain/Task.h"
#include "repositories/ExecutionRepository.h"
#include "repositories/NotificationRepository.h"
#include "repositories/TaskRepository.h"
#include "repositories/UserRepository.h"
#include "repositories/WorkflowRepository.h"
#include "domain/WorkflowDefinition.h"
#include "workflow/WorkflowEngine.h"
#include "domain/WorkflowTiming.h"

#include <QCoreApplication>
#include <QFile>
#include <QSysInfo>
#include <QThread>
#include <QTimeZone>
#include <QUuid>


namespace doo {

namespace {

constexpr int kMaxChainDepth = 3;     // a run raised by a run raised by a run: no further
constexpr int kBatch = 500;           // due workflows or events taken per query
constexpr int kPassEveryMs = 60'000;  // at least one pass a minute (due tasks, approvals)
constexpr qint64 kStaleRunSecs = 3600; // a RUNNING row this old on another computer is dead
constexpr qint64 kDueLookBackDays = 7; // TASK_DUE also for tasks that fell due this recently

// The start time of a process in clock ticks since boot (field 22 of /proc/PID/stat).
QString processStart(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return {};
    const QByteArray line = stat.readAll();
    const int close = line.lastIndexOf(')'); // the command name may hold spaces
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    return fields.size() > 19 ? QString::fromLatin1(fields.at(19)) : QString(); // field 22 overall
}

} // namespace

WorkflowScheduler::WorkflowScheduler(Database &db, UserContext ctx, QObject *parent)
    : QObject(parent), m_db(db), m_ctx(std::move(ctx))
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &WorkflowScheduler::onTimer);
    m_poll.setInterval(2000);
    connect(&m_poll, &QTimer::timeout, this, &WorkflowScheduler::onPoll);
}

WorkflowScheduler::~WorkflowScheduler() = default;

void WorkflowScheduler::setPollInterval(int milliseconds)
{
    m_poll.setInterval(milliseconds);
}

QString WorkflowScheduler::runnerId()
{
    const qint64 pid = QCoreApplication::applicationPid();
    return QStringLiteral("%1:%2:%3").arg(QSysInfo::machineHostName()).arg(pid).arg(processStart(pid));
}

bool WorkflowScheduler::isGone(const WorkflowExecution &execution)
{
    const QStringList parts = execution.runner.split(QLatin1Char(':'));
    if (parts.size() == 3 && parts.at(0) == QSysInfo::machineHostName()) {
        const qint64 pid = parts.at(1).toLongLong();
        if (pid == QCoreApplication::applicationPid() && parts.at(2) == processStart(pid))
            return false; // ourselves
        return pid <= 0 || processStart(pid) != parts.at(2); // no such process, or another one now
    }
    return execution.startedAt.secsTo(Clock::currentUtc()) > kStaleRunSecs;
}

Status WorkflowScheduler::start()
{
    if (const auto closed = recoverInterrupted(); !closed)
        return closed.error();
    m_running = true;
    if (const auto pass = runPass(); !pass)
        qCWarning(lcScheduler).noquote() << "first pass:" << pass.error().text();
    m_poll.start();
    return {};
}

void WorkflowScheduler::stop()
{
    m_running = false;
    m_timer.stop();
    m_poll.stop();
}

Result<int> WorkflowScheduler::recoverInterrupted()
{
    ExecutionRepository executions(m_db, m_ctx);
    const auto closed = executions.closeInterrupted(&WorkflowScheduler::isGone);
    if (!closed)
        return closed.error();
    WorkflowRepository workflows(m_db, m_ctx);
    for (const WorkflowExecution &e : *closed) {
        qCWarning(lcScheduler).noquote() << "closed interrupted run" << e.id << "of workflow" << e.workflowId;
        if (const auto w = workflows.findById(e.workflowId)) {
            Notification n;
            n.userId = w->userId;
            n.type = NotificationType::Error;
            n.title = tr("Workflow \"%1\" was interrupted").arg(w->name).left(200);
            n.message = e.error;
            n.workflowId = w->id;
            NotificationRepository(m_db, m_ctx).create(n);
        }
    }
    return int(closed->size());
}

Result<QList<WorkflowExecution>> WorkflowScheduler::runPass()
{
    QList<WorkflowExecution> done;
    if (m_inPass)
        return done;
    m_inPass = true;
    Status s = runTimed(done);
    if (s)
        s = runEvents(done);
    if (s)
        s = runDueSoon(done);
    if (s)
        s = resumeApprovals(done);
    if (s) {
        if (const auto notified = notifyDueTasks(); !notified)
            s = notified.error();
    }
    m_inPass = false;
    if (m_running)
        rearm();
    Q_EMIT passFinished();
    if (!s)
        return s.error();
    return done;
}

Result<WorkflowExecution> WorkflowScheduler::runNow(const Workflow &workflow)
{
    ExecutionRepository executions(m_db, m_ctx);
    const QDateTime now = Clock::currentUtc();
    const auto claimed = executions.claim(workflow, QStringLiteral("manual:") + QUuid::createUuid().toString(QUuid::WithoutBraces),
                                          now, 0, runnerId());
    if (!claimed)
        return claimed.error();
    return runWithRetries(workflow, *claimed, RunInput());
}

Result<WorkflowExecution> WorkflowScheduler::runWithRetries(const Workflow &workflow, WorkflowExecution execution,
                                                            const RunInput &input)
{
    WorkflowEngine engine(m_db, UserRepository::contextOf(m_db, workflow.userId, m_ctx));
    // A definition that does not parse fails at once: trying again cannot help.
    if (const auto definition = WorkflowDefinition::parse(workflow.trigger, workflow.actions); !definition)
        return engine.fail(workflow, execution, definition.error().text());
    QString lastError;
    for (int attempt = 1; attempt <= WorkflowEngine::kMaxAttempts; ++attempt) {
        execution.attempts = attempt;
        auto result = engine.run(workflow, execution, input);
        if (result) {
            Q_EMIT executionFinished(*result, workflow.name);
            return result;
        }
        lastError = result.error().text();
        qCWarning(lcScheduler).noquote() << "run" << execution.id << "of" << workflow.name << "try" << attempt
                                         << "failed:" << lastError;
        if (attempt < WorkflowEngine::kMaxAttempts) {
            ExecutionRepository(m_db, m_ctx).setAttempts(execution.id, attempt);
            QThread::msleep(ulong(m_retryBase) << (attempt - 1));
        }
    }
    auto failed = engine.fail(workflow, execution,
                              tr("%1 (failed %2 times)").arg(lastError).arg(WorkflowEngine::kMaxAttempts));
    if (failed)
        Q_EMIT executionFinished(*failed, workflow.name);
    return failed;
}

Status WorkflowScheduler::runTimed(QList<WorkflowExecution> &done)
{
    WorkflowRepository workflows(m_db, m_ctx);
    ExecutionRepository executions(m_db, m_ctx);
    QHash<QString, QTimeZone> zones;
    for (int round = 0; round < 1000; ++round) {
        const QDateTime now = Clock::currentUtc();
        const auto due = workflows.getDueWorkflows(now, kBatch);
        if (!due)
            return due.error();
        int handled = 0;
        for (const Workflow &w : *due) {
            const auto trigger = WorkflowDefinition::parseTrigger(w.trigger);
            if (!zones.contains(w.userId)) {
                const auto zone = UserRepository::timeZoneOf(m_db, w.userId);
                if (!zone)
                    return zone.error();
                zones.insert(w.userId, *zone);
            }
            const QDateTime next = trigger ? WorkflowTiming::nextRun(*trigger, w.nextRunAt, now, zones.value(w.userId))
                                           : QDateTime();
            const bool late = w.nextRunAt.secsTo(now) > m_graceSecs;
            if (trigger && late && !trigger->catchUp) {
                if (Status s = executions.skipTimed(w, w.nextRunAt, next); s) {
                    qCInfo(lcScheduler).noquote() << "skipped the missed run of" << w.name << "due at"
                                                  << w.nextRunAt.toString(Qt::ISODate);
                    ++handled;
                }
                continue;
            }
            const auto claimed = executions.claimTimed(w, w.nextRunAt, next, runnerId());
            if (!claimed) {
                if (claimed.error().kind != Error::Kind::Conflict)
                    return claimed.error();
                continue; // another process has it
            }
            ++handled;
            if (late)
                qCInfo(lcScheduler).noquote() << "catch-up run of" << w.name << "missed at" << w.nextRunAt.toString(Qt::ISODate);
            if (auto result = runWithRetries(w, *claimed, RunInput()))
                done << *result;
        }
        if (due->size() < kBatch || handled == 0)
            break;
    }
    return {};
}

Status WorkflowScheduler::runEvents(QList<WorkflowExecution> &done)
{
    // A cheap look at the outbox (this scheduler's events only) before taking the write lock.
    auto pending = [this]() -> Result<bool> {
        Query peek(m_db);
        const bool mine = !m_ctx.isAdmin();
        if (!peek.exec(mine ? QStringLiteral("SELECT 1 FROM workflow_event WHERE user_id = ? LIMIT 1")
                            : QStringLiteral("SELECT 1 FROM workflow_event LIMIT 1"),
                       mine ? QVariantList{m_ctx.userId} : QVariantList()))
            return peek.error();
        return peek.next();
    };
    if (const auto any = pending(); !any || !*any)
        return any ? Status() : Status(any.error());
    auto accept = [](const Workflow &w, const WorkflowEvent &ev) {
        const auto trigger = WorkflowDefinition::parseTrigger(w.trigger);
        if (!trigger || trigger->kind != TriggerSpec::Kind::Event)
            return false;
        if (ev.originWorkflowId == w.id)
            return false; // a workflow does not react to its own changes
        if (ev.originDepth + 1 > kMaxChainDepth) {
            qCWarning(lcScheduler).noquote() << "not starting" << w.name << "for event" << ev.id
                                             << ": chain of workflow runs too deep";
            return false;
        }
        if (trigger->from && toString(*trigger->from) != ev.fromStatus)
            return false;
        if (trigger->to && toString(*trigger->to) != ev.toStatus)
            return false;
        return true;
    };
    ExecutionRepository executions(m_db, m_ctx);
    for (int round = 0; round < 100; ++round) {
        const auto claimed = executions.claimEvents(kBatch, runnerId(), accept);
        if (!claimed)
            return claimed.error();
        for (const ClaimedEventRun &run : *claimed) {
            RunInput input{run.event.taskId, run.event.consultationId, run.event.fromStatus, run.event.toStatus};
            if (auto result = runWithRetries(run.workflow, run.execution, input))
                done << *result;
        }
        const auto more = pending();
        if (!more)
            return more.error();
        if (!*more)
            break;
    }
    return {};
}

Status WorkflowScheduler::runDueSoon(QList<WorkflowExecution> &done)
{
    struct Due
    {
        Workflow workflow;
        QString taskId;
    };
    QList<Workflow> listening;
    {
        QVariantList values{QStringLiteral("task.due_soon"), true};
        Query q(m_db);
        if (!q.exec(QStringLiteral("SELECT %1 FROM workflow w WHERE w.event_kind = ? AND w.is_active = ?").arg(WorkflowRows::kColumns)
                        + (m_ctx.isAdmin() ? QString() : QStringLiteral(" AND w.user_id = ?")),
                    m_ctx.isAdmin() ? values : values << m_ctx.userId))
            return q.error();
        while (q.next())
            listening << WorkflowRows::readWorkflow(q);
    }
    const QDateTime now = Clock::currentUtc();
    QList<Due> due;
    for (const Workflow &w : std::as_const(listening)) {
        const auto trigger = WorkflowDefinition::parseTrigger(w.trigger);
        if (!trigger)
            continue;
        Query q(m_db);
        if (!q.exec(QStringLiteral("SELECT t.id FROM task t WHERE t.user_id = ? AND t.due_date IS NOT NULL "
                                   "AND t.due_date >= ? AND t.due_date <= ? AND t.status NOT IN (?, ?) "
                                   "AND NOT EXISTS (SELECT 1 FROM workflow_execution e WHERE e.workflow_id = ? "
                                   "AND e.trigger_key = 'due:' || t.id) ORDER BY t.due_date, t.id"),
                    {w.userId, Database::toDb(now), Database::toDb(now.addSecs(qint64(trigger->withinHours) * 3600)),
                     toString(TaskStatus::Completed), toString(TaskStatus::Cancelled), w.id}))
            return q.error();
        while (q.next())
            due << Due{w, q.value(0).toString()};
    }
    ExecutionRepository executions(m_db, m_ctx);
    for (const Due &d : std::as_const(due)) {
        const auto claimed = executions.claim(d.workflow, QStringLiteral("due:") + d.taskId, now, 0, runnerId());
        if (!claimed) {
            if (claimed.error().kind != Error::Kind::Conflict)
                return claimed.error();
            continue;
        }
        RunInput input;
        input.taskId = d.taskId;
        if (auto result = runWithRetries(d.workflow, *claimed, input))
            done << *result;
    }
    return {};
}

Status WorkflowScheduler::resumeApprovals(QList<WorkflowExecution> &done)
{
    ExecutionRepository executions(m_db, m_ctx);
    const auto decided = executions.decidedApprovals();
    if (!decided)
        return decided.error();
    for (const WorkflowExecution &waiting : *decided) {
        bool approved = false;
        if (!waiting.waitingTaskId.isEmpty()) {
            const auto task = TaskRepository(m_db, m_ctx).findById(waiting.waitingTaskId);
            approved = task && task->status == TaskStatus::Completed;
        }
        const auto workflow = WorkflowRepository(m_db, m_ctx).findById(waiting.workflowId);
        if (!workflow)
            continue;
        const auto claimed = executions.claimWaiting(waiting.id, runnerId());
        if (!claimed)
            continue; // another process resumed it
        WorkflowEngine engine(m_db, UserRepository::contextOf(m_db, workflow->userId, m_ctx));
        auto result = engine.resume(*workflow, *claimed, approved);
        if (!result)
            result = engine.fail(*workflow, *claimed, result.error().text());
        if (result) {
            Q_EMIT executionFinished(*result, workflow->name);
            done << *result;
        }
    }
    return {};
}

Result<int> WorkflowScheduler::notifyDueTasks()
{
    struct DueTask
    {
        QString id;
        QString userId;
        QString title;
        QDateTime due;
    };
    const QDateTime now = Clock::currentUtc();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    QList<DueTask> due;
    {
        QVariantList values{Database::toDb(now.addDays(-kDueLookBackDays)), Database::toDb(now.addSecs(24 * 3600)),
                            toString(TaskStatus::Completed), toString(TaskStatus::Cancelled),
                            toString(NotificationType::TaskDue)};
        QString sql = QStringLiteral("SELECT t.id, t.user_id, t.title, t.due_date FROM task t WHERE t.due_date IS NOT NULL "
                                     "AND t.due_date >= ? AND t.due_date <= ? AND t.status NOT IN (?, ?) "
                                     "AND NOT EXISTS (SELECT 1 FROM notification n WHERE n.task_id = t.id AND n.type = ?)");
        if (!m_ctx.isAdmin()) {
            sql += QStringLiteral(" AND t.user_id = ?");
            values << m_ctx.userId;
        }
        sql += QStringLiteral(" ORDER BY t.due_date, t.id");
        if (m_db.type() == DbType::PostgreSQL)
            sql += QStringLiteral(" FOR UPDATE OF t SKIP LOCKED"); // two schedulers never notify twice
        Query q(m_db);
        if (!q.exec(sql, values))
            return q.error();
        while (q.next())
            due << DueTask{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), Database::dateTimeFromDb(q.value(3))};
    }
    NotificationRepository notifications(m_db, m_ctx);
    for (const DueTask &t : std::as_const(due)) {
        Notification n;
        n.userId = t.userId;
        n.type = NotificationType::TaskDue;
        n.title = tr("Due: %1").arg(t.title).left(200);
        n.message = t.due < now ? tr("\"%1\" was due %2.").arg(t.title, t.due.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                                : tr("\"%1\" is due %2.").arg(t.title, t.due.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        n.taskId = t.id;
        if (const auto made = notifications.create(n); !made)
            return made.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return int(due.size());
}

void WorkflowScheduler::rearm()
{
    QVariantList values{true};
    Query q(m_db);
    const QString sql = QStringLiteral("SELECT min(next_run_at) FROM workflow WHERE is_active = ?")
                        + (m_ctx.isAdmin() ? QString() : QStringLiteral(" AND user_id = ?"));
    if (!m_ctx.isAdmin())
        values << m_ctx.userId;
    m_nextDueAt = (q.exec(sql, values) && q.next()) ? Database::dateTimeFromDb(q.value(0)) : QDateTime();
    if (!m_running)
        return;
    qint64 wait = kPassEveryMs;
    if (m_nextDueAt.isValid())
        wait = std::clamp<qint64>(Clock::currentUtc().msecsTo(m_nextDueAt), 0, kPassEveryMs);
    m_timer.start(int(wait));
}

void WorkflowScheduler::onTimer()
{
    if (const auto pass = runPass(); !pass)
        qCWarning(lcScheduler).noquote() << "pass:" << pass.error().text();
}

void WorkflowScheduler::onPoll()
{
    if (m_inPass)
        return;
    // Events and decided approvals from any process; a workflow changed elsewhere re-arms.
    QList<WorkflowExecution> done;
    m_inPass = true;
    Status s = runEvents(done);
    if (s)
        s = resumeApprovals(done);
    m_inPass = false;
    if (!s)
        qCWarning(lcScheduler).noquote() << "poll:" << s.error().text();
    const QDateTime before = m_nextDueAt;
    rearm();
    if (m_nextDueAt != before)
        qCInfo(lcScheduler).noquote() << "next run at" << m_nextDueAt.toString(Qt::ISODate);
}

} // namespace doo
