#pragma once

#include "domain/Enums.h"
#include "domain/Result.h"

#include <QDateTime>

class QJsonObject;

namespace doo {

struct Workflow
{
    QString id;
    QString userId;
    QString name;
    QString description;
    WorkflowType type = WorkflowType::TaskAutomation;
    QString trigger = QStringLiteral("{\"type\":\"manual\"}"); // JSON object
    QString actions = QStringLiteral("[]"); // JSON array
    QString frequency; // the trigger in words
    bool isActive = true;
    double estimatedMinutesSaved = 0; // per run
    QDateTime nextRunAt;
    QDateTime lastRunAt;
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 1;

    void normalize();
    Status validate() const;
    // Takes the definition of `from` (name, description, type, trigger, actions, frequency,
    // estimate), keeping this workflow's id, owner, switch, times and version.
    void takeDefinition(const Workflow &from);
    QJsonObject toJson() const;
};

struct WorkflowExecution
{
    QString id;
    QString workflowId;
    ExecutionStatus status = ExecutionStatus::Running;
    QDateTime scheduledFor;
    QDateTime startedAt;
    QDateTime finishedAt;
    QString error;
    QString output; // JSON, may be empty
    int tasksCreated = 0;
    double minutesSaved = 0;
    // What started it, unique per workflow: "at:<UTC time>", "event:<id>", "due:<task>:<date>",
    // "manual:<id>"; "rerun:<key>" runs the due time of an interrupted run again. A run can be claimed once.
    QString triggerKey;
    QString runner; // the process running it: "host:pid:start"
    int attempts = 0; // tries of its actions (a failing action is retried)
    int depth = 0; // 0, or 1 + the depth of the run whose change raised its event
    QString waitingTaskId; // WAITING: the approval task
    int resumeAt = 0; // WAITING: the index of the action after the approval
    QDateTime undoneAt; // set when the run was undone (RunUndo)
    // RUNNING: when the process running it last said it still does (invalid on rows from before
    // migration 013: the start counts then).
    QDateTime heartbeatAt;
    // The workflow's name, for display: filled by ExecutionRepository::findById(), executions()
    // and waitingApprovals(), and by Approvals/RunUndo results (empty from the other reads; null
    // in toJson then).
    QString workflowName;

    QJsonObject toJson() const;
};

// A definition of a workflow that a saved change replaced (WorkflowRepository::versions()).
struct WorkflowVersion
{
    int version = 0; // the workflow's version number that the change replaced
    QDateTime savedAt; // when it was replaced
    QString name;
    QString description;
    WorkflowType type = WorkflowType::TaskAutomation;
    QString trigger; // JSON object
    QString actions; // JSON array
    double estimatedMinutesSaved = 0;
    bool isActive = true; // whether the workflow was on then (a restore keeps the current state)

    QJsonObject toJson() const;
};

struct WorkflowStats
{
    int total = 0;
    int active = 0;
    int executions = 0;
    int successful = 0;
    int failed = 0;
    double successRate = 0; // successful / finished, 0..1
    double hoursSaved = 0;
    int tasksCreated = 0;

    QJsonObject toJson() const;
};

} // namespace doo
