#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace doo {

// The one place where dates, times, numbers, hours, minutes and durations become display text.
// Every function takes the program's locale (QLocale(), set from --lang or the settings) unless
// a caller passes another, and moments are shown in the owner's zone when one is given (the
// computer's local time otherwise). Machine formats (JSON, CSV, iCalendar, file names, template
// variables, logs) stay ISO and do not come here.
class LocaleFormat
{
    Q_DECLARE_TR_FUNCTIONS(LocaleFormat)

public:
    // `at` in `zone`, or in local time when `zone` is not valid.
    static QDateTime inZone(const QDateTime &at, const QTimeZone &zone = QTimeZone());

    // The locale's short date: "12/16/26", "16.12.26", "16/12/2026"; "" for an invalid date. The C
    // locale (LANG=C) has no habits of its own and gets ISO dates ("2026-12-16") and "14:05".
    static QString date(const QDate &date, const QLocale &locale = QLocale());
    // The short date after the abbreviated weekday: "Wed 12/16/26".
    static QString dateWithWeekday(const QDate &date, const QLocale &locale = QLocale());
    // The locale's short time: "9:05 AM" in en_US, "09:05" in de and fr.
    static QString time(const QTime &time, const QLocale &locale = QLocale());
    // Short date and short time of a moment in `zone`; "" for an invalid moment.
    static QString dateTime(const QDateTime &at, const QTimeZone &zone = QTimeZone(), const QLocale &locale = QLocale());
    static QString dateTimeWithWeekday(const QDateTime &at, const QTimeZone &zone = QTimeZone(),
                                       const QLocale &locale = QLocale());
    // Only the time of a moment in `zone`.
    static QString timeOf(const QDateTime &at, const QTimeZone &zone = QTimeZone(), const QLocale &locale = QLocale());

    // A compact day for cards and chart axes, day and month in the locale's order, no year:
    // "Dec 16", "16. Dez.", "16 déc.".
    static QString dayMonth(const QDate &date, const QLocale &locale = QLocale());
    // Day, abbreviated month and year in the locale's order ("16 Dec 2026", "16. Dez. 2026"): chart
    // labels of a range that crosses a new year.
    static QString dayMonthYear(const QDate &date, const QLocale &locale = QLocale());
    static QString dayMonthYearFormat(const QLocale &locale = QLocale());
    // Display formats of date and time edit fields: the locale's short formats with a four-digit
    // year (ISO and a 24-hour clock under the C locale).
    static QString dateEditFormat(const QLocale &locale = QLocale());
    static QString timeEditFormat(const QLocale &locale = QLocale());
    static QString dateTimeEditFormat(const QLocale &locale = QLocale());
    static QString dayMonthFormat(const QLocale &locale = QLocale());
    // The abbreviated weekday before the compact day: "Tue Dec 9", "Tue 9 Dec", "Di. 9. Dez.":
    // headings of an agenda.
    static QString weekdayDayMonth(const QDate &date, const QLocale &locale = QLocale());
    // The same with the time of a moment in `zone`: "Tue 9 Dec 10:00".
    static QString weekdayDayMonthTime(const QDateTime &at, const QTimeZone &zone = QTimeZone(),
                                       const QLocale &locale = QLocale());
    // A month for chart axes: "Dec 2026", "Dez. 2026", "déc. 2026".
    static QString monthYear(const QDate &date, const QLocale &locale = QLocale());
    static QString monthYearFormat(const QLocale &locale = QLocale());
    // The ISO week a day falls in: "Week 51".
    static QString week(const QDate &date, const QLocale &locale = QLocale());

    // Whole numbers with the locale's group separator: "1,234", "1.234".
    static QString integer(qint64 value, const QLocale &locale = QLocale());
    // A number with `decimals` places: "12.5", "12,5".
    static QString decimal(double value, int decimals, const QLocale &locale = QLocale());
    // A percentage of 100: "12.5%", "12,5%".
    static QString percent(double value, int decimals = 1, const QLocale &locale = QLocale());
    // Hours with one decimal: "12.5 h", "12,5 h".
    static QString hours(double hours, const QLocale &locale = QLocale());
    // Days with one decimal: "2.5 d".
    static QString days(double days, const QLocale &locale = QLocale());
    // Minutes, whole ("45 min"); below one minute with one decimal ("0.5 min").
    static QString minutes(double minutes, const QLocale &locale = QLocale());
    // A length of time from seconds: "45 s", "3 min 20 s", "1 h 20 min".
    static QString duration(qint64 seconds, const QLocale &locale = QLocale());
    // A file size: "117.74 MiB".
    static QString fileSize(qint64 bytes, const QLocale &locale = QLocale());
};

} // namespace doo
