#pragma once

#include "domain/DashboardData.h"
#include "repositories/Repository.h"

#include <QCoreApplication>
#include <QTimeZone>

class QJsonObject;

namespace doo {

// The dashboard's queries beyond the daily analytics rows: executions per workflow, task flow
// from tasks and their history, consultations. Ranges are inclusive calendar dates in the user's
// time zone (app_user.time_zone, '' = the computer's); scoped like every repository.
class DashboardQueries : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(DashboardQueries)

public:
    DashboardQueries(Database &db, UserContext ctx);

    // The current user's time zone.
    Result<QTimeZone> zone();
    // Today in the user's time zone (by Clock).
    Result<QDate> today();
    // The earliest date with analytics, task or execution data; invalid when there is none.
    Result<QDate> firstDate();

    // Workflows with runs started in the range, most hours saved first (then by name), at most `limit`.
    Result<QList<WorkflowHours>> hoursPerWorkflow(const QDate &from, const QDate &to, int limit);
    Result<TaskFlow> taskFlow(const QDate &from, const QDate &to, Bucket bucket);
    // Tasks completed in the range (status COMPLETED, completed_at in the range).
    Result<int> tasksCompleted(const QDate &from, const QDate &to);
    // Consultations created in the range by their status now, in the order PENDING, SCHEDULED,
    // COMPLETED, CANCELLED (every status, zeros included).
    Result<QList<FunnelStep>> consultationFunnel(const QDate &from, const QDate &to);
    // Consultations that became COMPLETED in the range (from their history).
    Result<int> consultationsCompleted(const QDate &from, const QDate &to);

private:
    // [start of `from`, start of the day after `to`) in UTC, for the user's zone.
    Result<QPair<QVariant, QVariant>> bounds(const QDate &from, const QDate &to);
    QTimeZone m_zone;
    bool m_zoneRead = false;
};

} // namespace doo
