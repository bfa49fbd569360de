#pragma once

#include "domain/Result.h"
#include "domain/User.h"
#include "domain/Workflow.h"

#include <QObject>
#include <QTimer>

namespace doo {

class Database;
struct ClaimedEventRun;
struct RunInput;

// The local scheduler: one QTimer armed for the earliest next_run_at of the workflows it sees
// (its user's; everyone's for an ADMIN), re-armed when workflows change. Each pass runs what is
// due exactly once across processes (runs are claimed with conditional updates), reacts to
// committed events, resumes decided approvals and raises TASK_DUE notifications. Time comes
// from Clock (injectable). Runs retry with backoff (WorkflowEngine::kMaxAttempts tries).
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
    void stop();
    bool isRunning() const { return m_running; }

    // One pass at the clock's now. Returns the runs it finished.
    Result<QList<WorkflowExecution>> runPass();
    // Runs a workflow by hand now (key "manual:<id>"), with retries.
    Result<WorkflowExecution> runNow(const Workflow &workflow);
    // Closes RUNNING executions whose process is gone; returns how many.
    Result<int> recoverInterrupted();
    // TASK_DUE notifications for tasks due within 24 hours, once per task; returns how many.
    Result<int> notifyDueTasks();

    // The earliest due time the timer is armed for (invalid when nothing is due).
    QDateTime nextDueAt() const { return m_nextDueAt; }
    // Re-reads the earliest due time and re-arms the timer.
    void rearm();

    // "host:pid:start" of this process, and whether a runner is gone (same host, no such
    // process) or stale (RUNNING for over an hour).
    static QString runnerId();
    static bool isGone(const WorkflowExecution &execution);

Q_SIGNALS:
    void executionFinished(const doo::WorkflowExecution &execution, const QString &workflowName);
    void passFinished();

private:
    void onTimer();
    void onPoll();
    Result<WorkflowExecution> runWithRetries(const Workflow &workflow, WorkflowExecution execution, const RunInput &input);
    Status runTimed(QList<WorkflowExecution> &done);
    Status runEvents(QList<WorkflowExecution> &done);
    Status runDueSoon(QList<WorkflowExecution> &done);
    Status resumeApprovals(QList<WorkflowExecution> &done);

    Database &m_db;
    UserContext m_ctx;
    QTimer m_timer;
    QTimer m_poll;
    QDateTime m_nextDueAt;
    int m_retryBase = 1000;
    int m_graceSecs = 600;
    bool m_running = false;
    bool m_inPass = false;
};

} // namespace doo
