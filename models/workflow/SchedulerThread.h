#pragma once

#include "db/DatabaseUrl.h"
#include "domain/User.h"
#include "domain/Workflow.h"

#include <QObject>

class QThread;

namespace doo {

// The window's scheduler: a WorkflowScheduler on its own thread and its own connection, so a
// run (a report, an export, retries with backoff) never blocks the window. When the server goes
// away, that connection comes back on its own (Reconnector) and the scheduler resumes.
class SchedulerThread : public QObject
{
    Q_OBJECT

public:
    SchedulerThread(DatabaseUrl url, UserContext ctx, QObject *parent = nullptr);
    ~SchedulerThread() override; // stops the scheduler and waits for its thread

    void start();
    // Re-reads the earliest due time (after a workflow changed in this process).
    void rearm();
    // Runs a workflow by hand on the scheduler's thread; the outcome comes as executionFinished
    // (or failed).
    void runNow(const QString &workflowId);
    // Holds the runs that fall due (WorkflowScheduler::setPaused) without waiting for the
    // scheduler's thread; a pause set before start() holds the first pass too.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }

Q_SIGNALS:
    void executionFinished(const doo::WorkflowExecution &execution, const QString &workflowName);
    void failed(const QString &message);
    // The scheduler's own connection was lost (false) or is back (true).
    void connectionChanged(bool connected);
    void pausedChanged(bool paused);

private:
    DatabaseUrl m_url;
    UserContext m_ctx;
    QThread *m_thread = nullptr;
    QObject *m_worker = nullptr;
    bool m_paused = false;
};

} // namespace doo

Q_DECLARE_METATYPE(doo::WorkflowExecution)
