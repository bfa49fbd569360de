// Times as people say them (RelativeTime): due today, tomorrow, on a weekday, later, overdue by
// minutes, hours and days; past moments; in the user's zone, in English and German, each with the
// locale's own clock (12-hour in en_US).

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

// The locale's own time, written out: 12-hour in en_US, 24-hour in German.
QString clock(const char *locale, const char *english, const char *german)
{
    return QString::fromUtf8(qstrcmp(locale, "en_US") == 0 ? english : german);
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
            QTest::addRow("%s today", name) << l << berlin(4, 17)
                                            << QStringLiteral("due today %1").arg(clock(name, "5:00 PM", "17:00"));
            QTest::addRow("%s later tonight", name)
                << l << berlin(4, 23, 59) << QStringLiteral("due today %1").arg(clock(name, "11:59 PM", "23:59"));
            QTest::addRow("%s tomorrow", name)
                << l << berlin(5, 17) << QStringLiteral("due tomorrow %1").arg(clock(name, "5:00 PM", "17:00"));
            QTest::addRow("%s friday", name)
                << l << berlin(6, 9)
                << QStringLiteral("due %1 %2").arg(locale.dayName(Qt::Friday), clock(name, "9:00 AM", "09:00"));
            QTest::addRow("%s next tuesday", name)
                << l << berlin(10, 8, 30)
                << QStringLiteral("due %1 %2").arg(locale.dayName(Qt::Tuesday), clock(name, "8:30 AM", "08:30"));
            QTest::addRow("%s in two weeks", name)
                << l << berlin(18, 9) << QStringLiteral("due %1").arg(clock(name, "3/18/26 9:00 AM", "18.03.26 09:00"));
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
                 QStringLiteral("due tomorrow 12:30 AM"));
        QCOMPARE(RelativeTime::due(thursdayEarly, kNow, QTimeZone::utc(), QLocale(QStringLiteral("en_US"))),
                 QStringLiteral("due today 11:30 PM"));
    }

    void past()
    {
        for (const char *name : {"en_US", "de_DE"}) {
            const QLocale locale{QString::fromLatin1(name)};
            const QString eight = clock(name, "8:00 AM", "08:00");
            QCOMPARE(RelativeTime::past(berlin(4, 9, 12), kNow, kBerlin, locale),
                     QStringLiteral("today %1").arg(clock(name, "9:12 AM", "09:12")));
            QCOMPARE(RelativeTime::past(berlin(3, 17), kNow, kBerlin, locale),
                     QStringLiteral("yesterday %1").arg(clock(name, "5:00 PM", "17:00")));
            QCOMPARE(RelativeTime::past(berlin(2, 8), kNow, kBerlin, locale),
                     QStringLiteral("%1 %2").arg(locale.dayName(Qt::Monday), eight));
            QCOMPARE(RelativeTime::past(berlin(1, 8), kNow, kBerlin, locale),
                     QStringLiteral("%1 %2").arg(locale.dayName(Qt::Sunday), eight));
            QCOMPARE(RelativeTime::past(QDateTime(QDate(2026, 2, 20), QTime(8, 0), kBerlin), kNow, kBerlin, locale),
                     clock(name, "2/20/26 8:00 AM", "20.02.26 08:00"));
        }
        QCOMPARE(RelativeTime::past({}, kNow, kBerlin), QString());
    }
};

QTEST_GUILESS_MAIN(TestRelativeTime)
#include "tst_relativetime.moc"
