// The one locale formatter (LocaleFormat): each function in en_US, de_DE and fr_FR, written out
// as people of each locale expect it, so a wrong rule (a fixed pattern, a point for a decimal
// comma, a 24-hour clock in en_US) fails here. No database.

#include "domain/LocaleFormat.h"

#include <QTest>

using namespace doo;

namespace {
const QDate kDay(2026, 12, 16); // a Wednesday, ISO week 51
const QTimeZone kBerlin("Europe/Berlin");

// Qt writes a narrow no-break space as the French group separator; the tests spell it out.
QString fr(const char *text)
{
    return QString::fromUtf8(text).replace(QLatin1Char('_'), QChar(0x202f));
}
} // namespace

class TestLocaleFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void perLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("function");
        QTest::addColumn<QString>("expected");
        const QStringList functions{QStringLiteral("date"),     QStringLiteral("dateWithWeekday"), QStringLiteral("time"),
                                    QStringLiteral("dateTime"), QStringLiteral("dayMonth"),        QStringLiteral("monthYear"),
                                    QStringLiteral("week"),     QStringLiteral("integer"),         QStringLiteral("decimal"),
                                    QStringLiteral("percent"),  QStringLiteral("hours"),           QStringLiteral("minutes"),
                                    QStringLiteral("fraction"), QStringLiteral("duration"),        QStringLiteral("fileSize")};
        const QList<QStringList> rows{
            {QStringLiteral("en_US"), QStringLiteral("12/16/26"), QStringLiteral("Wed 12/16/26"), QStringLiteral("2:05 PM"),
             QStringLiteral("12/16/26 2:05 PM"), QStringLiteral("Dec 16"), QStringLiteral("Dec 2026"), QStringLiteral("Week 51"),
             QStringLiteral("1,234,567"), QStringLiteral("12.5"), QStringLiteral("12.5%"), QStringLiteral("12.5 h"),
             QStringLiteral("45 min"), QStringLiteral("0.5 min"), QStringLiteral("1 h 20 min"), QStringLiteral("1.50 KiB")},
            {QStringLiteral("de_DE"), QStringLiteral("16.12.26"), QStringLiteral("Mi. 16.12.26"), QStringLiteral("14:05"),
             QStringLiteral("16.12.26 14:05"), QStringLiteral("16. Dez."), QStringLiteral("Dez. 2026"), QStringLiteral("Week 51"),
             QStringLiteral("1.234.567"), QStringLiteral("12,5"), QStringLiteral("12,5%"), QStringLiteral("12,5 h"),
             QStringLiteral("45 min"), QStringLiteral("0,5 min"), QStringLiteral("1 h 20 min"), QStringLiteral("1,50 KiB")},
            {QStringLiteral("fr_FR"), QStringLiteral("16/12/2026"), QStringLiteral("mer. 16/12/2026"), QStringLiteral("14:05"),
             QStringLiteral("16/12/2026 14:05"), QString::fromUtf8("16 déc."), QString::fromUtf8("déc. 2026"),
             QStringLiteral("Week 51"), fr("1_234_567"), QStringLiteral("12,5"), QStringLiteral("12,5%"),
             QStringLiteral("12,5 h"), QStringLiteral("45 min"), QStringLiteral("0,5 min"), QStringLiteral("1 h 20 min"),
             QStringLiteral("1,50 Kio")},
        };
        for (const QStringList &row : rows)
            for (qsizetype i = 0; i < functions.size(); ++i)
                QTest::addRow("%s %s", qPrintable(row.first()), qPrintable(functions.at(i)))
                    << row.first() << functions.at(i) << row.at(i + 1);
    }

    // Each function through the program's default locale, as callers use it.
    void perLocale()
    {
        QFETCH(QString, locale);
        QFETCH(QString, function);
        QFETCH(QString, expected);
        QLocale::setDefault(QLocale(locale));
        const QDateTime utc(kDay, QTime(13, 5), Qt::UTC); // 14:05 in Berlin
        const QHash<QString, QString> actual{
            {QStringLiteral("date"), LocaleFormat::date(kDay)},
            {QStringLiteral("dateWithWeekday"), LocaleFormat::dateWithWeekday(kDay)},
            {QStringLiteral("time"), LocaleFormat::time(QTime(14, 5))},
            {QStringLiteral("dateTime"), LocaleFormat::dateTime(utc, kBerlin)},
            {QStringLiteral("dayMonth"), LocaleFormat::dayMonth(kDay)},
            {QStringLiteral("monthYear"), LocaleFormat::monthYear(kDay)},
            {QStringLiteral("week"), LocaleFormat::week(kDay)},
            {QStringLiteral("integer"), LocaleFormat::integer(1234567)},
            {QStringLiteral("decimal"), LocaleFormat::decimal(12.5, 1)},
            {QStringLiteral("percent"), LocaleFormat::percent(12.5)},
            {QStringLiteral("hours"), LocaleFormat::hours(12.46)},
            {QStringLiteral("minutes"), LocaleFormat::minutes(45.2)},
            {QStringLiteral("fraction"), LocaleFormat::minutes(0.5)},
            {QStringLiteral("duration"), LocaleFormat::duration(80 * 60 + 15)},
            {QStringLiteral("fileSize"), LocaleFormat::fileSize(1536)},
        };
        QCOMPARE(actual.value(function), expected);
    }

    // A moment shows in the owner's zone when there is one, in local time otherwise.
    void zones()
    {
        const QLocale de(QStringLiteral("de_DE"));
        const QDateTime utc(QDate(2026, 12, 31), QTime(23, 30), Qt::UTC);
        QCOMPARE(LocaleFormat::dateTime(utc, kBerlin, de), QStringLiteral("01.01.27 00:30"));
        QCOMPARE(LocaleFormat::dateTime(utc, QTimeZone("America/New_York"), de), QStringLiteral("31.12.26 18:30"));
        QCOMPARE(LocaleFormat::timeOf(utc, kBerlin, de), QStringLiteral("00:30"));
        const QDateTime local = utc.toLocalTime();
        QCOMPARE(LocaleFormat::dateTime(utc, QTimeZone(), de),
                 QStringLiteral("%1 %2").arg(local.date().toString(QStringLiteral("dd.MM.yy")),
                                             local.time().toString(QStringLiteral("HH:mm"))));
        QCOMPARE(LocaleFormat::dateTimeWithWeekday(utc, kBerlin, QLocale(QStringLiteral("en_US"))),
                 QStringLiteral("Fri 1/1/27 12:30 AM"));
        QCOMPARE(LocaleFormat::dateTime(QDateTime(), kBerlin, de), QString());
        QCOMPARE(LocaleFormat::date(QDate(), de), QString());
    }

    // The C locale (LANG=C, scripts) gets ISO dates and a 24-hour clock without seconds.
    void cLocale()
    {
        const QLocale c = QLocale::c();
        QCOMPARE(LocaleFormat::date(kDay, c), QStringLiteral("2026-12-16"));
        QCOMPARE(LocaleFormat::time(QTime(9, 5, 30), c), QStringLiteral("09:05"));
        QCOMPARE(LocaleFormat::dateTime(QDateTime(kDay, QTime(13, 5), Qt::UTC), kBerlin, c), QStringLiteral("2026-12-16 14:05"));
        QCOMPARE(LocaleFormat::dayMonth(kDay, c), QStringLiteral("16 Dec"));
        QCOMPARE(LocaleFormat::hours(2.26, c), QStringLiteral("2.3 h"));
    }

    // Date and time edit fields: the locale's order with a four-digit year; ISO under C.
    void editFormats()
    {
        QCOMPARE(LocaleFormat::dateTimeEditFormat(QLocale::c()), QStringLiteral("yyyy-MM-dd HH:mm"));
        QCOMPARE(LocaleFormat::dateTimeEditFormat(QLocale(QStringLiteral("de_DE"))), QStringLiteral("dd.MM.yyyy HH:mm"));
        QCOMPARE(LocaleFormat::dateEditFormat(QLocale(QStringLiteral("fr_FR"))), QStringLiteral("dd/MM/yyyy"));
        const QString us = LocaleFormat::dateEditFormat(QLocale(QStringLiteral("en_US")));
        QVERIFY2(us.startsWith(QLatin1Char('M')) && us.endsWith(QLatin1String("yyyy")), qPrintable(us));
        QVERIFY(
            LocaleFormat::timeEditFormat(QLocale(QStringLiteral("en_US"))).contains(QLatin1String("AP"), Qt::CaseInsensitive));
    }

    // Durations by size, and no negative lengths.
    void durations()
    {
        const QLocale en(QStringLiteral("en_US"));
        QCOMPARE(LocaleFormat::duration(45, en), QStringLiteral("45 s"));
        QCOMPARE(LocaleFormat::duration(200, en), QStringLiteral("3 min 20 s"));
        QCOMPARE(LocaleFormat::duration(-5, en), QStringLiteral("0 s"));
        QCOMPARE(LocaleFormat::minutes(0, en), QStringLiteral("0 min"));
        QCOMPARE(LocaleFormat::minutes(1234, en), QStringLiteral("1,234 min"));
        QCOMPARE(LocaleFormat::hours(1234.56, QLocale(QStringLiteral("de_DE"))), QStringLiteral("1.234,6 h"));
        QCOMPARE(LocaleFormat::days(2.5, QLocale(QStringLiteral("de_DE"))), QStringLiteral("2,5 d"));
    }

    // Day and month in the locale's order without the year, from the locale's own long format,
    // also where it has quoted words (Spanish) or suffixes (Japanese, Hungarian).
    void dayMonthOrder()
    {
        QCOMPARE(LocaleFormat::dayMonth(kDay, QLocale(QStringLiteral("en_GB"))), QStringLiteral("16 Dec"));
        QCOMPARE(LocaleFormat::dayMonth(kDay, QLocale(QStringLiteral("es_ES"))), QStringLiteral("16 de dic"));
        QCOMPARE(LocaleFormat::dayMonth(kDay, QLocale(QStringLiteral("ja_JP"))), QString::fromUtf8("12月16日"));
        QCOMPARE(LocaleFormat::monthYear(kDay, QLocale(QStringLiteral("ja_JP"))), QString::fromUtf8("2026年12月"));
        QCOMPARE(LocaleFormat::dayMonth(kDay, QLocale(QStringLiteral("hu_HU"))), QStringLiteral("dec. 16."));
    }
};

QTEST_GUILESS_MAIN(TestLocaleFormat)
#include "tst_localeformat.moc"
