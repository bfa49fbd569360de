#pragma once

// Helpers shared by the WorkflowRepository tests (tst_workflowrepository, tst_workflowexecutions).

#include "Checks.h"

#include "repositories/WorkflowRepository.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTest>

namespace doo::test {

inline const QDateTime kStart(QDate(2026, 3, 2), QTime(9, 15, 30, 123), Qt::UTC);

inline Workflow sample(const QString &name)
{
    Workflow w;
    w.name = name;
    w.description = QStringLiteral("Collects the numbers of the week");
    w.type = WorkflowType::Reporting;
    w.trigger = QStringLiteral("{\"type\": \"schedule\", \"at\": \"weekly on monday at 09:00\", \"catch_up\": true}");
    w.actions = QStringLiteral("[{\"type\": \"create_task\", \"title\": \"Weekly report\", \"due_in_days\": 2}]");
    w.frequency = QStringLiteral("Every Monday at 09:00"); // what normalize() derives from the trigger
    w.isActive = true;
    w.estimatedMinutesSaved = 37.5;
    w.nextRunAt = kStart.addDays(7);
    return w;
}

inline WorkflowExecution run(ExecutionStatus status, const QDateTime &at, int tasks = 0, double minutes = 0)
{
    WorkflowExecution e;
    e.status = status;
    e.scheduledFor = at;
    e.startedAt = at.addSecs(5);
    e.finishedAt = at.addSecs(65);
    e.tasksCreated = tasks;
    e.minutesSaved = minutes;
    return e;
}

// The value of a result that must be ok; records a failure (and gives a default value) when not.
template<typename T>
inline T must(doo::Result<T> result, const char *file = __builtin_FILE(), int line = __builtin_LINE())
{
    if (!result) {
        QTest::qFail(qPrintable(result.error().text()), file, line);
        return T();
    }
    return result.takeValue();
}

// Workflow JSON compared parsed: PostgreSQL gives jsonb back normalised.
inline QJsonDocument json(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8());
}

} // namespace doo::test
