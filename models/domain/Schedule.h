#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QDateTime>

#include <bitset>
#include <optional>

class QTimeZone;

namespace doo {

// When a `schedule` trigger fires: a frequency in words or a 5-field cron expression, evaluated
// in a time zone (the user's), with daylight-saving changes handled:
// - a local time that does not exist (clocks jump forward over it) fires at the same wall-clock
//   offset after the jump (02:30 on a 02:00→03:00 night fires at 03:30), at most once;
// - a local time that exists twice (clocks go back) fires once, at its first occurrence, when
//   the hour is fixed; schedules with an hour wildcard (hourly, "0 * * * *") fire in each real
//   hour, so both occurrences.
class Schedule
{
    Q_DECLARE_TR_FUNCTIONS(Schedule)

public:
    enum class Kind { Hourly, Daily, Weekly, Monthly, Cron };

    // Accepts (case-insensitive, extra spaces allowed):
    //   "hourly" | "hourly at :MM"
    //   "daily at HH:MM"
    //   "weekly on DAY at HH:MM"      DAY: monday..sunday or mon..sun
    //   "monthly on N at HH:MM"       N 1..31; a month without day N fires on its last day
    //   "M H DOM MON DOW"             cron: *, lists, ranges, steps (*/15, 1-5/2), names
    //                                 (jan..dec, sun..sat), DOW 0-7 (0 and 7 are Sunday);
    //                                 when both DOM and DOW are restricted (neither field starts
    //                                 with '*', as in Vixie cron) either may match
    // Errors are Validation errors naming `field` and saying what is wrong ("minute 61 is out
    // of range 0-59", "unknown day 'mnday'").
    static Result<Schedule> parse(const QString &text, const QString &field = QStringLiteral("trigger.at"));

    Kind kind() const { return m_kind; }
    // The text normalised: "daily at 09:00", "weekly on monday at 09:00", "0 9 * * 1-5".
    QString text() const { return m_text; }
    // In words for people, by one rule whichever way the schedule was written: "Every hour at
    // :00", "Every day at 09:00", "Every Monday at 09:00" (also for "0 9 * * 1"), "Monday to
    // Friday at 09:00", "Monthly on day 1 at 09:00"; "Cron: …" for what has no plain words.
    QString describe() const;

    // The first firing time strictly after `after` (any time spec), as a UTC QDateTime; invalid
    // only if none exists within 5 years (e.g. "0 0 31 2 *").
    QDateTime nextAfter(const QDateTime &after, const QTimeZone &zone) const;
    // The next `count` firing times after `after` (for a "next 5 runs" preview).
    QList<QDateTime> nextRuns(const QDateTime &after, const QTimeZone &zone, int count) const;

private:
    bool matchesDay(const QDate &date) const;
    // The earliest firing on local `date` strictly after `afterMs` (UTC ms), in UTC seconds;
    // `nearTransition` is set when the zone changes offset around that day.
    std::optional<qint64> firstOnDay(const QDate &date, qint64 afterMs, const QTimeZone &zone, bool *nearTransition) const;

    Kind m_kind = Kind::Cron;
    QString m_text;
    std::bitset<60> m_minutes;
    std::bitset<24> m_hours;
    std::bitset<32> m_daysOfMonth; // 1..31
    std::bitset<13> m_months; // 1..12
    std::bitset<7> m_daysOfWeek; // 0 = Sunday .. 6 = Saturday
    bool m_anyDayOfMonth = true;
    bool m_anyDayOfWeek = true;
    bool m_lastDayFallback = false; // "monthly on N": N beyond the month's end means its last day
    bool m_hourWildcard = true; // hourly / cron hour field starting with '*': both occurrences
        // of a repeated (fall-back) hour fire
};

} // namespace doo
