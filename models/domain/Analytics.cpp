#include "domain/Analytics.h"

#include "domain/Validation.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace doo {

Status AnalyticsDay::validate() const
{
    if (!date.isValid())
        return Error::validation(QStringLiteral("date"), QCoreApplication::translate("Validation", "is not a valid date"));
    if (Status s = Validation::range(QStringLiteral("timeSaved"), timeSaved, 0, 1e6); !s)
        return s;
    if (Status s = Validation::range(QStringLiteral("tasksAutomated"), tasksAutomated, 0, 1e9); !s)
        return s;
    if (Status s = Validation::range(QStringLiteral("efficiencyScore"), efficiencyScore, 0, 100); !s)
        return s;
    return Validation::range(QStringLiteral("activeWorkflows"), activeWorkflows, 0, 1e9);
}

QJsonObject AnalyticsDay::toJson() const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("userId"), userId},
        {QStringLiteral("date"), date.toString(Qt::ISODate)},
        {QStringLiteral("timeSaved"), timeSaved},
        {QStringLiteral("tasksAutomated"), tasksAutomated},
        {QStringLiteral("efficiencyScore"), efficiencyScore},
        {QStringLiteral("activeWorkflows"), activeWorkflows},
    };
}

QJsonObject AnalyticsSummary::toJson() const
{
    return {
        {QStringLiteral("from"), from.toString(Qt::ISODate)},
        {QStringLiteral("to"), to.toString(Qt::ISODate)},
        {QStringLiteral("hoursSaved"), hoursSaved},
        {QStringLiteral("tasksAutomated"), tasksAutomated},
        {QStringLiteral("efficiencyScore"), efficiencyScore},
        {QStringLiteral("activeWorkflows"), activeWorkflows},
        {QStringLiteral("days"), days},
    };
}

QJsonObject AnalyticsPoint::toJson() const
{
    return {
        {QStringLiteral("date"), start.toString(Qt::ISODate)},
        {QStringLiteral("timeSaved"), timeSaved},
        {QStringLiteral("tasksAutomated"), tasksAutomated},
        {QStringLiteral("efficiencyScore"), efficiencyScore},
        {QStringLiteral("activeWorkflows"), activeWorkflows},
    };
}

} // namespace doo
