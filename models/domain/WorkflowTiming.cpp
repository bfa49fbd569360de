#include "domain/WorkflowTiming.h"

#include "domain/LocaleFormat.h"
#include "domain/Schedule.h"
#include "domain/WorkflowDefinition.h"

#include <QLocale>
#include <QTimeZone>

namespace doo::WorkflowTiming {

QTimeZone zoneFor(const QString &ianaId)
{
    if (!ianaId.isEmpty()) {
        QTimeZone zone(ianaId.toUtf8());
        if (zone.isValid())
            return zone;
    }
    return QTimeZone::systemTimeZone();
}

QString displayTime(const QDateTime &utc, const QTimeZone &zone)
{
    return LocaleFormat::dateTime(utc, zone);
}

QDateTime firstRun(const TriggerSpec &trigger, const QDateTime &now, const QTimeZone &zone)
{
    switch (trigger.kind) {
    case TriggerSpec::Kind::Schedule: {
        const auto schedule = Schedule::parse(trigger.at);
        return schedule ? schedule->nextAfter(now, zone) : QDateTime();
    }
    case TriggerSpec::Kind::Interval:
        return now.toUTC().addSecs(qint64(trigger.intervalMinutes) * 60);
    case TriggerSpec::Kind::Event:
    case TriggerSpec::Kind::Manual:
        break;
    }
    return {};
}

QDateTime nextRun(const TriggerSpec &trigger, const QDateTime &due, const QDateTime &now, const QTimeZone &zone)
{
    switch (trigger.kind) {
    case TriggerSpec::Kind::Schedule: {
        const auto schedule = Schedule::parse(trigger.at);
        if (!schedule)
            return {};
        return schedule->nextAfter(std::max(due, now), zone);
    }
    case TriggerSpec::Kind::Interval: {
        const qint64 step = qint64(trigger.intervalMinutes) * 60;
        if (step <= 0)
            return {};
        QDateTime next = due.toUTC().addSecs(step);
        if (next <= now) { // skip the slots missed while nobody was running
            const qint64 behind = next.secsTo(now);
            next = next.addSecs((behind / step + 1) * step);
        }
        return next;
    }
    case TriggerSpec::Kind::Event:
    case TriggerSpec::Kind::Manual:
        break;
    }
    return {};
}

QString timedKey(const QDateTime &due)
{
    return QStringLiteral("at:") + due.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace doo::WorkflowTiming
