#pragma once

#include "domain/Result.h"
#include "domain/User.h"
#include "domain/Workflow.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QDeadlineTimer>
#include <QTimer>

#include <memory>

namespace doo {

class Database;
class RetryQueue;
struct ClaimedRun;
struct RunInput;
struct WorkflowDefinition;

// The local scheduler: one QTimer armed for the earliest next_run_at of the workflows it sees
// (its user's; everyone's for an ADMIN), re-armed when workflows change. Each pass runs what is
// due exactly once across processes (runs are claimed with conditional updates), reacts to
// committed events, resumes decided approvals and raises TASK_DUE notifications. Time comes
// from Clock (injectable). Runs retry with backoff (WorkflowEngine::kMaxAttempts tries); a run
// waiting for its next try waits on a timer, so passes, polls and Run now go on meanwhile.
class WorkflowScheduler : public QObject
{
    Q_OBJECT

public:
    WorkflowScheduler(Database &db, UserContext ctx, QObject *parent = nullptr);
    ~WorkflowScheduler() override;

    // Waiting before retry n+1 is base * 2^(n-1) (default 1 s).
    void setRetryBase(int milliseconds) { m_retryBase = milliseconds; }
    // How often the outbox and other processes' changes are looked at (default 2 s).
    void setPollInterval(int milliseconds);
    // How late a run may start and still count as on time; later ones of workflows that skip
    // missed runs are skipped (default 10 minutes).
    void setGraceSeconds(int seconds) { m_graceSecs = seconds; }

    // Closes runs left RUNNING by a crashed process, does a first pass (one catch-up run per
    // workflow that missed runs) and starts the timers.
    Status start();
    // Stops the timers. Runs waiting for a retry are recorded as failed with the tries they had.
    void stop();
    bool isRunning() const { return m_running; }
    // Holds what falls due: the timers stop (a run already waiting for its next try still gets
    // it, and runNow() still runs by hand). Unpausing does a pass at once, by the same catch-up
    // rules as start(): one catch-up run per workflow that missed runs, or the skip.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }

    // One pass at the clock's now (retries that are due included). Returns the runs it finished.
    Result<QList<WorkflowExecution>> runPass();
    // Runs a workflow by hand now (key "manual:<id>"). A failed try that will be tried again
    // comes back RUNNING with its attempts so far, its retry scheduled; its outcome comes as
    // executionFinished.
    Result<WorkflowExecution> runNow(const Workflow &workflow);
    // runNow(), then waits for the outcome serving this thread's events (timers, other retries):
    // for a caller that has nothing else to do meanwhile, like the command line.
    Result<WorkflowExecution> runNowAndWait(const Workflow &workflow);
    // Serves this thread's events until no run waits for a retry; returns the runs that ended
    // meanwhile (a single pass of the command line finishes its runs this way).
    QList<WorkflowExecution> waitForRetries();
    // Runs waiting for their next try, and when the earliest is due by the clock.
    int retriesWaiting() const;
    QDateTime nextRetryAt() const;
    // Closes RUNNING executions whose process is gone; returns how many. The due time of one
    // that committed nothing runs again once, at the next pass (ExecutionRepository::closeInterrupted).
    Result<int> recoverInterrupted();
    // TASK_DUE notifications for tasks due within 24 hours (or fallen due in the last week), once per
    // task, one per user naming all their tasks found at once; returns how many tasks.
    Result<int> notifyDueTasks();
    // Housekeeping (retention, the weekly target's BUDGET_ALERT) when the last round is at least
    // Housekeeping::kEveryMs ago by the clock; each pass calls it. Its errors are logged, never
    // the pass's. Returns whether a round ran.
    bool keepHouse();

    // The earliest due time the timer is armed for (invalid when nothing is due).
    QDateTime nextDueAt() const { return m_nextDueAt; }
    // Re-reads the earliest due time and re-arms the timers (the retries' too, after the clock moved).
    void rearm();

    // "host:pid:start" of this process, and whether a runner is gone (same host, no such
    // process) or stale (its heartbeat older than kStaleHeartbeatSecs: another computer).
    static QString runnerId();
    static bool isGone(const WorkflowExecution &execution);
    // A scheduler renews the heartbeat of its RUNNING executions at each try of a run and at
    // least this often while it runs (the poll timer).
    static constexpr qint64 kHeartbeatEverySecs = 60;
    // A RUNNING execution of another computer whose heartbeat is this old is dead. Longer than a
    // run's one transaction may take, during which its heartbeat cannot be renewed.
    static constexpr qint64 kStaleHeartbeatSecs = 15 * 60;

Q_SIGNALS:
    void executionFinished(const doo::WorkflowExecution &execution, const QString &workflowName);
    void passFinished();

private:
    void resume();
    void onTimer();
    void onPoll();
    void onRetryDue();
    // Starts a claimed run: fails it at once when its definition does not parse, else tries it.
    Result<WorkflowExecution> startRun(const Workflow &workflow, const Result<WorkflowDefinition> &definition,
                                       const WorkflowExecution &execution, const RunInput &input);
    // One try; a failed one is queued for a retry (and comes back RUNNING) until the last.
    Result<WorkflowExecution> attempt(ClaimedRun run);
    // The outcome of a run: signalled, and handed to a runNowAndWait() waiting for it.
    Result<WorkflowExecution> ended(const ClaimedRun &run, Result<WorkflowExecution> outcome);
    void runRetries(QList<WorkflowExecution> &done);
    // Runs again, once, the due times of interrupted runs (recoverInterrupted()).
    Status runReruns(QList<WorkflowExecution> &done);
    // Renews the heartbeat of this process's RUNNING executions: always, or when kHeartbeatEverySecs passed.
    void beat(bool always);
    void abandonRetries();
    Status runTimed(QList<WorkflowExecution> &done);
    Status runEvents(QList<WorkflowExecution> &done);
    // The user's runs reached RunLimits::kTasksPerMinute less than a minute ago.
    bool tasksLimited(const QString &userId) const;
    Status runDueSoon(QList<WorkflowExecution> &done);
    Status resumeApprovals(QList<WorkflowExecution> &done);

    Database &m_db;
    UserContext m_ctx;
    QTimer m_timer;
    QTimer m_poll;
    std::unique_ptr<RetryQueue> m_retries;
    struct Waiter;
    QList<Waiter *> m_waiters;
    QDateTime m_nextDueAt;
    QDateTime m_lastHousekeeping;
    QDateTime m_lastBeat;
    QHash<QString, QDateTime> m_tasksLimitedUntil; // user id -> end of the minute their runs stopped
    bool m_limitReached = false; // the last run failed at a limit of RunLimits
    int m_retryBase = 1000;
    int m_graceSecs = 600;
    int m_failedPasses = 0; // passes failed in a row: the next one waits longer (a full disk stays full)
    QDeadlineTimer m_passBackoff; // no timed pass before it expires
    bool m_running = false;
    bool m_paused = false;
    bool m_inPass = false;
};

} // namespace doo
