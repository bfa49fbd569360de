#pragma once

// Rows for the analytics dashboard tests and benchmark, written with plain SQL so that every time
// is exactly what the test says.

#include "db/Database.h"
#include "db/Query.h"
#include "domain/Analytics.h"
#include "domain/Validation.h"

#include <QDateTime>

namespace doo::test {

inline QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

inline QDate date(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

inline bool addDay(Database &db, const QString &userId, const QDate &day, double hours, int tasks, double score, int active)
{
    Query q(db);
    const bool ok = q.exec(QStringLiteral("INSERT INTO analytics (id, user_id, date, time_saved, tasks_automated, "
                                          "efficiency_score, active_workflows) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                           {Validation::newId(), userId, day.toString(Qt::ISODate), hours, tasks, score, active});
    if (!ok)
        qWarning("addDay: %s", qPrintable(q.error().text()));
    return ok;
}

// A task created at `created`; completed at `completed` when valid (status COMPLETED), with a
// history row for IN_PROGRESS at `started` when valid.
inline QString addTask(Database &db, const QString &userId, const QDateTime &created, const QDateTime &completed = {},
                       const QDateTime &started = {}, int position = 1024)
{
    const QString id = Validation::newId();
    const bool done = completed.isValid();
    Query q(db);
    if (!q.exec(QStringLiteral("INSERT INTO task (id, user_id, title, status, position, created_at, updated_at, completed_at) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                {id, userId, QStringLiteral("Task"), done ? QStringLiteral("COMPLETED") : QStringLiteral("TODO"), position,
                 Database::toDb(created), Database::toDb(done ? completed : created),
                 done ? Database::toDb(completed) : QVariant(QMetaType::fromType<QString>())})) {
        qWarning("addTask: %s", qPrintable(q.error().text()));
        return {};
    }
    auto history = [&db, &id](const char *from, const char *to, const QDateTime &at) {
        Query h(db);
        if (!h.exec(QStringLiteral("INSERT INTO task_history (id, task_id, from_status, to_status, changed_at) "
                                   "VALUES (?, ?, ?, ?, ?)"),
                    {Validation::newId(), id,
                     from ? QVariant(QString::fromLatin1(from)) : QVariant(QMetaType::fromType<QString>()),
                     QString::fromLatin1(to), Database::toDb(at)}))
            qWarning("addTask history: %s", qPrintable(h.error().text()));
    };
    history(nullptr, "TODO", created);
    if (started.isValid())
        history("TODO", "IN_PROGRESS", started);
    if (done)
        history(started.isValid() ? "IN_PROGRESS" : "TODO", "COMPLETED", completed);
    return id;
}

inline QString addWorkflowRow(Database &db, const QString &userId, const QString &name)
{
    const QString id = Validation::newId();
    Query q(db);
    if (!q.exec(QStringLiteral("INSERT INTO workflow (id, user_id, name, type, trigger_config, actions, is_active, "
                               "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {id, userId, name, QStringLiteral("REPORTING"), QStringLiteral("{\"type\":\"manual\"}"),
                 QStringLiteral("[{\"type\":\"generate_report\",\"folder\":\"~/Reports\"}]"), true,
                 QStringLiteral("2020-01-01T00:00:00.000Z"), QStringLiteral("2020-01-01T00:00:00.000Z")})) {
        qWarning("addWorkflowRow: %s", qPrintable(q.error().text()));
        return {};
    }
    return id;
}

inline bool addExecution(Database &db, const QString &workflowId, const QDateTime &started, const char *status, double minutes,
                         int tasks = 0)
{
    Query q(db);
    const bool ok = q.exec(QStringLiteral("INSERT INTO workflow_execution (id, workflow_id, status, trigger_key, scheduled_for, "
                                          "started_at, finished_at, tasks_created, minutes_saved) "
                                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                           {Validation::newId(), workflowId, QString::fromLatin1(status),
                            QString(QStringLiteral("at:") + started.toString(Qt::ISODateWithMs)), Database::toDb(started),
                            Database::toDb(started), Database::toDb(started.addSecs(2)), tasks, minutes});
    if (!ok)
        qWarning("addExecution: %s", qPrintable(q.error().text()));
    return ok;
}

inline bool setZone(Database &db, const QString &userId, const QString &zone)
{
    Query q(db);
    return q.exec(QStringLiteral("UPDATE app_user SET time_zone = ? WHERE id = ?"), {zone, userId});
}

} // namespace doo::test
