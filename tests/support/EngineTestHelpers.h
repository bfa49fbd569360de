#pragma once

// Helpers for the workflow engine and scheduler tests.

#include "TestDatabase.h"
#include "WorkflowTestHelpers.h"

#include "db/Query.h"
#include "repositories/WorkflowRepository.h"

namespace doo::test {

// A workflow of `user` with the given trigger and actions JSON, saved through the repository.
inline Result<Workflow> addWorkflow(Database &db, const User &user, const QString &name, const QString &trigger,
                                    const QString &actions, double minutes = 15, const QDateTime &nextRunAt = {})
{
    Workflow w;
    w.name = name;
    w.type = WorkflowType::TaskAutomation;
    w.trigger = trigger;
    w.actions = actions;
    w.estimatedMinutesSaved = minutes;
    w.nextRunAt = nextRunAt;
    return WorkflowRepository(db, UserContext::of(user)).create(w);
}

// One value of a one-row, one-column query (bound values allowed).
inline QVariant scalar(Database &db, const QString &sql, const QVariantList &values = {})
{
    Query q(db);
    if (!q.exec(sql, values) || !q.next())
        return {};
    return q.value(0);
}

inline int count(Database &db, const QString &sql, const QVariantList &values = {})
{
    return scalar(db, sql, values).toInt();
}

inline void setTimeZone(Database &db, const User &user, const QString &zone)
{
    Query q(db);
    q.exec(QStringLiteral("UPDATE app_user SET time_zone = ? WHERE id = ?"), {zone, user.id});
}

} // namespace doo::test
