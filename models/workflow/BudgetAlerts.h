#pragma once

#include "domain/Preferences.h"
#include "domain/Result.h"
#include "domain/User.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

namespace doo {

class Database;

// The week of a user against their weekly target of hours saved (Preferences::weeklyTargetHours).
struct WeekBudget
{
    QDate weekStart; // the first day of the user's week (Preferences::weekStart), in their zone
    QDateTime deadline; // the last working day (the 5th day of the week) at kEndOfWorkday, their zone
    double targetHours = 0;
    double hoursSaved = 0; // as the analytics count it (AnalyticsRepository::getSummary)
    // Workflows with failed runs this week: name, failures, and the hours those runs usually save
    // (failures × the workflow's average hours per successful run).
    struct Failure
    {
        QString workflowId;
        QString name;
        int failures = 0;
        double usualHours = 0;
    };
    QList<Failure> failures;

    double shortfall() const { return targetHours - hoursSaved; }
    double hoursLostToFailures() const;
    // Below the target once the last working day is over, or below it only because of failed runs
    // (their usual saving would have reached it).
    bool missed(const QDateTime &now) const;
};

// BUDGET_ALERT: once per user and week, when the week misses the user's weekly target (see
// WeekBudget::missed), a notification says by how much and which workflows failed. The week is
// marked in user_preference (PreferenceRepository::claimMark) in the same transaction as the
// notification, so two schedulers never alert twice. Run by the scheduler's housekeeping.
class BudgetAlerts
{
    Q_DECLARE_TR_FUNCTIONS(BudgetAlerts)

public:
    static const QTime kEndOfWorkday; // 17:00
    static const QString kMarkName; // "budget_alert_week": the week start of the last alert

    BudgetAlerts(Database &db, UserContext ctx);

    // The user's week at the clock's now (weekly target 0: targetHours 0 and nothing else read).
    Result<WeekBudget> week(const QString &userId);
    // Checks one user; true when an alert was raised now.
    Result<bool> check(const QString &userId);

    // The notification's texts (hours through QLocale).
    static QString title(const WeekBudget &budget);
    static QString message(const WeekBudget &budget);

private:
    Database &m_db;
    UserContext m_ctx;
};

} // namespace doo
