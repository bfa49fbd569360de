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
    QString actions = QStringLiteral("[]");                      // JSON array
    QString frequency;                                           // the trigger in words
    bool isActive = true;
    double estimatedMinutesSaved = 0; // per run
    QDateTime nextRunAt;
    QDateTime lastRunAt;
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 1;

    void normalize();
    Status validate() const;
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
