// WorkflowScheduler, the side of one run: claiming it by hand, its tries and the retries waiting
// on the timer, and which process runs it (crash recovery).

#include "workflow/WorkflowScheduler.h"

#include "domain/Clock.h"
#include "db/Database.h"
#include "workflow/Logging.h"
#include "domain/Notification.h"
#include "repositories/ExecutionRepository.h"
#include "repositories/NotificationRepository.h"
#include "repositories/UserRepository.h"
#include "repositories/WorkflowRepository.h"
#include "workflow/RetryQueue.h"
#include "workflow/RunLimits.h"
#include "domain/WorkflowDefinition.h"
#include "workflow/WorkflowEngine.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QSysInfo>
#include <QUuid>

#include <optional>

namespace doo {

namespace {

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

// A caller serving the event loop until a run ends (executionId), or until no run waits for a
// retry (executionId empty).
struct WorkflowScheduler::Waiter
{
    QString executionId;
    QEventLoop loop;
    std::optional<Result<WorkflowExecution>> outcome;
    bool done = false;

    void wait(QList<Waiter *> &waiters)
    {
        waiters << this;
        while (!done)
            loop.exec();
        waiters.removeOne(this);
    }
};

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
    // Another computer: only its heartbeat tells (rows from before migration 013 have their start).
    const QDateTime heartbeat = execution.heartbeatAt.isValid() ? execution.heartbeatAt : execution.startedAt;
    return heartbeat.secsTo(Clock::currentUtc()) > kStaleHeartbeatSecs;
}

void WorkflowScheduler::beat(bool always)
{
    const QDateTime now = Clock::currentUtc();
    if (!always && m_lastBeat.isValid() && m_lastBeat <= now && m_lastBeat.secsTo(now) < kHeartbeatEverySecs)
        return;
    if (Status s = ExecutionRepository(m_db, m_ctx).beat(runnerId()); !s) {
        qCWarning(lcScheduler).noquote() << "heartbeat:" << s.error().text();
        return;
    }
    m_lastBeat = now;
}

Status WorkflowScheduler::runReruns(QList<WorkflowExecution> &done)
{
    ExecutionRepository executions(m_db, m_ctx);
    const auto pending = executions.pendingReruns();
    if (!pending)
        return pending.error();
    const QDateTime now = Clock::currentUtc();
    for (const WorkflowExecution &interrupted : *pending) {
        const auto workflow = WorkflowRepository(m_db, m_ctx).findById(interrupted.workflowId);
        if (!workflow) {
            if (workflow.error().kind == Error::Kind::NotFound)
                continue; // deleted meanwhile: its runs go with it
            return workflow.error();
        }
        // By the workflow's own rules: not when it is off, nor late when it skips missed runs.
        const auto trigger = WorkflowDefinition::parseTrigger(workflow->trigger);
        const bool late = interrupted.triggerKey.startsWith(QLatin1String("at:"))
            && interrupted.scheduledFor.secsTo(now) > m_graceSecs && trigger && !trigger->catchUp;
        if (!workflow->isActive || late) {
            qCInfo(lcScheduler).noquote() << "not running again the interrupted run" << interrupted.id << "of" << workflow->name
                                          << (late ? "(too late)" : "(workflow off)");
            if (Status s = executions.dropRerun(interrupted.id); !s)
                return s;
            continue;
        }
        const auto claimed = executions.claimRerun(*workflow, interrupted, runnerId());
        if (!claimed) {
            if (claimed.error().kind != Error::Kind::Conflict)
                return claimed.error();
            continue; // another process runs it
        }
        qCInfo(lcScheduler).noquote() << "running again" << interrupted.triggerKey << "of" << workflow->name << "(its run"
                                      << interrupted.id << "was interrupted)";
        RunInput input;
        if (interrupted.triggerKey.startsWith(QLatin1String("due:")))
            input.taskId = interrupted.triggerKey.mid(4);
        auto result = startRun(*workflow, WorkflowDefinition::parse(workflow->trigger, workflow->actions), *claimed, input);
        if (result && result->status != ExecutionStatus::Running)
            done << *result;
    }
    return {};
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
            // The run is closed either way; a notice that cannot be written is only logged.
            if (const auto created = NotificationRepository(m_db, m_ctx).create(n); !created)
                qCWarning(lcScheduler) << "interrupted run" << e.id << "not announced:" << created.error().text();
        }
    }
    return int(closed->size());
}

Result<WorkflowExecution> WorkflowScheduler::runNow(const Workflow &workflow)
{
    ExecutionRepository executions(m_db, m_ctx);
    const QDateTime now = Clock::currentUtc();
    const auto claimed = executions.claim(
        workflow, QStringLiteral("manual:") + QUuid::createUuid().toString(QUuid::WithoutBraces), now, 0, runnerId());
    if (!claimed)
        return claimed.error();
    return startRun(workflow, WorkflowDefinition::parse(workflow.trigger, workflow.actions), *claimed, RunInput());
}

Result<WorkflowExecution> WorkflowScheduler::runNowAndWait(const Workflow &workflow)
{
    auto run = runNow(workflow);
    if (!run || run->status != ExecutionStatus::Running)
        return run;
    Waiter waiter;
    waiter.executionId = run->id;
    waiter.wait(m_waiters);
    return *waiter.outcome;
}

QList<WorkflowExecution> WorkflowScheduler::waitForRetries()
{
    QList<WorkflowExecution> ended;
    const auto collect = connect(this, &WorkflowScheduler::executionFinished, this,
                                 [&ended](const WorkflowExecution &e, const QString &) { ended << e; });
    while (!m_retries->isEmpty()) { // a run of several taken together may go back to the queue
        Waiter waiter;
        waiter.wait(m_waiters);
    }
    disconnect(collect);
    return ended;
}

int WorkflowScheduler::retriesWaiting() const
{
    return m_retries->size();
}

QDateTime WorkflowScheduler::nextRetryAt() const
{
    return m_retries->nextAt();
}

Result<WorkflowExecution> WorkflowScheduler::startRun(const Workflow &workflow, const Result<WorkflowDefinition> &definition,
                                                      const WorkflowExecution &execution, const RunInput &input)
{
    ClaimedRun run{workflow, {}, execution, input, 0, {}, false};
    if (!definition) {
        // A definition that does not parse fails at once: trying again cannot help.
        WorkflowEngine engine(m_db, UserRepository::contextOf(m_db, workflow.userId, m_ctx));
        return ended(run, engine.fail(workflow, execution, definition.error().text()));
    }
    run.definition = *definition;
    return attempt(std::move(run));
}

Result<WorkflowExecution> WorkflowScheduler::attempt(ClaimedRun run)
{
    if (run.commitUnknown) { // the last try's COMMIT was in flight: did it land?
        const auto now = ExecutionRepository(m_db, m_ctx).findById(run.execution.id);
        if (!now) {
            const WorkflowExecution waiting = run.execution;
            m_retries->add(std::move(run), m_retryBase);
            return waiting;
        }
        run.commitUnknown = false;
        if (now->status != ExecutionStatus::Running)
            return ended(run, *now); // it did: running it again would do its work twice
    }
    beat(true); // also says the runs waiting for a retry are alive
    WorkflowEngine engine(m_db, UserRepository::contextOf(m_db, run.workflow.userId, m_ctx));
    run.execution.attempts = ++run.tries;
    auto result = engine.run(run.workflow, run.definition, run.execution, run.input);
    if (result)
        return ended(run, std::move(result));
    const Error::Kind kind = result.error().kind;
    if ((kind == Error::Kind::ConnectionLost || kind == Error::Kind::CommitUnknown) && m_db.reconnects()) {
        // Not the run's fault: it waits for the connection to come back without using up a try.
        qCInfo(lcScheduler).noquote() << "run" << run.execution.id << "of" << run.workflow.name
                                      << "waits for the connection:" << result.error().text();
        run.execution.attempts = --run.tries;
        run.commitUnknown = kind == Error::Kind::CommitUnknown;
        const WorkflowExecution waiting = run.execution;
        m_retries->add(std::move(run), m_retryBase);
        return waiting;
    }
    if (kind == Error::Kind::Conflict) {
        // finish() found it no longer RUNNING (closed as interrupted elsewhere): its outcome stands.
        if (const auto now = ExecutionRepository(m_db, m_ctx).findById(run.execution.id);
            now && now->status != ExecutionStatus::Running) {
            qCWarning(lcScheduler).noquote()
                << "run" << run.execution.id << "of" << run.workflow.name << "was closed elsewhere:" << result.error().text();
            return ended(run, *now);
        }
    }
    const QString field = result.error().field;
    if (field.endsWith(RunLimits::kChainField) || field.endsWith(RunLimits::kMinuteField)) {
        // A limit of new tasks: trying again cannot help; one ERROR notification says so.
        m_limitReached = true;
        if (field.endsWith(RunLimits::kMinuteField))
            m_tasksLimitedUntil.insert(run.workflow.userId, Clock::currentUtc().addSecs(60));
        qCWarning(lcScheduler).noquote() << "run" << run.execution.id << "of" << run.workflow.name
                                         << "reached a limit of new tasks";
        return ended(run, engine.fail(run.workflow, run.execution, result.error().message));
    }
    run.lastError = result.error().text();
    qCWarning(lcScheduler).noquote() << "run" << run.execution.id << "of" << run.workflow.name << "try" << run.tries
                                     << "failed:" << run.lastError;
    if (run.tries < WorkflowEngine::kMaxAttempts) {
        if (Status s = ExecutionRepository(m_db, m_ctx).setAttempts(run.execution.id, run.tries); !s)
            qCWarning(lcScheduler).noquote() << "run" << run.execution.id << s.error().text();
        const WorkflowExecution waiting = run.execution;
        m_retries->add(std::move(run), qint64(m_retryBase) << (waiting.attempts - 1));
        return waiting;
    }
    return ended(run,
                 engine.fail(run.workflow, run.execution,
                             tr("%1 (failed %2 times)").arg(run.lastError).arg(WorkflowEngine::kMaxAttempts)));
}

Result<WorkflowExecution> WorkflowScheduler::ended(const ClaimedRun &run, Result<WorkflowExecution> outcome)
{
    if (outcome)
        Q_EMIT executionFinished(*outcome, run.workflow.name);
    for (Waiter *waiter : std::as_const(m_waiters)) {
        if (waiter->executionId == run.execution.id || (waiter->executionId.isEmpty() && m_retries->isEmpty())) {
            waiter->outcome = outcome;
            waiter->done = true;
            waiter->loop.quit();
        }
    }
    return outcome;
}

void WorkflowScheduler::runRetries(QList<WorkflowExecution> &done)
{
    for (ClaimedRun &run : m_retries->takeDue()) {
        if (auto result = attempt(std::move(run)); result && result->status != ExecutionStatus::Running)
            done << *result;
    }
}

void WorkflowScheduler::onRetryDue()
{
    if (m_db.isLost() && m_db.reconnects()) { // they wait for the connection, looking again now and then
        for (ClaimedRun &run : m_retries->takeDue())
            m_retries->add(std::move(run), m_retryBase);
        return;
    }
    if (m_inPass) {
        m_retries->rearm(); // the pass takes them
        return;
    }
    QList<WorkflowExecution> done;
    m_inPass = true;
    runRetries(done);
    m_inPass = false;
}

void WorkflowScheduler::abandonRetries()
{
    for (const ClaimedRun &run : m_retries->takeAll()) {
        WorkflowEngine engine(m_db, UserRepository::contextOf(m_db, run.workflow.userId, m_ctx));
        const auto failed =
            ended(run, engine.fail(run.workflow, run.execution, tr("%1 (failed %2 times)").arg(run.lastError).arg(run.tries)));
        if (!failed)
            qCWarning(lcScheduler).noquote() << "run" << run.execution.id << failed.error().text();
    }
}

} // namespace doo
