// Times as people say them (RelativeTime): due today, tomorrow, on a weekday, later, overdue by
// minutes, hours and days; past moments; in the user's zone, in English and German.

#include "domain/RelativeTime.h"

#include <QTest>

using namespace doo;

namespace {
const QTimeZone kBerlin("Europe/Berlin");
// Wednesday 4 March 2026, 10:00 in Berlin (09:00 UTC).
const QDateTime kNow(QDate(2026, 3, 4), QTime(9, 0), Qt::UTC);

QDateTime berlin(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, minute), kBerlin);
}
} // namespace

class TestRelativeTime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void due_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QDateTime>("due");
        QTest::addColumn<QString>("expected");
        for (const char *name : {"en_US", "de_DE"}) {
            const QLocale locale{QString::fromLatin1(name)};
            const QString l = QString::fromLatin1(name);
            QTest::addRow("%s today", name) << l << berlin(4, 17) << QStringLiteral("due today 17:00");
            QTest::addRow("%s later tonight", name) << l << berlin(4, 23, 59) << QStringLiteral("due today 23:59");
            QTest::addRow("%s tomorrow", name) << l << berlin(5, 17) << QStringLiteral("due tomorrow 17:00");
            QTest::addRow("%s friday", name)
                << l << berlin(6, 9) << QStringLiteral("due %1 09:00").arg(locale.dayName(Qt::Friday));
            QTest::addRow("%s next tuesday", name)
                << l << berlin(10, 8, 30) << QStringLiteral("due %1 08:30").arg(locale.dayName(Qt::Tuesday));
            QTest::addRow("%s in two weeks", name)
                << l << berlin(18, 9)
                << QStringLiteral("due %1 09:00").arg(locale.toString(QDate(2026, 3, 18), QLocale::ShortFormat));
            QTest::addRow("%s minutes overdue", name) << l << berlin(4, 9, 15) << QStringLiteral("45 minutes overdue");
            QTest::addRow("%s one minute overdue", name) << l << berlin(4, 9, 59) << QStringLiteral("1 minute overdue");
            QTest::addRow("%s an hour overdue", name) << l << berlin(4, 9) << QStringLiteral("1 hour overdue");
            QTest::addRow("%s hours overdue", name) << l << berlin(3, 12) << QStringLiteral("22 hours overdue");
            QTest::addRow("%s a day overdue", name) << l << berlin(3, 9) << QStringLiteral("1 day overdue");
            QTest::addRow("%s days overdue", name) << l << berlin(1, 9, 30) << QStringLiteral("3 days overdue");
        }
    }
    void due()
    {
        QFETCH(QString, locale);
        QFETCH(QDateTime, due);
        QFETCH(QString, expected);
        QCOMPARE(RelativeTime::due(due, kNow, kBerlin, QLocale(locale)), expected);
    }

    // The day is the user's: 00:30 in Berlin on Thursday is still Wednesday in UTC.
    void dayInTheUsersZone()
    {
        const QDateTime thursdayEarly = berlin(5, 0, 30);
        QCOMPARE(thursdayEarly.toUTC().date(), QDate(2026, 3, 4));
        QCOMPARE(RelativeTime::due(thursdayEarly, kNow, kBerlin, QLocale(QStringLiteral("en_US"))),
                 QStringLiteral("due tomorrow 00:30"));
        QCOMPARE(RelativeTime::due(thursdayEarly, kNow, QTimeZone::utc(), QLocale(QStringLiteral("en_US"))),
                 QStringLiteral("due today 23:30"));
    }

    void past()
    {
        for (const char *name : {"en_US", "de_DE"}) {
            const QLocale locale{QString::fromLatin1(name)};
            QCOMPARE(RelativeTime::past(berlin(4, 9, 12), kNow, kBerlin, locale), QStringLiteral("today 09:12"));
            QCOMPARE(RelativeTime::past(berlin(3, 17), kNow, kBerlin, locale), QStringLiteral("yesterday 17:00"));
            QCOMPARE(RelativeTime::past(berlin(2, 8), kNow, kBerlin, locale),
                     QStringLiteral("%1 08:00").arg(locale.dayName(Qt::Monday)));
            QCOMPARE(RelativeTime::past(berlin(1, 8), kNow, kBerlin, locale),
                     QStringLiteral("%1 08:00").arg(locale.dayName(Qt::Sunday)));
            QCOMPARE(RelativeTime::past(QDateTime(QDate(2026, 2, 20), QTime(8, 0), kBerlin), kNow, kBerlin, locale),
                     QStringLiteral("%1 08:00").arg(locale.toString(QDate(2026, 2, 20), QLocale::ShortFormat)));
        }
        QCOMPARE(RelativeTime::past({}, kNow, kBerlin), QString());
    }
};

QTEST_GUILESS_MAIN(TestRelativeTime)
#include "tst_relativetime.moc"
