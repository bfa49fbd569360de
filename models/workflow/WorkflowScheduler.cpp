#include "workflow/WorkflowScheduler.h"

#include "domain/Clock.h"
#include "db/Database.h"
#include "db/Reconnector.h"
#include "workflow/Approvals.h"
#include "workflow/Housekeeping.h"
#include "workflow/Logging.h"
#include "domain/Notification.h"
#include "domain/Task.h"
#include "repositories/EventOutboxRepository.h"
#include "repositories/ExecutionRepository.h"
#include "repositories/NotificationRepository.h"
#include "repositories/TaskRepository.h"
#include "repositories/UserRepository.h"
#include "repositories/WorkflowRepository.h"
#include "workflow/RetryQueue.h"
#include "workflow/RunLimits.h"
#include "workflow/TaskDueNotice.h"
#include "domain/WorkflowDefinition.h"
#include "workflow/WorkflowEngine.h"
#include "domain/WorkflowTiming.h"

#include <QTimeZone>

#include <map>
#include <optional>

namespace doo {

namespace {

constexpr int kMaxChainDepth = 3; // a run raised by a run raised by a run: no further
constexpr int kBatch = 500; // due workflows or events taken per query
constexpr int kPassEveryMs = 60'000; // at least one pass a minute (due tasks, approvals)
constexpr qint64 kDueLookBackDays = 7; // TASK_DUE also for tasks that fell due this recently

// A run that ended goes to the pass's list; one waiting for a retry comes later.
void collect(QList<WorkflowExecution> &done, const Result<WorkflowExecution> &run)
{
    if (run && run->status != ExecutionStatus::Running)
        done << *run;
}

// The definitions of the workflows one step of a pass looks at, each parsed once per version.
class Definitions
{
public:
    const Result<WorkflowDefinition> &of(const Workflow &w)
    {
        const QString key = w.id + QLatin1Char('@') + QString::number(w.version);
        auto it = m_parsed.find(key);
        if (it == m_parsed.end())
            it = m_parsed.emplace(key, WorkflowDefinition::parse(w.trigger, w.actions)).first;
        return it->second;
    }

private:
    std::map<QString, Result<WorkflowDefinition>> m_parsed;
};

// A workflow's trigger: its parsed definition's, or parsed on its own when the actions are broken
// (the trigger still times the workflow, and the run records why it cannot go).
std::optional<TriggerSpec> triggerOf(const Workflow &w, const Result<WorkflowDefinition> &definition)
{
    if (definition)
        return definition->trigger;
    const auto trigger = WorkflowDefinition::parseTrigger(w.trigger);
    return trigger ? std::optional<TriggerSpec>(*trigger) : std::nullopt;
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
    m_retries = std::make_unique<RetryQueue>([this] { onRetryDue(); });
}

WorkflowScheduler::~WorkflowScheduler()
{
    abandonRetries();
}

void WorkflowScheduler::setPollInterval(int milliseconds)
{
    m_poll.setInterval(milliseconds);
}

Status WorkflowScheduler::start()
{
    if (const auto closed = recoverInterrupted(); !closed)
        return closed.error();
    m_running = true;
    // While the connection is lost the timers do nothing; once it is back, what fell due meanwhile
    // runs (the claims keep each due time to one run, also across processes).
    connect(&m_db.reconnector(), &Reconnector::reconnected, this, &WorkflowScheduler::resume, Qt::UniqueConnection);
    if (m_paused)
        return {}; // setPaused(false) does the first pass
    if (const auto pass = runPass(); !pass)
        qCWarning(lcScheduler).noquote() << "first pass:" << pass.error().text();
    m_poll.start();
    return {};
}

void WorkflowScheduler::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    if (paused) {
        m_timer.stop();
        m_poll.stop();
        qCInfo(lcScheduler) << "paused";
        return;
    }
    qCInfo(lcScheduler) << "resumed";
    if (!m_running)
        return;
    if (!m_db.isLost()) {
        if (const auto pass = runPass(); !pass)
            qCWarning(lcScheduler).noquote() << "pass after the pause:" << pass.error().text();
    }
    rearm();
    m_poll.start();
}

void WorkflowScheduler::stop()
{
    m_running = false;
    m_timer.stop();
    m_poll.stop();
    abandonRetries();
}

Result<QList<WorkflowExecution>> WorkflowScheduler::runPass()
{
    QList<WorkflowExecution> done;
    if (m_inPass)
        return done;
    m_inPass = true;
    runRetries(done);
    Status s = runReruns(done);
    if (s)
        s = runTimed(done);
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
    keepHouse();
    m_inPass = false;
    // A pass that failed (a full disk, a broken file) would fail again at once on the run still
    // due: the next one waits 1 s, 2 s, 4 s… up to the usual minute instead of spinning.
    m_failedPasses = s ? 0 : m_failedPasses + 1;
    m_passBackoff =
        s ? QDeadlineTimer() : QDeadlineTimer(std::min<qint64>(kPassEveryMs, qint64(1000) << std::min(m_failedPasses - 1, 6)));
    if (m_running)
        rearm();
    Q_EMIT passFinished();
    if (!s)
        return s.error();
    return done;
}

Status WorkflowScheduler::runTimed(QList<WorkflowExecution> &done)
{
    WorkflowRepository workflows(m_db, m_ctx);
    ExecutionRepository executions(m_db, m_ctx);
    Definitions definitions;
    QHash<QString, QTimeZone> zones;
    for (int round = 0; round < 1000; ++round) {
        const QDateTime now = Clock::currentUtc();
        const auto due = workflows.getDueWorkflows(now, kBatch);
        if (!due)
            return due.error();
        int handled = 0;
        for (const Workflow &w : *due) {
            const auto &definition = definitions.of(w);
            const auto trigger = triggerOf(w, definition);
            if (!zones.contains(w.userId)) {
                const auto zone = UserRepository::timeZoneOf(m_db, w.userId);
                if (!zone)
                    return zone.error();
                zones.insert(w.userId, *zone);
            }
            const QDateTime next =
                trigger ? WorkflowTiming::nextRun(*trigger, w.nextRunAt, now, zones.value(w.userId)) : QDateTime();
            const bool late = w.nextRunAt.secsTo(now) > m_graceSecs;
            if (trigger && late && !trigger->catchUp) {
                if (Status s = executions.skipTimed(w, w.nextRunAt, next); s) {
                    qCInfo(lcScheduler).noquote()
                        << "skipped the missed run of" << w.name << "due at" << w.nextRunAt.toString(Qt::ISODate);
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
            collect(done, startRun(w, definition, *claimed, RunInput()));
        }
        if (due->size() < kBatch || handled == 0)
            break;
    }
    return {};
}

Status WorkflowScheduler::runEvents(QList<WorkflowExecution> &done)
{
    EventOutboxRepository outbox(m_db, m_ctx);
    if (const auto any = outbox.hasPending(); !any || !*any)
        return any ? Status() : Status(any.error());
    Definitions definitions;
    // The chains of this call (RunLimits): a run's chain is the event a person caused, or the
    // run that started it; the tasks each chain created so far; the chains that reached a limit.
    QHash<QString, QString> chainOf; // execution id -> chain
    QHash<QString, int> chainTasks;
    QSet<QString> stopped;
    int skipped = 0;
    auto chainFor = [&chainOf](const WorkflowEvent &ev) {
        if (ev.originExecutionId.isEmpty())
            return QStringLiteral("event:%1").arg(ev.id);
        return chainOf.value(ev.originExecutionId, QStringLiteral("run:") + ev.originExecutionId);
    };
    auto accept = [&](const Workflow &w, const WorkflowEvent &ev) {
        const auto trigger = triggerOf(w, definitions.of(w));
        if (!trigger || trigger->kind != TriggerSpec::Kind::Event)
            return false;
        if (ev.originWorkflowId == w.id)
            return false; // a workflow does not react to its own changes
        if (ev.originDepth + 1 > kMaxChainDepth) {
            qCWarning(lcScheduler).noquote()
                << "not starting" << w.name << "for event" << ev.id << ": chain of workflow runs too deep";
            return false;
        }
        if (trigger->from && toString(*trigger->from) != ev.fromStatus)
            return false;
        if (trigger->to && toString(*trigger->to) != ev.toStatus)
            return false;
        if (stopped.contains(chainFor(ev)) || tasksLimited(w.userId)) {
            if (++skipped == 1 || skipped % 1000 == 0) // said once, not for each of thousands
                qCWarning(lcScheduler).noquote() << "not starting" << w.name << "for event" << ev.id
                                                 << ": the limit of new tasks was reached;" << skipped << "runs not started";
            return false;
        }
        return true;
    };
    for (int round = 0; round < 100; ++round) {
        const auto claimed = outbox.claimRuns(kBatch, runnerId(), accept);
        if (!claimed)
            return claimed.error();
        for (const ClaimedEventRun &run : *claimed) {
            const QString chain = chainFor(run.event);
            chainOf.insert(run.execution.id, chain);
            if (stopped.contains(chain) || tasksLimited(run.workflow.userId)) {
                // Claimed together with the run that reached a limit: closed without a
                // notification of its own (that run raised the one ERROR notification).
                WorkflowExecution closed = run.execution;
                closed.status = ExecutionStatus::Cancelled;
                closed.finishedAt = Clock::currentUtc();
                closed.error = tr("not started: its chain of workflow runs reached the limit of new tasks");
                if (Status s = ExecutionRepository(m_db, m_ctx).finish(closed); !s)
                    return s.error();
                collect(done, closed);
                continue;
            }
            RunInput input{run.event.taskId, run.event.consultationId, run.event.fromStatus, run.event.toStatus};
            input.taskBudget = std::max(0, RunLimits::kTasksPerChain - chainTasks.value(chain));
            m_limitReached = false;
            const auto result = startRun(run.workflow, definitions.of(run.workflow), run.execution, input);
            if (result)
                chainTasks[chain] += result->tasksCreated;
            if (m_limitReached)
                stopped.insert(chain);
            collect(done, result);
        }
        const auto more = outbox.hasPending();
        if (!more)
            return more.error();
        if (!*more)
            break;
    }
    return {};
}

bool WorkflowScheduler::tasksLimited(const QString &userId) const
{
    const auto until = m_tasksLimitedUntil.constFind(userId);
    return until != m_tasksLimitedUntil.cend() && Clock::currentUtc() < *until;
}

Status WorkflowScheduler::runDueSoon(QList<WorkflowExecution> &done)
{
    const auto listening =
        WorkflowRepository(m_db, m_ctx).activeListeningTo(TriggerSpec::eventName(TriggerSpec::Event::TaskDueSoon));
    if (!listening)
        return listening.error();
    const QDateTime now = Clock::currentUtc();
    ExecutionRepository executions(m_db, m_ctx);
    Definitions definitions;
    QList<std::pair<Workflow, QString>> due; // all found before any runs
    for (const Workflow &w : *listening) {
        const auto trigger = triggerOf(w, definitions.of(w));
        if (!trigger)
            continue;
        const auto tasks = executions.tasksDueWithoutRun(w, now, now.addSecs(qint64(trigger->withinHours) * 3600));
        if (!tasks)
            return tasks.error();
        for (const QString &taskId : *tasks)
            due.append({w, taskId});
    }
    for (const auto &[w, taskId] : std::as_const(due)) {
        const auto claimed = executions.claim(w, QStringLiteral("due:") + taskId, now, 0, runnerId());
        if (!claimed) {
            if (claimed.error().kind != Error::Kind::Conflict)
                return claimed.error();
            continue;
        }
        RunInput input;
        input.taskId = taskId;
        collect(done, startRun(w, definitions.of(w), *claimed, input));
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
        // The claim and the rest of the run in one transaction (see Approvals::resumeDecided).
        auto result =
            Approvals::resumeDecided(m_db, m_ctx, approved, [&] { return executions.claimWaiting(waiting.id, runnerId()); });
        if (!result && result.error().kind == Error::Kind::Conflict)
            continue; // another process resumed it
        if (result) {
            Q_EMIT executionFinished(*result, workflow->name);
            done << *result;
        }
    }
    return {};
}

Result<int> WorkflowScheduler::notifyDueTasks()
{
    const QDateTime now = Clock::currentUtc();
    NotificationRepository notifications(m_db, m_ctx);
    auto check = [&] {
        return notifications.createTaskDue(now.addDays(-kDueLookBackDays), now.addSecs(24 * 3600),
                                           [&now](const QList<DueTask> &tasks) { return TaskDueNotice::compose(tasks, now); });
    };
    auto made = check();
    // Another scheduler recorded some of these tasks first (its commit came after this check
    // looked): once more, with what is left.
    if (!made && made.error().kind == Error::Kind::Constraint)
        made = check();
    return made;
}

bool WorkflowScheduler::keepHouse()
{
    const QDateTime now = Clock::currentUtc();
    if (m_lastHousekeeping.isValid() && m_lastHousekeeping <= now && m_lastHousekeeping.msecsTo(now) < Housekeeping::kEveryMs)
        return false;
    m_lastHousekeeping = now;
    const auto report = Housekeeping(m_db, m_ctx).run();
    if (!report) {
        qCWarning(lcScheduler).noquote() << "housekeeping:" << report.error().text();
        return true;
    }
    if (report->notificationsDeleted + report->runsArchived + report->historyArchived + report->budgetAlerts > 0)
        qCInfo(lcScheduler).noquote() << "housekeeping:" << report->notificationsDeleted << "notifications deleted,"
                                      << report->runsArchived << "runs and" << report->historyArchived << "history rows archived,"
                                      << report->budgetAlerts << "budget alerts";
    return true;
}

void WorkflowScheduler::rearm()
{
    const auto earliest = WorkflowRepository(m_db, m_ctx).earliestNextRun();
    if (!earliest)
        qCWarning(lcScheduler).noquote() << "next due time:" << earliest.error().text();
    m_nextDueAt = earliest ? *earliest : QDateTime();
    m_retries->rearm();
    if (!m_running || m_paused)
        return;
    qint64 wait = kPassEveryMs;
    if (m_nextDueAt.isValid())
        wait = std::clamp<qint64>(Clock::currentUtc().msecsTo(m_nextDueAt), 0, kPassEveryMs);
    if (!m_passBackoff.hasExpired())
        wait = std::max(wait, m_passBackoff.remainingTime());
    m_timer.start(int(wait));
}

void WorkflowScheduler::resume()
{
    if (!m_running)
        return;
    qCInfo(lcScheduler) << "connection back: resuming";
    m_failedPasses = 0;
    m_passBackoff = QDeadlineTimer();
    rearm();
}

void WorkflowScheduler::onTimer()
{
    if (m_paused || m_db.isLost())
        return; // resume() re-arms
    if (const auto pass = runPass(); !pass)
        qCWarning(lcScheduler).noquote() << "pass:" << pass.error().text();
}

void WorkflowScheduler::onPoll()
{
    if (m_paused || m_inPass || m_db.isLost())
        return;
    // Events and decided approvals from any process; a workflow changed elsewhere re-arms.
    QList<WorkflowExecution> done;
    m_inPass = true;
    beat(false);
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
