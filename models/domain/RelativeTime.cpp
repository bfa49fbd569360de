#include "domain/RelativeTime.h"

#include "domain/LocaleFormat.h"

#include <algorithm>

namespace doo {

namespace {

constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 24 * kHour;

// Days from `now`'s calendar day to `at`'s, in `zone`.
qint64 dayDistance(const QDateTime &at, const QDateTime &now, const QTimeZone &zone)
{
    return now.toTimeZone(zone).date().daysTo(at.toTimeZone(zone).date());
}

} // namespace

QString RelativeTime::clock(const QDateTime &local, const QLocale &locale)
{
    return LocaleFormat::time(local.time(), locale);
}

bool RelativeTime::isToday(const QDateTime &due, const QDateTime &now, const QTimeZone &zone)
{
    return dayDistance(due, now, zone) == 0;
}

bool RelativeTime::isTomorrow(const QDateTime &due, const QDateTime &now, const QTimeZone &zone)
{
    return dayDistance(due, now, zone) == 1;
}

QString RelativeTime::due(const QDateTime &due, const QDateTime &now, const QTimeZone &zone, const QLocale &locale)
{
    if (!due.isValid())
        return {};
    if (due < now) {
        // One of a unit has its own text: the command line has no translator to choose the
        // English singular of a %n plural.
        const qint64 late = due.secsTo(now);
        if (late < kHour) {
            const int minutes = int(std::max<qint64>(1, late / 60));
            return minutes == 1 ? tr("1 minute overdue") : tr("%n minutes overdue", nullptr, minutes);
        }
        if (late < kDay) {
            const int hours = int(late / kHour);
            return hours == 1 ? tr("1 hour overdue") : tr("%n hours overdue", nullptr, hours);
        }
        const int days = int(late / kDay);
        return days == 1 ? tr("1 day overdue") : tr("%n days overdue", nullptr, days);
    }
    const QDateTime local = due.toTimeZone(zone);
    const QString time = clock(local, locale);
    const qint64 days = dayDistance(due, now, zone);
    if (days == 0)
        return tr("due today %1").arg(time);
    if (days == 1)
        return tr("due tomorrow %1").arg(time);
    if (days < 7)
        return tr("due %1 %2", "weekday, time").arg(locale.dayName(local.date().dayOfWeek()), time);
    return tr("due %1 %2", "date, time").arg(LocaleFormat::date(local.date(), locale), time);
}

QString RelativeTime::past(const QDateTime &at, const QDateTime &now, const QTimeZone &zone, const QLocale &locale)
{
    if (!at.isValid())
        return {};
    const QDateTime local = at.toTimeZone(zone);
    const QString time = clock(local, locale);
    const qint64 days = -dayDistance(at, now, zone);
    if (days <= 0)
        return tr("today %1").arg(time);
    if (days == 1)
        return tr("yesterday %1").arg(time);
    if (days < 7)
        return tr("%1 %2", "weekday, time").arg(locale.dayName(local.date().dayOfWeek()), time);
    return tr("%1 %2", "date, time").arg(LocaleFormat::date(local.date(), locale), time);
}

} // namespace doo
