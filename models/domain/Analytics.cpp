#include "domain/Analytics.h"

#include "domain/DashboardData.h"
#include "domain/Validation.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace doo {

Status AnalyticsDay::validate() const
{
    if (!date.isValid() || date < DateRange::firstDay() || date > DateRange::lastDay())
        return Error::validation(QStringLiteral("date"), Validation::Messages::tr("is not a valid date"));
    if (Status s = Validation::range(QStringLiteral("timeSaved"), timeSaved, 0, 1e6); !s)
        return s;
    if (Status s = Validation::range(QStringLiteral("tasksAutomated"), tasksAutomated, 0, 1e9); !s)
        return s;
    if (Status s = Validation::range(QStringLiteral("efficiencyScore"), efficiencyScore, 0, 100); !s)
        return s;
    return Validation::range(QStringLiteral("activeWorkflows"), activeWorkflows, 0, 1e9);
}

QDate bucketStart(const QDate &date, Bucket bucket)
{
    switch (bucket) {
    case Bucket::Day:
        return date;
    case Bucket::Week:
        return date.addDays(1 - date.dayOfWeek());
    case Bucket::Month:
        return QDate(date.year(), date.month(), 1);
    }
    return date;
}

QDate nextBucket(const QDate &start, Bucket bucket)
{
    switch (bucket) {
    case Bucket::Day:
        return start.addDays(1);
    case Bucket::Week:
        return start.addDays(7);
    case Bucket::Month:
        return start.addMonths(1);
    }
    return start.addDays(1);
}

QString toString(Bucket bucket)
{
    switch (bucket) {
    case Bucket::Day:
        return QStringLiteral("day");
    case Bucket::Week:
        return QStringLiteral("week");
    case Bucket::Month:
        return QStringLiteral("month");
    }
    return {};
}

bool bucketFromString(const QString &text, Bucket *bucket)
{
    for (Bucket b : {Bucket::Day, Bucket::Week, Bucket::Month}) {
        if (text == toString(b)) {
            *bucket = b;
            return true;
        }
    }
    return false;
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
        {QStringLiteral("date"), start.toString(Qt::ISODate)}, {QStringLiteral("timeSaved"), timeSaved},
        {QStringLiteral("tasksAutomated"), tasksAutomated},    {QStringLiteral("efficiencyScore"), efficiencyScore},
        {QStringLiteral("activeWorkflows"), activeWorkflows},
    };
}

} // namespace doo
