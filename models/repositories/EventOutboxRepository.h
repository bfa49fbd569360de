#pragma once

#include "domain/Workflow.h"
#include "repositories/Repository.h"

#include <functional>

namespace doo {

// A change that a workflow may react to, from the workflow_event outbox (filled by triggers in
// the same transaction as the change, so it exists only once the change is committed).
struct WorkflowEvent
{
    qint64 id = 0;
    QString userId;
    QString kind; // "task.created", "task.status_changed", "consultation.scheduled", ...
    QString taskId;
    QString consultationId;
    QString fromStatus;
    QString toStatus;
    QString originExecutionId; // the run whose change raised it, if any
    QString originWorkflowId;
    int originDepth = -1; // that run's depth; -1 for a change made by a person
    QDateTime createdAt;
};

// A run claimed for an event: the execution row (RUNNING), its workflow and the event.
struct ClaimedEventRun
{
    WorkflowExecution execution;
    Workflow workflow;
    WorkflowEvent event;
};

// The workflow_event outbox, as the scheduler takes it: scoped like every repository (a
// non-ADMIN sees only their own events).
class EventOutboxRepository : public Repository
{
public:
    EventOutboxRepository(Database &db, UserContext ctx);

    // Whether an event waits that this user may take: a cheap look before claimRuns() takes the
    // write lock.
    Result<bool> hasPending();
    // Takes up to `limit` events off the outbox and claims one run per listening workflow, in
    // one transaction; each event goes to one process only (PostgreSQL: other schedulers skip
    // the rows this one holds). `accept` decides whether a workflow reacts to an event (its
    // from/to filter, loop and depth limits).
    Result<QList<ClaimedEventRun>> claimRuns(int limit, const QString &runner,
                                             const std::function<bool(const Workflow &, const WorkflowEvent &)> &accept);
};

} // namespace doo
