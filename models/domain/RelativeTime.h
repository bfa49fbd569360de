#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace doo {

// Times as people say them, in the user's time zone and the program's locale: the one copy of
// this rule for the TASK_DUE texts, the notification list and the pop-ups.
class RelativeTime
{
    Q_DECLARE_TR_FUNCTIONS(RelativeTime)

public:
    // A due time seen at `now`, with the locale's short time (LocaleFormat): "due today 17:00",
    // "due tomorrow 5:00 PM" (en_US), "due Friday 09:00" (within a week), "due 24.12.26 09:00" (later); past it "45 minutes overdue", "1 hour overdue",
    // "3 days overdue".
    static QString due(const QDateTime &due, const QDateTime &now, const QTimeZone &zone, const QLocale &locale = QLocale());
    // A past moment (when a notification came): "today 09:12", "yesterday 17:00", "Friday 09:00"
    // (within a week), else the date and time; "" for no time.
    static QString past(const QDateTime &at, const QDateTime &now, const QTimeZone &zone, const QLocale &locale = QLocale());
    // Whether `due` is past at `now`, and whether it falls on `now`'s day in `zone`.
    static bool isOverdue(const QDateTime &due, const QDateTime &now) { return due < now; }
    static bool isToday(const QDateTime &due, const QDateTime &now, const QTimeZone &zone);
    static bool isTomorrow(const QDateTime &due, const QDateTime &now, const QTimeZone &zone);

private:
    static QString clock(const QDateTime &local, const QLocale &locale);
};

} // namespace doo
