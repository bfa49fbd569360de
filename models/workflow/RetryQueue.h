#pragma once

#include "domain/Workflow.h"
#include "domain/WorkflowDefinition.h"
#include "workflow/WorkflowEngine.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QTimer>

#include <functional>
#include <vector>

namespace doo {

// A claimed run and what each of its tries needs, the definition parsed once.
struct ClaimedRun
{
    Workflow workflow;
    WorkflowDefinition definition;
    WorkflowExecution execution;
    RunInput input;
    int tries = 0;
    QString lastError;
    bool commitUnknown = false; // the last try lost the connection during its COMMIT
};

// Runs waiting for their next try after a failed one. The waiting is a single-shot QTimer, never
// a sleep, so the thread goes on serving other work meanwhile. A run is due once its back-off
// has passed in real time, or on the Clock (tests move the clock instead of waiting).
class RetryQueue
{
public:
    // `onDue` is called (from the event loop) when a run may be due; it takes them with takeDue().
    explicit RetryQueue(std::function<void()> onDue);

    void add(ClaimedRun run, qint64 waitMs);
    // The runs whose back-off is over, taken off the queue; re-arms the timer for the others.
    std::vector<ClaimedRun> takeDue();
    // Every waiting run (the scheduler stops).
    std::vector<ClaimedRun> takeAll();
    // Arms the timer for the earliest run again (after the clock moved).
    void rearm();
    bool isEmpty() const { return m_entries.empty(); }
    int size() const { return int(m_entries.size()); }
    // When the earliest waiting run is due by the clock (invalid when none waits).
    QDateTime nextAt() const;

private:
    struct Entry
    {
        ClaimedRun run;
        QDateTime at;
        QDeadlineTimer deadline;
    };

    std::vector<Entry> m_entries;
    QTimer m_timer;
};

} // namespace doo
