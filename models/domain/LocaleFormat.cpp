#include "domain/LocaleFormat.h"

#include <QList>

#include <algorithm>
#include <cmath>

namespace doo {

namespace {

// One piece of a QLocale date format: a field ('d', 'M', 'y', or 'W' for a weekday name) or
// literal text (field == 0), kept as written so that quoted text stays quoted.
struct Piece
{
    char field = 0;
    QString text;
};

QList<Piece> pieces(const QString &format)
{
    QList<Piece> out;
    auto literal = [&out](const QString &text) {
        if (out.isEmpty() || out.last().field != 0)
            out.append(Piece{0, QString()});
        out.last().text += text;
    };
    for (qsizetype i = 0; i < format.size();) {
        const QChar c = format.at(i);
        if (c == QLatin1Char('\'')) {
            qsizetype end = i + 1;
            while (end < format.size()) {
                if (format.at(end) == QLatin1Char('\'') && (end + 1 >= format.size() || format.at(end + 1) != QLatin1Char('\'')))
                    break;
                end += format.at(end) == QLatin1Char('\'') ? 2 : 1;
            }
            literal(format.mid(i, end + 1 - i));
            i = end + 1;
            continue;
        }
        if (c == QLatin1Char('d') || c == QLatin1Char('M') || c == QLatin1Char('y')) {
            qsizetype end = i;
            while (end < format.size() && format.at(end) == c)
                ++end;
            const QString run = format.mid(i, end - i);
            const char field = c == QLatin1Char('d') && run.size() >= 3 ? 'W' : char(c.unicode());
            out.append(Piece{field, run});
            i = end;
            continue;
        }
        literal(QString(c));
        ++i;
    }
    return out;
}

// The locale's long date format cut down to the fields in `keep`, in the locale's order, with
// the text between them; full month names become abbreviations. `fallback` when the locale's
// format lacks one of them.
QString reducedFormat(const QLocale &locale, const QByteArray &keep, const QString &fallback)
{
    const QList<Piece> all = pieces(locale.dateFormat(QLocale::LongFormat));
    QString result;
    QByteArray seen;
    qsizetype previous = -1;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const Piece &p = all.at(i);
        if (p.field == 0 || !keep.contains(p.field))
            continue;
        if (previous >= 0 && previous + 1 < all.size() && all.at(previous + 1).field == 0)
            result += all.at(previous + 1).text;
        result += p.field == 'M' && p.text.size() == 4 ? QStringLiteral("MMM") : p.text;
        seen += p.field;
        previous = i;
    }
    for (char field : keep)
        if (!seen.contains(field))
            return fallback;
    // A suffix that belongs to the last field ("d." in Hungarian, "日" in Japanese) stays; a
    // separator before a dropped field (", " before the year) goes.
    if (previous + 1 < all.size() && all.at(previous + 1).field == 0) {
        const QString tail = all.at(previous + 1).text;
        qsizetype end = 0;
        while (end < tail.size() && !tail.at(end).isSpace() && tail.at(end) != QLatin1Char(','))
            ++end;
        result += tail.left(end);
    }
    return result;
}

} // namespace

QDateTime LocaleFormat::inZone(const QDateTime &at, const QTimeZone &zone)
{
    return zone.isValid() ? at.toTimeZone(zone) : at.toLocalTime();
}

// The C locale (LANG=C, scripts, the tests) has no conventions of its own; Qt's "d MMM yyyy" and
// "HH:mm:ss" for it are nobody's habit, so it gets ISO 8601 dates and a 24-hour clock.
static bool isC(const QLocale &locale)
{
    return locale.language() == QLocale::C;
}

QString LocaleFormat::date(const QDate &date, const QLocale &locale)
{
    if (!date.isValid())
        return {};
    return isC(locale) ? date.toString(Qt::ISODate) : locale.toString(date, QLocale::ShortFormat);
}

QString LocaleFormat::dateWithWeekday(const QDate &date, const QLocale &locale)
{
    if (!date.isValid())
        return {};
    return tr("%1 %2", "abbreviated weekday, short date")
        .arg(locale.dayName(date.dayOfWeek(), QLocale::ShortFormat), LocaleFormat::date(date, locale));
}

QString LocaleFormat::time(const QTime &time, const QLocale &locale)
{
    if (!time.isValid())
        return {};
    return isC(locale) ? locale.toString(time, QStringLiteral("HH:mm")) : locale.toString(time, QLocale::ShortFormat);
}

QString LocaleFormat::dateTime(const QDateTime &at, const QTimeZone &zone, const QLocale &locale)
{
    if (!at.isValid())
        return {};
    const QDateTime local = inZone(at, zone);
    return tr("%1 %2", "short date, short time").arg(date(local.date(), locale), time(local.time(), locale));
}

QString LocaleFormat::dateTimeWithWeekday(const QDateTime &at, const QTimeZone &zone, const QLocale &locale)
{
    if (!at.isValid())
        return {};
    const QDateTime local = inZone(at, zone);
    return tr("%1 %2", "short date, short time").arg(dateWithWeekday(local.date(), locale), time(local.time(), locale));
}

QString LocaleFormat::timeOf(const QDateTime &at, const QTimeZone &zone, const QLocale &locale)
{
    return at.isValid() ? time(inZone(at, zone).time(), locale) : QString();
}

QString LocaleFormat::dayMonthFormat(const QLocale &locale)
{
    return reducedFormat(locale, "dM", QStringLiteral("d MMM"));
}

QString LocaleFormat::dayMonth(const QDate &date, const QLocale &locale)
{
    return date.isValid() ? locale.toString(date, dayMonthFormat(locale)) : QString();
}

QString LocaleFormat::weekdayDayMonth(const QDate &date, const QLocale &locale)
{
    if (!date.isValid())
        return {};
    return tr("%1 %2", "abbreviated weekday, day and month")
        .arg(locale.dayName(date.dayOfWeek(), QLocale::ShortFormat), dayMonth(date, locale));
}

QString LocaleFormat::weekdayDayMonthTime(const QDateTime &at, const QTimeZone &zone, const QLocale &locale)
{
    if (!at.isValid())
        return {};
    const QDateTime local = inZone(at, zone);
    return tr("%1 %2", "weekday, day and month, then a time")
        .arg(weekdayDayMonth(local.date(), locale), time(local.time(), locale));
}

QString LocaleFormat::dayMonthYearFormat(const QLocale &locale)
{
    return reducedFormat(locale, "dMy", QStringLiteral("d MMM yyyy"));
}

QString LocaleFormat::dateEditFormat(const QLocale &locale)
{
    if (isC(locale))
        return QStringLiteral("yyyy-MM-dd");
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

QString LocaleFormat::timeEditFormat(const QLocale &locale)
{
    return isC(locale) ? QStringLiteral("HH:mm") : locale.timeFormat(QLocale::ShortFormat);
}

QString LocaleFormat::dateTimeEditFormat(const QLocale &locale)
{
    return dateEditFormat(locale) + QLatin1Char(' ') + timeEditFormat(locale);
}

QString LocaleFormat::dayMonthYear(const QDate &date, const QLocale &locale)
{
    return date.isValid() ? locale.toString(date, dayMonthYearFormat(locale)) : QString();
}

QString LocaleFormat::monthYearFormat(const QLocale &locale)
{
    return reducedFormat(locale, "My", QStringLiteral("MMM yyyy"));
}

QString LocaleFormat::monthYear(const QDate &date, const QLocale &locale)
{
    return date.isValid() ? locale.toString(date, monthYearFormat(locale)) : QString();
}

QString LocaleFormat::week(const QDate &date, const QLocale &locale)
{
    if (!date.isValid())
        return {};
    return tr("Week %1", "ISO week number").arg(integer(date.weekNumber(), locale));
}

QString LocaleFormat::integer(qint64 value, const QLocale &locale)
{
    return locale.toString(value);
}

QString LocaleFormat::decimal(double value, int decimals, const QLocale &locale)
{
    return locale.toString(value, 'f', decimals);
}

QString LocaleFormat::percent(double value, int decimals, const QLocale &locale)
{
    return tr("%1%", "a percentage; a translation may put a space before the sign").arg(decimal(value, decimals, locale));
}

QString LocaleFormat::hours(double hours, const QLocale &locale)
{
    return tr("%1 h", "hours").arg(decimal(hours, 1, locale));
}

QString LocaleFormat::days(double days, const QLocale &locale)
{
    return tr("%1 d", "days").arg(decimal(days, 1, locale));
}

QString LocaleFormat::minutes(double minutes, const QLocale &locale)
{
    const bool fraction = minutes > 0 && minutes < 1;
    return tr("%1 min", "minutes").arg(fraction ? decimal(minutes, 1, locale) : integer(std::llround(minutes), locale));
}

QString LocaleFormat::duration(qint64 seconds, const QLocale &locale)
{
    const qint64 secs = std::max<qint64>(0, seconds);
    if (secs < 60)
        return tr("%1 s", "seconds").arg(integer(secs, locale));
    if (secs < 3600)
        return tr("%1 min %2 s").arg(integer(secs / 60, locale), integer(secs % 60, locale));
    return tr("%1 h %2 min").arg(integer(secs / 3600, locale), integer((secs % 3600) / 60, locale));
}

QString LocaleFormat::fileSize(qint64 bytes, const QLocale &locale)
{
    return locale.formattedDataSize(bytes);
}

} // namespace doo
