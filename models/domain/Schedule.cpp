#include "domain/Schedule.h"

#include "domain/LocaleFormat.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

namespace doo {

namespace {

constexpr qint64 kUnixEpochJulianDay = 2440588;
constexpr qint64 kDay = 86400;

const char *const kDayNames[7] = {"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"};
const char *const kMonthNames[12] = {"january", "february", "march",     "april",   "may",      "june",
                                     "july",    "august",   "september", "october", "november", "december"};
const char *const kDayWords[7] = {QT_TRANSLATE_NOOP("Schedule", "Sunday"),   QT_TRANSLATE_NOOP("Schedule", "Monday"),
                                  QT_TRANSLATE_NOOP("Schedule", "Tuesday"),  QT_TRANSLATE_NOOP("Schedule", "Wednesday"),
                                  QT_TRANSLATE_NOOP("Schedule", "Thursday"), QT_TRANSLATE_NOOP("Schedule", "Friday"),
                                  QT_TRANSLATE_NOOP("Schedule", "Saturday")};

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

// A day or month name, full or its first three letters; -1 if unknown.
int nameIndex(const QString &word, const char *const *names, int count)
{
    for (int i = 0; i < count; ++i) {
        const QLatin1String name(names[i]);
        if (word == name || (word.size() == 3 && name.startsWith(word)))
            return i;
    }
    return -1;
}

QString twoDigits(int n)
{
    return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
}

QString hhmm(int hour, int minute)
{
    return twoDigits(hour) + QLatin1Char(':') + twoDigits(minute);
}

// A time of day in the words of describe(): the locale's clock ("9:00 AM" in en_US); the
// schedule's own text keeps "09:00".
QString shownTime(int hour, int minute)
{
    return LocaleFormat::time(QTime(hour, minute));
}

QString dayWord(int dow)
{
    return Schedule::tr(kDayWords[dow]);
}

// "A", "A and B", "A, B and C"
QString joinWords(const QStringList &words)
{
    if (words.size() <= 1)
        return words.value(0);
    return words.mid(0, words.size() - 1).join(QStringLiteral(", ")) + Schedule::tr(" and ") + words.last();
}

template<size_t N>
int singleBit(const std::bitset<N> &bits)
{
    if (bits.count() != 1)
        return -1;
    for (size_t i = 0; i < N; ++i)
        if (bits.test(i))
            return int(i);
    return -1;
}

// "HH:MM" (H may be one digit); sets an error naming what is wrong.
bool parseTime(const QString &text, int &hour, int &minute, QString &error)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,2}):(\\d{2})$"));
    const auto match = re.match(text);
    if (!match.hasMatch())
        return false;
    hour = match.captured(1).toInt();
    minute = match.captured(2).toInt();
    if (hour > 23)
        error = Schedule::tr("hour %1 is out of range 0-23").arg(hour);
    else if (minute > 59)
        error = Schedule::tr("minute %1 is out of range 0-59").arg(minute);
    return true;
}

struct CronField
{
    const char *name;
    int min;
    int max;
    const char *const *names; // day or month names, or null
    int nameCount;
    int nameBase; // value of names[0]
    const char *unknownName; // "unknown %1 '%2'" noun
};

const CronField kCronFields[5] = {
    {QT_TRANSLATE_NOOP("Schedule", "minute"), 0, 59, nullptr, 0, 0, nullptr},
    {QT_TRANSLATE_NOOP("Schedule", "hour"), 0, 23, nullptr, 0, 0, nullptr},
    {QT_TRANSLATE_NOOP("Schedule", "day of month"), 1, 31, nullptr, 0, 0, nullptr},
    {QT_TRANSLATE_NOOP("Schedule", "month"), 1, 12, kMonthNames, 12, 1, QT_TRANSLATE_NOOP("Schedule", "month")},
    {QT_TRANSLATE_NOOP("Schedule", "day of week"), 0, 7, kDayNames, 7, 0, QT_TRANSLATE_NOOP("Schedule", "day")},
};

bool parseCronValue(const QString &text, const CronField &f, int &value, QString &error)
{
    const QString fieldName = Schedule::tr(f.name);
    bool ok = false;
    value = text.toInt(&ok);
    if (!ok || text.startsWith(QLatin1Char('+')) || text.startsWith(QLatin1Char('-'))) {
        const int index = f.names ? nameIndex(text, f.names, f.nameCount) : -1;
        if (index < 0) {
            error = f.names ? Schedule::tr("unknown %1 '%2'").arg(Schedule::tr(f.unknownName), text)
                            : Schedule::tr("%1 '%2' is not a number").arg(fieldName, text);
            return false;
        }
        value = index + f.nameBase;
    }
    if (value < f.min || value > f.max) {
        error = Schedule::tr("%1 %2 is out of range %3-%4").arg(fieldName).arg(value).arg(f.min).arg(f.max);
        return false;
    }
    return true;
}

// One cron field: comma list of *, N, N-M, each optionally /STEP. Bits are set in `mask`.
bool parseCronField(const QString &text, const CronField &f, unsigned long long &mask, QString &error)
{
    const QString fieldName = Schedule::tr(f.name);
    mask = 0;
    const QStringList items = text.split(QLatin1Char(','));
    for (const QString &item : items) {
        if (item.isEmpty()) {
            error = Schedule::tr("empty entry in %1 list '%2'").arg(fieldName, text);
            return false;
        }
        const qsizetype slash = item.indexOf(QLatin1Char('/'));
        const QString base = slash < 0 ? item : item.left(slash);
        int step = 1;
        if (slash >= 0) {
            const QString stepText = item.mid(slash + 1);
            bool ok = false;
            step = stepText.toInt(&ok);
            if (!ok || stepText.startsWith(QLatin1Char('+')) || stepText.startsWith(QLatin1Char('-'))) {
                error = Schedule::tr("%1 step '%2' is not a number").arg(fieldName, stepText);
                return false;
            }
            if (step < 1) {
                error = Schedule::tr("%1 step in '%2' must be at least 1").arg(fieldName, item);
                return false;
            }
            // A step beyond the field's largest value would pick only the first one (and let the
            // loop below overflow): refused as the mistake it is.
            if (step > f.max) {
                error = Schedule::tr("%1 step in '%2' must be at most %3").arg(fieldName, item).arg(f.max);
                return false;
            }
        }
        int from = f.min;
        int to = f.max == 7 ? 6 : f.max; // "*" in day of week: 0-6
        if (base != QLatin1String("*")) {
            const qsizetype dash = base.indexOf(QLatin1Char('-'), 1);
            if (!parseCronValue(dash < 0 ? base : base.left(dash), f, from, error))
                return false;
            if (dash >= 0) {
                if (!parseCronValue(base.mid(dash + 1), f, to, error))
                    return false;
                if (to < from) {
                    error = Schedule::tr("%1 range '%2' goes backwards").arg(fieldName, base);
                    return false;
                }
            } else if (slash < 0) {
                to = from;
            } // "N/STEP": from N to the end
        }
        for (int v = from; v <= to; v += step)
            mask |= 1ULL << (f.max == 7 && v == 7 ? 0 : v);
    }
    return true;
}

// The zone's offsets around one local day: the offset in effect before `segments`, then each
// change (UTC seconds it takes effect, new offset).
struct ZoneSpan
{
    int before = 0;
    QList<QPair<qint64, int>> segments;

    int offsetAt(qint64 utc) const
    {
        for (auto it = segments.crbegin(); it != segments.crend(); ++it)
            if (utc >= it->first)
                return it->second;
        return before;
    }
    int offsetBefore(int i) const { return i == 0 ? before : segments.at(i - 1).second; }

    // The UTC instants at which local wall time `wall` (seconds, as if UTC) happens: one normally,
    // two in a fall-back overlap, none in a spring-forward gap.
    QList<qint64> instants(qint64 wall) const
    {
        QList<qint64> result;
        for (int i = 0; i <= segments.size(); ++i) {
            const int offset = offsetBefore(i);
            const qint64 t = wall - offset;
            if (offsetAt(t) == offset && !result.contains(t))
                result.append(t);
        }
        std::sort(result.begin(), result.end());
        return result;
    }

    // For a wall time in a gap: the instant at the same offset after the jump (the time read on
    // the clock before the jump), so 02:30 on a 02:00 -> 03:00 night is 03:30.
    std::optional<qint64> shiftedOutOfGap(qint64 wall) const
    {
        for (int i = 0; i < segments.size(); ++i) {
            const int from = offsetBefore(i);
            const int to = segments.at(i).second;
            const qint64 at = segments.at(i).first;
            if (to > from && wall >= at + from && wall < at + to)
                return wall - from;
        }
        return std::nullopt;
    }
};

ZoneSpan zoneSpan(qint64 dayWall, const QTimeZone &zone)
{
    ZoneSpan span;
    if (!zone.isValid())
        return span;
    // Wall times of the day map to instants within +-14 hours of it; a wider window is harmless.
    const QDateTime from = QDateTime::fromSecsSinceEpoch(dayWall - kDay, Qt::UTC);
    const QDateTime to = QDateTime::fromSecsSinceEpoch(dayWall + 2 * kDay, Qt::UTC);
    span.before = zone.offsetFromUtc(from.addSecs(-1));
    if (zone.hasTransitions()) {
        const auto transitions = zone.transitions(from, to);
        for (const QTimeZone::OffsetData &t : transitions)
            span.segments.append({t.atUtc.toSecsSinceEpoch(), t.offsetFromUtc});
    }
    return span;
}

} // namespace

Result<Schedule> Schedule::parse(const QString &text, const QString &field)
{
    const QString normalized = text.simplified().toLower();
    const QStringList words = normalized.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return Error::validation(field, tr("a schedule is required, e.g. 'daily at 09:00'"));

    Schedule s;
    s.m_minutes.reset();
    s.m_hours.set();
    s.m_daysOfMonth.set();
    s.m_daysOfMonth.reset(0);
    s.m_months.set();
    s.m_months.reset(0);
    s.m_daysOfWeek.set();
    QString error;
    // The words after `at` (spaces removed) as HH:MM.
    auto timeAfter = [&](qsizetype atIndex, const QString &expected, int &hour, int &minute) {
        if (words.size() <= atIndex + 1 || words.at(atIndex) != QLatin1String("at")
            || !parseTime(words.mid(atIndex + 1).join(QString()), hour, minute, error)) {
            if (error.isEmpty())
                error = tr("expected '%1', got '%2'").arg(expected, normalized);
            return false;
        }
        return error.isEmpty();
    };
    const QString &first = words.first();
    int hour = 0;
    int minute = 0;

    if (first == QLatin1String("hourly")) {
        s.m_kind = Kind::Hourly;
        if (words.size() > 1) {
            static const QRegularExpression re(QStringLiteral("^:(\\d{1,2})$"));
            const auto match = re.match(words.mid(2).join(QString()));
            if (words.at(1) != QLatin1String("at") || !match.hasMatch())
                return Error::validation(field, tr("expected 'hourly' or 'hourly at :MM', got '%1'").arg(normalized));
            minute = match.captured(1).toInt();
            if (minute > 59)
                return Error::validation(field, tr("minute %1 is out of range 0-59").arg(minute));
        }
        s.m_minutes.set(size_t(minute));
        s.m_text = QStringLiteral("hourly at :") + twoDigits(minute);
        return s;
    }
    if (first == QLatin1String("daily")) {
        s.m_kind = Kind::Daily;
        if (!timeAfter(1, QStringLiteral("daily at HH:MM"), hour, minute))
            return Error::validation(field, error);
        s.m_text = QStringLiteral("daily at ") + hhmm(hour, minute);
    } else if (first == QLatin1String("weekly")) {
        s.m_kind = Kind::Weekly;
        const QString expected = QStringLiteral("weekly on DAY at HH:MM");
        if (words.size() < 3 || words.at(1) != QLatin1String("on"))
            return Error::validation(field, tr("expected '%1', got '%2'").arg(expected, normalized));
        const int day = nameIndex(words.at(2), kDayNames, 7);
        if (day < 0)
            return Error::validation(field, tr("unknown day '%1' (use monday..sunday or mon..sun)").arg(words.at(2)));
        if (!timeAfter(3, expected, hour, minute))
            return Error::validation(field, error);
        s.m_daysOfWeek.reset();
        s.m_daysOfWeek.set(size_t(day));
        s.m_anyDayOfWeek = false;
        s.m_text = QStringLiteral("weekly on %1 at %2").arg(QLatin1String(kDayNames[day]), hhmm(hour, minute));
    } else if (first == QLatin1String("monthly")) {
        s.m_kind = Kind::Monthly;
        const QString expected = QStringLiteral("monthly on N at HH:MM");
        if (words.size() < 3 || words.at(1) != QLatin1String("on"))
            return Error::validation(field, tr("expected '%1', got '%2'").arg(expected, normalized));
        bool ok = false;
        const int day = words.at(2).toInt(&ok);
        if (!ok || !words.at(2).at(0).isDigit())
            return Error::validation(field, tr("expected a day of the month 1-31, got '%1'").arg(words.at(2)));
        if (day < 1 || day > 31)
            return Error::validation(field, tr("day %1 is out of range 1-31").arg(day));
        if (!timeAfter(3, expected, hour, minute))
            return Error::validation(field, error);
        s.m_daysOfMonth.reset();
        s.m_daysOfMonth.set(size_t(day));
        s.m_anyDayOfMonth = false;
        s.m_lastDayFallback = day > 28;
        s.m_text = QStringLiteral("monthly on %1 at %2").arg(day).arg(hhmm(hour, minute));
    } else if (first.at(0).isDigit() || first.at(0) == QLatin1Char('*')) {
        if (words.size() != 5)
            return Error::validation(field, tr("cron needs 5 fields, got %1").arg(words.size()));
        unsigned long long masks[5] = {};
        for (int i = 0; i < 5; ++i)
            if (!parseCronField(words.at(i), kCronFields[i], masks[i], error))
                return Error::validation(field, error);
        s.m_kind = Kind::Cron;
        s.m_minutes = std::bitset<60>(masks[0]);
        s.m_hours = std::bitset<24>(masks[1]);
        s.m_daysOfMonth = std::bitset<32>(masks[2]);
        s.m_months = std::bitset<13>(masks[3]);
        s.m_daysOfWeek = std::bitset<7>(masks[4]);
        s.m_anyDayOfMonth = words.at(2).startsWith(QLatin1Char('*'));
        s.m_anyDayOfWeek = words.at(4).startsWith(QLatin1Char('*'));
        s.m_hourWildcard = words.at(1).startsWith(QLatin1Char('*'));
        s.m_text = words.join(QLatin1Char(' '));
        return s;
    } else {
        return Error::validation(field,
                                 tr("unknown schedule '%1': expected 'hourly', 'daily at HH:MM', "
                                    "'weekly on DAY at HH:MM', 'monthly on N at HH:MM' or a 5-field "
                                    "cron expression")
                                     .arg(normalized));
    }
    s.m_minutes.set(size_t(minute));
    s.m_hours.reset();
    s.m_hours.set(size_t(hour));
    s.m_hourWildcard = false;
    return s;
}

// Every kind of schedule is put in words by the same rule, so "weekly on friday at 16:00" and
// the cron "0 16 * * 5" read alike: "Every Friday at 16:00".
QString Schedule::describe() const
{
    const QString fallback = tr("Cron: %1").arg(m_text);
    const int minute = singleBit(m_minutes);
    const int hour = singleBit(m_hours);
    QStringList times; // the times of day, when the schedule runs at a few fixed ones
    QString when; // else how often in a day
    if (minute >= 0 && hour >= 0) {
        times << shownTime(hour, minute);
    } else if (m_hours.all() && minute >= 0) {
        when = tr("Every hour at :%1").arg(twoDigits(minute));
    } else if (m_hours.all() && m_minutes.all()) {
        when = tr("Every minute");
    } else if (m_hours.all() && m_minutes.test(0)) {
        int step = 1;
        while (step < 60 && !m_minutes.test(size_t(step)))
            ++step;
        bool regular = 60 % step == 0;
        for (int m = 0; regular && m < 60; ++m)
            regular = m_minutes.test(size_t(m)) == (m % step == 0);
        if (!regular)
            return fallback;
        when = tr("Every %1 minutes").arg(step);
    } else if (minute >= 0 && m_hours.count() <= 4) {
        for (int h = 0; h < 24; ++h)
            if (m_hours.test(size_t(h)))
                times << shownTime(h, minute);
    } else {
        return fallback;
    }
    const QString at = joinWords(times);

    const bool domAll = m_daysOfMonth.count() == 31;
    const bool dowAll = m_daysOfWeek.all();
    const bool orRule = !m_anyDayOfMonth && !m_anyDayOfWeek;
    QString text;
    if ((domAll && dowAll) || (orRule && (domAll || dowAll))) {
        text = times.isEmpty() ? when : tr("Every day at %1").arg(at);
    } else if (domAll && !orRule) {
        // Days of the week, Monday first; a run of three or more reads "Monday to Friday".
        QList<int> list;
        for (int i = 1; i <= 7; ++i)
            if (m_daysOfWeek.test(size_t(i % 7)))
                list << i;
        if (list.size() >= 3 && list.last() - list.first() == list.size() - 1) {
            const QString first = dayWord(list.first() % 7);
            const QString last = dayWord(list.last() % 7);
            text = times.isEmpty() ? tr("%1, %2 to %3").arg(when, first, last) : tr("%1 to %2 at %3").arg(first, last, at);
        } else {
            QStringList names;
            for (int i : list)
                names << dayWord(i % 7);
            text = times.isEmpty() ? tr("%1, on %2").arg(when, joinWords(names)) : tr("Every %1 at %2").arg(joinWords(names), at);
        }
    } else if (dowAll && !orRule && singleBit(m_daysOfMonth) >= 0) {
        const int day = singleBit(m_daysOfMonth);
        if (!times.isEmpty())
            text = (day > 28 && m_lastDayFallback ? tr("Monthly on day %1 at %2 (last day in shorter months)")
                                                  : tr("Monthly on day %1 at %2"))
                       .arg(day)
                       .arg(at);
        else
            text = tr("%1, on day %2 of the month").arg(when).arg(day);
    } else {
        return fallback;
    }
    if (m_months.count() != 12) {
        const int month = singleBit(m_months);
        if (month < 0)
            return fallback;
        text = tr("%1, in %2").arg(text, QLocale().standaloneMonthName(month));
    }
    return text;
}

bool Schedule::matchesDay(const QDate &date) const
{
    if (!m_months.test(size_t(date.month())))
        return false;
    const int day = date.day();
    const int last = date.daysInMonth();
    bool dom = m_daysOfMonth.test(size_t(day));
    if (!dom && m_lastDayFallback && day == last)
        dom = (m_daysOfMonth >> size_t(last + 1)).any();
    const bool dow = m_daysOfWeek.test(size_t(date.dayOfWeek() % 7));
    if (!m_anyDayOfMonth && !m_anyDayOfWeek)
        return dom || dow;
    return dom && dow;
}

std::optional<qint64> Schedule::firstOnDay(const QDate &date, qint64 afterMs, const QTimeZone &zone, bool *nearTransition) const
{
    const qint64 dayWall = (date.toJulianDay() - kUnixEpochJulianDay) * kDay;
    const ZoneSpan span = zoneSpan(dayWall, zone);
    const bool constant =
        std::all_of(span.segments.cbegin(), span.segments.cend(), [&](const auto &s) { return s.second == span.before; });
    *nearTransition = !constant;
    std::optional<qint64> best;
    for (int h = 0; h < 24; ++h) {
        if (!m_hours.test(size_t(h)))
            continue;
        // With one offset all day, instants grow with wall time: skip whole hours, stop at the first.
        if (constant && (dayWall + h * 3600 + 59 * 60 - span.before) * 1000 <= afterMs)
            continue;
        for (int m = 0; m < 60; ++m) {
            if (!m_minutes.test(size_t(m)))
                continue;
            const qint64 wall = dayWall + h * 3600 + m * 60;
            if (constant) {
                if ((wall - span.before) * 1000 > afterMs)
                    return wall - span.before;
                continue;
            }
            QList<qint64> instants = span.instants(wall);
            if (instants.isEmpty()) {
                if (const auto shifted = span.shiftedOutOfGap(wall))
                    instants << *shifted;
            } else if (instants.size() > 1 && !m_hourWildcard) {
                instants.resize(1); // fixed hour: only the first occurrence of a repeated time
            }
            // Duplicates (a shifted gap time that also matches after the jump) collapse here.
            for (qint64 t : std::as_const(instants))
                if (t * 1000 > afterMs && (!best || t < *best))
                    best = t;
        }
    }
    return best;
}

QDateTime Schedule::nextAfter(const QDateTime &after, const QTimeZone &zone) const
{
    if (!after.isValid())
        return {};
    const qint64 afterMs = after.toMSecsSinceEpoch();
    const int offset = zone.isValid() ? zone.offsetFromUtc(after) : 0;
    const qint64 localSecs = floorDiv(afterMs, 1000) + offset;
    const QDate localDate = QDate::fromJulianDay(floorDiv(localSecs, kDay) + kUnixEpochJulianDay);
    // The day before too: a gap time late on it can be shifted past midnight.
    const QDate last = localDate.addYears(5);
    for (QDate d = localDate.addDays(-1); d <= last; d = d.addDays(1)) {
        if (!matchesDay(d))
            continue;
        bool nearTransition = false;
        std::optional<qint64> t = firstOnDay(d, afterMs, zone, &nearTransition);
        if (!t)
            continue;
        // Around an offset change the next day's first firing may come earlier (a shifted time).
        const QDate next = d.addDays(1);
        bool unused = false;
        if (nearTransition && matchesDay(next)) {
            const auto u = firstOnDay(next, afterMs, zone, &unused);
            if (u && *u < *t)
                t = u;
        }
        return QDateTime::fromSecsSinceEpoch(*t, Qt::UTC);
    }
    return {};
}

QList<QDateTime> Schedule::nextRuns(const QDateTime &after, const QTimeZone &zone, int count) const
{
    QList<QDateTime> runs;
    QDateTime t = after;
    for (int i = 0; i < count; ++i) {
        t = nextAfter(t, zone);
        if (!t.isValid())
            break;
        runs.append(t);
    }
    return runs;
}

} // namespace doo
