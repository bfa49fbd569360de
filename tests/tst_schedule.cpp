#include "Checks.h"
#include "domain/Schedule.h"

#include <QElapsedTimer>
#include <QTest>
#include <QTimeZone>
#include <QTranslator>
#include <QScopeGuard>

using namespace doo;

// Every expected instant below was worked out by hand from the zone rules:
//   Europe/Berlin     CET +01 / CEST +02; 2026-03-29 01:00Z 02:00->03:00, 2026-10-25 01:00Z 03:00->02:00
//   America/New_York  EST -05 / EDT -04;  2026-03-08 07:00Z 02:00->03:00, 2026-11-01 06:00Z 02:00->01:00
//   Australia/Sydney  AEST +10 / AEDT +11; 2026-04-04 16:00Z 03:00->02:00 (Apr 5 local),
//                                          2026-10-03 16:00Z 02:00->03:00 (Oct 4 local)
//   Asia/Kolkata      +05:30 all year
// 2026-05-10 is a Sunday, 2026-05-15 a Friday.

namespace {

QString str(const char *text)
{
    return QString::fromUtf8(text);
}

QDateTime utc(const char *iso)
{
    const QDateTime t = QDateTime::fromString(str(iso), Qt::ISODateWithMs);
    Q_ASSERT(t.isValid());
    return t;
}

QTimeZone zone(const QString &id)
{
    return QTimeZone(id.toUtf8());
}

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toString(Qt::ISODate) : QString();
}

} // namespace

class TestSchedule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void parseValid_data();
    void parseValid();
    void sameWordsWhicheverWayWritten();
    void parseErrors_data();
    void parseErrors();
    void errorNamesField();
    void nextAfter_data();
    void nextAfter();
    void nextRuns_data();
    void nextRuns();
    void nextRunsCountAndOrder();
    void fast();
};

void TestSchedule::initTestCase()
{
    for (const char *id : {"Europe/Berlin", "America/New_York", "Australia/Sydney", "Asia/Kolkata", "UTC"})
        QVERIFY2(QTimeZone(id).isValid(), id);
}

// ---------------------------------------------------------------------------------------------
// Parsing, normalisation and description

void TestSchedule::parseValid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("description");
    auto row = [](const char *input, Schedule::Kind kind, const char *text, const char *description) {
        QTest::newRow(input) << str(input) << int(kind) << str(text) << str(description);
    };
    using K = Schedule::Kind;
    row("hourly", K::Hourly, "hourly at :00", "Every hour at :00");
    row("  HOURLY   at :15 ", K::Hourly, "hourly at :15", "Every hour at :15");
    row("hourly at :5", K::Hourly, "hourly at :05", "Every hour at :05");
    row("daily at 9:00", K::Daily, "daily at 09:00", "Every day at 09:00");
    row("Daily  At 23:59", K::Daily, "daily at 23:59", "Every day at 23:59");
    row("daily at 0:00", K::Daily, "daily at 00:00", "Every day at 00:00");
    row("weekly on Monday at 09:00", K::Weekly, "weekly on monday at 09:00", "Every Monday at 09:00");
    row("weekly on sun at 7:05", K::Weekly, "weekly on sunday at 07:05", "Every Sunday at 07:05");
    row("WEEKLY ON THU AT 18:30", K::Weekly, "weekly on thursday at 18:30", "Every Thursday at 18:30");
    row("monthly on 1 at 09:00", K::Monthly, "monthly on 1 at 09:00", "Monthly on day 1 at 09:00");
    row("monthly on 05 at 0:00", K::Monthly, "monthly on 5 at 00:00", "Monthly on day 5 at 00:00");
    row("monthly on 28 at 09:00", K::Monthly, "monthly on 28 at 09:00", "Monthly on day 28 at 09:00");
    row("monthly on 29 at 09:00", K::Monthly, "monthly on 29 at 09:00",
        "Monthly on day 29 at 09:00 (last day in shorter months)");
    row("monthly on 31 at 09:00", K::Monthly, "monthly on 31 at 09:00",
        "Monthly on day 31 at 09:00 (last day in shorter months)");
    row("0 9 * * 1-5", K::Cron, "0 9 * * 1-5", "Monday to Friday at 09:00");
    row(" 0   9 * *   MON-FRI ", K::Cron, "0 9 * * mon-fri", "Monday to Friday at 09:00");
    row("0 9 * * *", K::Cron, "0 9 * * *", "Every day at 09:00");
    row("0 9 * * 0-7", K::Cron, "0 9 * * 0-7", "Every day at 09:00");
    row("0 9 * * 7", K::Cron, "0 9 * * 7", "Every Sunday at 09:00");
    row("0 10 * * 6,0", K::Cron, "0 10 * * 6,0", "Every Saturday and Sunday at 10:00");
    row("0 9,17 * * 1,3,5", K::Cron, "0 9,17 * * 1,3,5", "Every Monday, Wednesday and Friday at 09:00 and 17:00");
    row("*/15 * * * *", K::Cron, "*/15 * * * *", "Every 15 minutes");
    row("0-59/20 * * * *", K::Cron, "0-59/20 * * * *", "Every 20 minutes");
    row("30 * * * *", K::Cron, "30 * * * *", "Every hour at :30");
    row("* * * * *", K::Cron, "* * * * *", "Every minute");
    row("*/15 * * * 1-5", K::Cron, "*/15 * * * 1-5", "Every 15 minutes, Monday to Friday");
    row("30 * * * 5", K::Cron, "30 * * * 5", "Every hour at :30, on Friday");
    row("30 * 2 * *", K::Cron, "30 * 2 * *", "Every hour at :30, on day 2 of the month");
    row("0 16 * * 5", K::Cron, "0 16 * * 5", "Every Friday at 16:00");
    row("0 0 1 * *", K::Cron, "0 0 1 * *", "Monthly on day 1 at 00:00");
    row("0 12 1 Jan *", K::Cron, "0 12 1 jan *", "Monthly on day 1 at 12:00, in January");
    row("0 0 13 * 5", K::Cron, "0 0 13 * 5", "Cron: 0 0 13 * 5");
    row("5,10 9 * * *", K::Cron, "5,10 9 * * *", "Cron: 5,10 9 * * *");
    row("0 9 * jan,jul *", K::Cron, "0 9 * jan,jul *", "Cron: 0 9 * jan,jul *");
    row("7/20 1-5/2 1,15 */3 sun-sat", K::Cron, "7/20 1-5/2 1,15 */3 sun-sat", "Cron: 7/20 1-5/2 1,15 */3 sun-sat");
}

void TestSchedule::parseValid()
{
    QFETCH(QString, input);
    QFETCH(int, kind);
    QFETCH(QString, text);
    QFETCH(QString, description);
    const auto r = Schedule::parse(input);
    CHECK_OK(r);
    QCOMPARE(int(r->kind()), kind);
    QCOMPARE(r->text(), text);
    QCOMPARE(r->describe(), description);
    // The normalised text parses to the same schedule.
    const auto again = Schedule::parse(r->text());
    QVERIFY(again.ok());
    QCOMPARE(again->text(), text);
}

// One rule puts every schedule in words: the weekly frequency and the cron expression of the
// same moments read alike, in English and in German.
void TestSchedule::sameWordsWhicheverWayWritten()
{
    const auto describe = [](const char *text) {
        const auto r = Schedule::parse(str(text));
        return r ? r->describe() : r.error().text();
    };
    QCOMPARE(describe("weekly on friday at 16:00"), str("Every Friday at 16:00"));
    QCOMPARE(describe("0 16 * * fri"), describe("weekly on friday at 16:00"));
    QCOMPARE(describe("0 9 * * *"), describe("daily at 09:00"));
    QCOMPARE(describe("0 9 15 * *"), describe("monthly on 15 at 09:00"));

    QTranslator german;
    QVERIFY(german.load(QStringLiteral(DOO_QM_DIR "/director-of-one_de.qm")));
    QCoreApplication::installTranslator(&german);
    const QLocale previous;
    QLocale::setDefault(QLocale(QStringLiteral("de_DE")));
    const auto restore = qScopeGuard([&] {
        QCoreApplication::removeTranslator(&german);
        QLocale::setDefault(previous);
    });
    QCOMPARE(describe("weekly on friday at 16:00"), str("Jeden Freitag um 16:00"));
    QCOMPARE(describe("0 16 * * 5"), str("Jeden Freitag um 16:00"));
    QCOMPARE(describe("0 18 * * 5"), describe("weekly on friday at 18:00"));
    QCOMPARE(describe("0 9 * * *"), describe("daily at 09:00"));
}

void TestSchedule::parseErrors_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("message");
    auto row = [](const char *input, const char *message) { QTest::newRow(input) << str(input) << str(message); };
    row("", "a schedule is required, e.g. 'daily at 09:00'");
    row("   ", "a schedule is required, e.g. 'daily at 09:00'");
    row("every day",
        "unknown schedule 'every day': expected 'hourly', 'daily at HH:MM', "
        "'weekly on DAY at HH:MM', 'monthly on N at HH:MM' or a 5-field cron expression");
    row("hourly at 15", "expected 'hourly' or 'hourly at :MM', got 'hourly at 15'");
    row("hourly on :15", "expected 'hourly' or 'hourly at :MM', got 'hourly on :15'");
    row("hourly at :61", "minute 61 is out of range 0-59");
    row("daily", "expected 'daily at HH:MM', got 'daily'");
    row("Daily at 9am", "expected 'daily at HH:MM', got 'daily at 9am'");
    row("daily at 123:00", "expected 'daily at HH:MM', got 'daily at 123:00'");
    row("daily at 24:00", "hour 24 is out of range 0-23");
    row("daily at 12:60", "minute 60 is out of range 0-59");
    row("weekly at 09:00", "expected 'weekly on DAY at HH:MM', got 'weekly at 09:00'");
    row("weekly on monday", "expected 'weekly on DAY at HH:MM', got 'weekly on monday'");
    row("weekly on mnday at 09:00", "unknown day 'mnday' (use monday..sunday or mon..sun)");
    row("weekly on monday at 25:00", "hour 25 is out of range 0-23");
    row("monthly at 09:00", "expected 'monthly on N at HH:MM', got 'monthly at 09:00'");
    row("monthly on first at 09:00", "expected a day of the month 1-31, got 'first'");
    row("monthly on 32 at 09:00", "day 32 is out of range 1-31");
    row("monthly on 0 at 09:00", "day 0 is out of range 1-31");
    row("monthly on 15", "expected 'monthly on N at HH:MM', got 'monthly on 15'");
    row("0 9 * *", "cron needs 5 fields, got 4");
    row("0 0 9 * * *", "cron needs 5 fields, got 6");
    row("61 * * * *", "minute 61 is out of range 0-59");
    row("0 24 * * *", "hour 24 is out of range 0-23");
    row("0 x * * *", "hour 'x' is not a number");
    row("0 0 0 * *", "day of month 0 is out of range 1-31");
    row("0 0 32 * *", "day of month 32 is out of range 1-31");
    row("0 0 * 13 *", "month 13 is out of range 1-12");
    row("0 0 * foo *", "unknown month 'foo'");
    row("0 0 * * 8", "day of week 8 is out of range 0-7");
    row("0 0 * * mnday", "unknown day 'mnday'");
    row("*/0 * * * *", "minute step in '*/0' must be at least 1");
    row("*/x * * * *", "minute step 'x' is not a number");
    row("*/2147483647 * * * *", "minute step in '*/2147483647' must be at most 59");
    row("0 0/60 * * *", "hour step in '0/60' must be at most 23");
    row("0 0 * 1-12/13 *", "month step in '1-12/13' must be at most 12");
    row("5-1 * * * *", "minute range '5-1' goes backwards");
    row("0 0 * * fri-mon", "day of week range 'fri-mon' goes backwards");
    row("1,,2 * * * *", "empty entry in minute list '1,,2'");
    row("0 0 -1 * *", "day of month '-1' is not a number");
}

void TestSchedule::parseErrors()
{
    QFETCH(QString, input);
    QFETCH(QString, message);
    const auto r = Schedule::parse(input);
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error().kind), int(Error::Kind::Validation));
    QCOMPARE(r.error().field, QStringLiteral("trigger.at"));
    QCOMPARE(r.error().message, message);
}

void TestSchedule::errorNamesField()
{
    const auto r = Schedule::parse(QStringLiteral("daily at 25:00"), QStringLiteral("triggers[2].at"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().field, QStringLiteral("triggers[2].at"));
    QCOMPARE(r.error().text(), QStringLiteral("triggers[2].at: hour 25 is out of range 0-23"));
}

// ---------------------------------------------------------------------------------------------
// Next firing

void TestSchedule::nextAfter_data()
{
    QTest::addColumn<QString>("schedule");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("expected"); // empty: none within 5 years
    auto row = [](const char *name, const char *schedule, const char *zone, const char *after, const char *expected) {
        QTest::newRow(name) << str(schedule) << str(zone) << str(after) << str(expected);
    };
    // Plain forms in UTC; "after" is exclusive, to the millisecond.
    row("hourly strict", "hourly", "UTC", "2026-05-10T10:00:00Z", "2026-05-10T11:00:00Z");
    row("hourly :15 before", "hourly at :15", "UTC", "2026-05-10T10:14:59.999Z", "2026-05-10T10:15:00Z");
    row("hourly :15 on", "hourly at :15", "UTC", "2026-05-10T10:15:00Z", "2026-05-10T11:15:00Z");
    row("hourly :15 ms after", "hourly at :15", "UTC", "2026-05-10T10:15:00.001Z", "2026-05-10T11:15:00Z");
    row("hourly over midnight", "hourly at :45", "UTC", "2026-12-31T23:50:00Z", "2027-01-01T00:45:00Z");
    row("daily same day", "daily at 09:00", "UTC", "2026-05-10T08:59:59.999Z", "2026-05-10T09:00:00Z");
    row("daily next day", "daily at 09:00", "UTC", "2026-05-10T09:00:00Z", "2026-05-11T09:00:00Z");
    row("daily after in +02", "daily at 09:00", "UTC", "2026-05-10T11:00:00+02:00", "2026-05-11T09:00:00Z");
    row("daily Berlin summer", "daily at 09:00", "Europe/Berlin", "2026-05-10T00:00:00Z", "2026-05-10T07:00:00Z");
    row("daily Berlin winter", "daily at 09:00", "Europe/Berlin", "2026-01-10T08:00:00Z", "2026-01-11T08:00:00Z");
    row("daily Kolkata", "daily at 23:30", "Asia/Kolkata", "2026-05-10T12:00:00Z", "2026-05-10T18:00:00Z");
    row("daily Kolkata 00:15", "daily at 00:15", "Asia/Kolkata", "2026-05-10T00:00:00Z", "2026-05-10T18:45:00Z");
    row("hourly Kolkata", "hourly", "Asia/Kolkata", "2026-05-10T00:00:00Z", "2026-05-10T00:30:00Z");
    row("daily Sydney summer", "daily at 09:00", "Australia/Sydney", "2026-01-10T00:00:00Z", "2026-01-10T22:00:00Z");
    row("daily Sydney winter", "daily at 09:00", "Australia/Sydney", "2026-07-10T00:00:00Z", "2026-07-10T23:00:00Z");
    row("daily New York", "daily at 20:00", "America/New_York", "2026-05-10T12:00:00Z", "2026-05-11T00:00:00Z");
    row("weekly monday", "weekly on monday at 09:00", "UTC", "2026-05-10T12:00:00Z", "2026-05-11T09:00:00Z");
    row("weekly monday on it", "weekly on mon at 09:00", "UTC", "2026-05-11T09:00:00Z", "2026-05-18T09:00:00Z");
    row("weekly friday NY", "weekly on fri at 17:30", "America/New_York", "2026-05-10T00:00:00Z", "2026-05-15T21:30:00Z");
    row("weekly sunday Sydney", "weekly on sunday at 08:00", "Australia/Sydney", "2026-05-09T23:00:00Z", "2026-05-16T22:00:00Z");
    // Month ends: "monthly on N" falls back to the last day.
    row("monthly 31 -> feb 28", "monthly on 31 at 09:00", "UTC", "2026-01-31T09:00:00Z", "2026-02-28T09:00:00Z");
    row("monthly 31 -> mar 31", "monthly on 31 at 09:00", "UTC", "2026-02-28T09:00:00Z", "2026-03-31T09:00:00Z");
    row("monthly 31 -> apr 30", "monthly on 31 at 09:00", "UTC", "2026-03-31T09:00:00Z", "2026-04-30T09:00:00Z");
    row("monthly 31 leap feb 29", "monthly on 31 at 09:00", "UTC", "2028-01-31T09:00:00Z", "2028-02-29T09:00:00Z");
    row("monthly 30 leap feb 29", "monthly on 30 at 09:00", "UTC", "2028-02-01T00:00:00Z", "2028-02-29T09:00:00Z");
    row("monthly 29 feb 28", "monthly on 29 at 09:00", "UTC", "2027-01-29T10:00:00Z", "2027-02-28T09:00:00Z");
    row("monthly 29 leap feb 29", "monthly on 29 at 09:00", "UTC", "2028-02-28T10:00:00Z", "2028-02-29T09:00:00Z");
    row("monthly 15", "monthly on 15 at 00:00", "UTC", "2026-05-15T00:00:00Z", "2026-06-15T00:00:00Z");
    row("monthly 1 Berlin", "monthly on 1 at 00:30", "Europe/Berlin", "2026-05-31T22:00:00Z", "2026-05-31T22:30:00Z");
    // Cron
    row("cron */15", "*/15 * * * *", "UTC", "2026-05-10T10:07:00Z", "2026-05-10T10:15:00Z");
    row("cron */15 on hour", "*/15 * * * *", "UTC", "2026-05-10T10:45:00Z", "2026-05-10T11:00:00Z");
    row("cron weekdays fri->mon", "0 9 * * 1-5", "UTC", "2026-05-15T09:00:00Z", "2026-05-18T09:00:00Z");
    row("cron mon-fri names", "0 9 * * mon-fri", "UTC", "2026-05-15T09:00:00Z", "2026-05-18T09:00:00Z");
    row("cron dow 7 sunday", "30 8 * * 7", "UTC", "2026-05-11T00:00:00Z", "2026-05-17T08:30:00Z");
    row("cron dow 0 sunday", "30 8 * * 0", "UTC", "2026-05-11T00:00:00Z", "2026-05-17T08:30:00Z");
    row("cron dow range 5-7", "0 6 * * 5-7", "UTC", "2026-05-16T06:00:00Z", "2026-05-17T06:00:00Z");
    row("cron dom list", "0 0 1,15 * *", "UTC", "2026-05-01T00:00:00Z", "2026-05-15T00:00:00Z");
    row("cron dom step range", "0 0 1-10/3 * *", "UTC", "2026-05-04T00:00:00Z", "2026-05-07T00:00:00Z");
    row("cron dom step range wrap", "0 0 1-10/3 * *", "UTC", "2026-05-10T00:00:00Z", "2026-06-01T00:00:00Z");
    row("cron minute N/step", "5/20 * * * *", "UTC", "2026-05-10T10:30:00Z", "2026-05-10T10:45:00Z");
    row("cron minute N/step wrap", "5/20 * * * *", "UTC", "2026-05-10T10:45:00Z", "2026-05-10T11:05:00Z");
    row("cron hour step", "0 */6 * * *", "UTC", "2026-05-10T06:00:00Z", "2026-05-10T12:00:00Z");
    row("cron month names", "0 12 * jan,jul *", "UTC", "2026-05-10T00:00:00Z", "2026-07-01T12:00:00Z");
    row("cron month wrap year", "0 12 1 jan *", "UTC", "2026-05-10T00:00:00Z", "2027-01-01T12:00:00Z");
    row("cron dom or dow: 13th", "0 0 13 * 5", "UTC", "2026-05-10T00:00:00Z", "2026-05-13T00:00:00Z");
    row("cron dom or dow: friday", "0 0 13 * 5", "UTC", "2026-05-13T00:00:00Z", "2026-05-15T00:00:00Z");
    row("cron dom star-step and dow", "0 0 */2 * 1", "UTC", "2026-05-11T00:00:00Z", "2026-05-25T00:00:00Z");
    row("cron feb 29", "0 0 29 2 *", "UTC", "2026-03-01T00:00:00Z", "2028-02-29T00:00:00Z");
    row("cron feb 31 never", "0 0 31 2 *", "UTC", "2026-03-01T00:00:00Z", "");
    row("cron feb 30 never", "0 0 30 2 *", "Europe/Berlin", "2026-03-01T00:00:00Z", "");
    row("cron in Kolkata", "45 23 * * *", "Asia/Kolkata", "2026-05-10T18:00:00Z", "2026-05-10T18:15:00Z");

    // DST, Europe/Berlin, spring forward 2026-03-29: 02:xx does not exist, fires at 03:xx CEST.
    row("BER day before gap", "daily at 02:30", "Europe/Berlin", "2026-03-27T12:00:00Z", "2026-03-28T01:30:00Z");
    row("BER 02:30 in gap", "daily at 02:30", "Europe/Berlin", "2026-03-28T12:00:00Z", "2026-03-29T01:30:00Z");
    row("BER after gap firing", "daily at 02:30", "Europe/Berlin", "2026-03-29T01:30:00Z", "2026-03-30T00:30:00Z");
    row("BER 02:00 gap start", "daily at 02:00", "Europe/Berlin", "2026-03-28T12:00:00Z", "2026-03-29T01:00:00Z");
    row("BER 03:00 after gap", "daily at 03:00", "Europe/Berlin", "2026-03-28T12:00:00Z", "2026-03-29T01:00:00Z");
    row("BER 01:59 before gap", "daily at 01:59", "Europe/Berlin", "2026-03-28T12:00:00Z", "2026-03-29T00:59:00Z");
    // Fall back 2026-10-25: 02:xx happens twice (CEST 00:xxZ, then CET 01:xxZ); fixed hour: first only.
    row("BER 02:30 overlap first", "daily at 02:30", "Europe/Berlin", "2026-10-24T12:00:00Z", "2026-10-25T00:30:00Z");
    row("BER 02:30 not twice", "daily at 02:30", "Europe/Berlin", "2026-10-25T00:30:00Z", "2026-10-26T01:30:00Z");
    row("BER between occurrences", "30 2 * * *", "Europe/Berlin", "2026-10-25T00:45:00Z", "2026-10-26T01:30:00Z");
    row("BER 03:00 after overlap", "daily at 03:00", "Europe/Berlin", "2026-10-24T12:00:00Z", "2026-10-25T02:00:00Z");
    row("BER weekly sunday in gap", "weekly on sunday at 02:15", "Europe/Berlin", "2026-03-23T00:00:00Z", "2026-03-29T01:15:00Z");

    // DST, America/New_York: spring forward 2026-03-08 (02:xx missing), fall back 2026-11-01 (01:xx twice).
    row("NYC 02:30 in gap", "daily at 02:30", "America/New_York", "2026-03-07T12:00:00Z", "2026-03-08T07:30:00Z");
    row("NYC after gap firing", "daily at 02:30", "America/New_York", "2026-03-08T07:30:00Z", "2026-03-09T06:30:00Z");
    row("NYC 01:30 overlap first", "daily at 01:30", "America/New_York", "2026-10-31T12:00:00Z", "2026-11-01T05:30:00Z");
    row("NYC 01:30 not twice", "daily at 01:30", "America/New_York", "2026-11-01T05:30:00Z", "2026-11-02T06:30:00Z");
    row("NYC monthly 1st overlap", "monthly on 1 at 01:45", "America/New_York", "2026-10-31T00:00:00Z", "2026-11-01T05:45:00Z");

    // DST, Australia/Sydney (southern hemisphere): fall back 2026-04-05, spring forward 2026-10-04.
    row("SYD 02:30 overlap first", "daily at 02:30", "Australia/Sydney", "2026-04-04T00:00:00Z", "2026-04-04T15:30:00Z");
    row("SYD 02:30 not twice", "daily at 02:30", "Australia/Sydney", "2026-04-04T15:30:00Z", "2026-04-05T16:30:00Z");
    row("SYD 02:30 in gap", "daily at 02:30", "Australia/Sydney", "2026-10-03T00:00:00Z", "2026-10-03T16:30:00Z");
    row("SYD after gap firing", "daily at 02:30", "Australia/Sydney", "2026-10-03T16:30:00Z", "2026-10-04T15:30:00Z");
}

void TestSchedule::nextAfter()
{
    QFETCH(QString, schedule);
    QFETCH(QString, zone);
    QFETCH(QString, after);
    QFETCH(QString, expected);
    const auto s = Schedule::parse(schedule);
    CHECK_OK(s);
    const QDateTime afterTime = QDateTime::fromString(after, Qt::ISODateWithMs);
    QVERIFY(afterTime.isValid());
    const QDateTime next = s->nextAfter(afterTime, ::zone(zone));
    QCOMPARE(iso(next), expected);
    if (next.isValid())
        QCOMPARE(next.timeSpec(), Qt::UTC);
}

// Runs across the DST changes: the exact instants, in order.
void TestSchedule::nextRuns_data()
{
    QTest::addColumn<QString>("schedule");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QStringList>("expected");
    auto row = [](const char *name, const char *schedule, const char *zone, const char *after,
                  std::initializer_list<const char *> expected) {
        QStringList list;
        for (const char *e : expected)
            list << str(e);
        QTest::newRow(name) << str(schedule) << str(zone) << str(after) << list;
    };
    // Spring forward, Berlin: 01:30 CET, then 02:30 (missing) -> 03:30 CEST, which is also :30 itself: once.
    row("BER hourly :30 gap", "hourly at :30", "Europe/Berlin", "2026-03-29T00:00:00Z",
        {"2026-03-29T00:30:00Z", "2026-03-29T01:30:00Z", "2026-03-29T02:30:00Z"});
    row("BER hourly gap", "hourly", "Europe/Berlin", "2026-03-28T23:30:00Z",
        {"2026-03-29T00:00:00Z", "2026-03-29T01:00:00Z", "2026-03-29T02:00:00Z"});
    row("BER */15 gap", "*/15 * * * *", "Europe/Berlin", "2026-03-29T00:40:00Z",
        {"2026-03-29T00:45:00Z", "2026-03-29T01:00:00Z", "2026-03-29T01:15:00Z", "2026-03-29T01:30:00Z", "2026-03-29T01:45:00Z",
         "2026-03-29T02:00:00Z"});
    row("BER fixed 2,3 gap once", "30 2,3 * * *", "Europe/Berlin", "2026-03-29T00:00:00Z",
        {"2026-03-29T01:30:00Z", "2026-03-30T00:30:00Z", "2026-03-30T01:30:00Z"});
    // Fall back, Berlin: hour wildcard fires in both 02:xx hours.
    row("BER hourly :30 overlap", "hourly at :30", "Europe/Berlin", "2026-10-24T23:00:00Z",
        {"2026-10-24T23:30:00Z", "2026-10-25T00:30:00Z", "2026-10-25T01:30:00Z", "2026-10-25T02:30:00Z"});
    row("BER cron 30 * overlap", "30 * * * *", "Europe/Berlin", "2026-10-24T23:00:00Z",
        {"2026-10-24T23:30:00Z", "2026-10-25T00:30:00Z", "2026-10-25T01:30:00Z", "2026-10-25T02:30:00Z"});
    row("BER */15 overlap", "*/15 * * * *", "Europe/Berlin", "2026-10-25T00:35:00Z",
        {"2026-10-25T00:45:00Z", "2026-10-25T01:00:00Z", "2026-10-25T01:15:00Z", "2026-10-25T01:30:00Z", "2026-10-25T01:45:00Z",
         "2026-10-25T02:00:00Z"});
    // Fixed hour with a minute wildcard: only the first 02:xx hour.
    row("BER */30 2 overlap", "*/30 2 * * *", "Europe/Berlin", "2026-10-24T12:00:00Z",
        {"2026-10-25T00:00:00Z", "2026-10-25T00:30:00Z", "2026-10-26T01:00:00Z"});
    row("BER daily 02:30 around", "daily at 02:30", "Europe/Berlin", "2026-10-23T12:00:00Z",
        {"2026-10-24T00:30:00Z", "2026-10-25T00:30:00Z", "2026-10-26T01:30:00Z"});
    // New York.
    row("NYC hourly gap", "hourly", "America/New_York", "2026-03-08T05:30:00Z",
        {"2026-03-08T06:00:00Z", "2026-03-08T07:00:00Z", "2026-03-08T08:00:00Z"});
    row("NYC */15 gap", "*/15 * * * *", "America/New_York", "2026-03-08T06:40:00Z",
        {"2026-03-08T06:45:00Z", "2026-03-08T07:00:00Z", "2026-03-08T07:15:00Z"});
    row("NYC hourly :30 overlap", "hourly at :30", "America/New_York", "2026-11-01T04:00:00Z",
        {"2026-11-01T04:30:00Z", "2026-11-01T05:30:00Z", "2026-11-01T06:30:00Z", "2026-11-01T07:30:00Z"});
    row("NYC */15 overlap", "*/15 * * * *", "America/New_York", "2026-11-01T05:40:00Z",
        {"2026-11-01T05:45:00Z", "2026-11-01T06:00:00Z", "2026-11-01T06:15:00Z"});
    row("NYC daily 01:30 around", "daily at 01:30", "America/New_York", "2026-10-31T00:00:00Z",
        {"2026-10-31T05:30:00Z", "2026-11-01T05:30:00Z", "2026-11-02T06:30:00Z"});
    // Sydney: hourly across both changes.
    row("SYD hourly overlap", "hourly", "Australia/Sydney", "2026-04-04T14:30:00Z",
        {"2026-04-04T15:00:00Z", "2026-04-04T16:00:00Z", "2026-04-04T17:00:00Z"});
    row("SYD hourly :30 overlap", "hourly at :30", "Australia/Sydney", "2026-04-04T14:00:00Z",
        {"2026-04-04T14:30:00Z", "2026-04-04T15:30:00Z", "2026-04-04T16:30:00Z", "2026-04-04T17:30:00Z"});
    row("SYD hourly gap", "hourly at :30", "Australia/Sydney", "2026-10-03T15:00:00Z",
        {"2026-10-03T15:30:00Z", "2026-10-03T16:30:00Z", "2026-10-03T17:30:00Z"});
    // Month-end fallback over a year boundary.
    row("monthly 31 series", "monthly on 31 at 09:00", "UTC", "2027-11-01T00:00:00Z",
        {"2027-11-30T09:00:00Z", "2027-12-31T09:00:00Z", "2028-01-31T09:00:00Z", "2028-02-29T09:00:00Z", "2028-03-31T09:00:00Z",
         "2028-04-30T09:00:00Z"});
    row("never", "0 0 31 2 *", "UTC", "2026-01-01T00:00:00Z", {});
}

void TestSchedule::nextRuns()
{
    QFETCH(QString, schedule);
    QFETCH(QString, zone);
    QFETCH(QString, after);
    QFETCH(QStringList, expected);
    const auto s = Schedule::parse(schedule);
    CHECK_OK(s);
    const QList<QDateTime> runs =
        s->nextRuns(QDateTime::fromString(after, Qt::ISODate), ::zone(zone), int(expected.size()) + (expected.isEmpty() ? 3 : 0));
    QStringList actual;
    for (const QDateTime &t : runs)
        actual << iso(t);
    QCOMPARE(actual, expected);
}

void TestSchedule::nextRunsCountAndOrder()
{
    const auto s = Schedule::parse(QStringLiteral("*/15 9-17 * * mon-fri"));
    QVERIFY(s.ok());
    const QDateTime after = utc("2026-05-15T16:50:00Z"); // Friday
    QCOMPARE(s->nextRuns(after, QTimeZone("UTC"), 0).size(), 0);
    const QList<QDateTime> runs = s->nextRuns(after, QTimeZone("UTC"), 40);
    QCOMPARE(runs.size(), 40);
    QCOMPARE(iso(runs.at(0)), str("2026-05-15T17:00:00Z"));
    QCOMPARE(iso(runs.at(1)), str("2026-05-15T17:15:00Z")); // 17:xx is in 9-17
    QCOMPARE(iso(runs.at(4)), str("2026-05-18T09:00:00Z")); // Monday
    QCOMPARE(iso(runs.at(39)), str("2026-05-18T17:45:00Z")); // 4 on Friday, 36 on Monday (9:00..17:45)
    for (int i = 1; i < runs.size(); ++i)
        QVERIFY2(runs.at(i - 1) < runs.at(i), qPrintable(iso(runs.at(i))));
}

// Nothing scans minute by minute: a year of */15 firings across two DST changes, and the
// five-year search for a date that never comes, stay well under a second each.
void TestSchedule::fast()
{
    const auto every15 = Schedule::parse(QStringLiteral("*/15 * * * *"));
    const auto never = Schedule::parse(QStringLiteral("0 0 31 2 *"));
    QVERIFY(every15.ok() && never.ok());
    const QTimeZone berlin("Europe/Berlin");
    QElapsedTimer timer;
    timer.start();
    const QList<QDateTime> runs = every15->nextRuns(utc("2026-01-01T00:00:00Z"), berlin, 4 * 24 * 365);
    // 2026 has 365 days; every 15 real minutes whatever the clocks do.
    QCOMPARE(runs.size(), 4 * 24 * 365);
    QCOMPARE(iso(runs.last()), str("2027-01-01T00:00:00Z"));
    for (int i = 1; i < runs.size(); ++i)
        QCOMPARE(runs.at(i - 1).secsTo(runs.at(i)), qint64(15 * 60));
    const qint64 yearMs = timer.restart();
    QVERIFY(!never->nextAfter(utc("2026-01-01T00:00:00Z"), berlin).isValid());
    const qint64 neverMs = timer.elapsed();
    qInfo("a year of */15 in Berlin: %lld ms; five years of no firing: %lld ms", yearMs, neverMs);
    QVERIFY2(yearMs < 10000, qPrintable(QString::number(yearMs)));
    QVERIFY2(neverMs < 1000, qPrintable(QString::number(neverMs)));
}

QTEST_GUILESS_MAIN(TestSchedule)
#include "tst_schedule.moc"
