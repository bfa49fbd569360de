// The pop-up rules (NotificationPopups) on a fake clock: which types pop up, quiet hours holding
// everything and their end giving one summary, several TASK_DUE as one, plural texts.

#include "ClockGuard.h"

#include "itemmodels/NotificationPopups.h"

#include <QSignalSpy>
#include <QTest>

using namespace doo;
using namespace doo::test;

namespace {
const QTimeZone kBerlin("Europe/Berlin");

QDateTime berlin(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, minute), kBerlin);
}

// Newest first, as NotificationListModel::arrived gives them.
QList<Notification> arrivals(const QList<std::pair<NotificationType, QString>> &oldestFirst)
{
    QList<Notification> list;
    int n = 0;
    for (const auto &[type, title] : oldestFirst) {
        Notification note;
        note.id = QStringLiteral("n%1").arg(++n);
        note.type = type;
        note.title = title;
        note.message = title + QStringLiteral(" (message)");
        if (type == NotificationType::TaskDue)
            note.taskId = QStringLiteral("t%1").arg(n);
        list.prepend(note);
    }
    return list;
}

QList<Popup> shown(const QSignalSpy &spy)
{
    QList<Popup> popups;
    for (const QList<QVariant> &args : spy)
        popups << args.at(0).value<Popup>();
    return popups;
}

Preferences quietNights()
{
    Preferences p;
    p.quietHours = true;
    p.quietFrom = QTime(22, 0);
    p.quietTo = QTime(7, 0);
    return p;
}
} // namespace

class TestNotificationPopups : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onlyChosenTypesPopUp()
    {
        ClockGuard clock(berlin(4, 10));
        NotificationPopups popups(kBerlin);
        Preferences p;
        p.popupTypes = {NotificationType::Error, NotificationType::TaskDue};
        popups.setPreferences(p);
        QSignalSpy spy(&popups, &NotificationPopups::popup);
        popups.arrive(arrivals({{NotificationType::Info, QStringLiteral("FYI")},
                                {NotificationType::Error, QStringLiteral("Sync failed")},
                                {NotificationType::WorkflowComplete, QStringLiteral("Report done")}}));
        const auto got = shown(spy);
        QCOMPARE(got.size(), 1);
        QCOMPARE(got.first().title, QStringLiteral("Sync failed"));
        QCOMPARE(got.first().body, QStringLiteral("Sync failed (message)"));
        QCOMPARE(got.first().type, NotificationType::Error);
        QCOMPARE(got.first().notificationIds, QStringList{QStringLiteral("n2")});
    }

    void oneByOneOldestFirstThenSummed()
    {
        ClockGuard clock(berlin(4, 10));
        NotificationPopups popups(kBerlin);
        QSignalSpy spy(&popups, &NotificationPopups::popup);
        popups.arrive(
            arrivals({{NotificationType::Info, QStringLiteral("A")}, {NotificationType::Success, QStringLiteral("B")}}));
        QCOMPARE(spy.size(), 2);
        QCOMPARE(shown(spy).at(0).title, QStringLiteral("A"));
        QCOMPARE(shown(spy).at(1).title, QStringLiteral("B"));
        spy.clear();
        QList<std::pair<NotificationType, QString>> many;
        for (int i = 1; i <= 7; ++i)
            many.append({NotificationType::WorkflowComplete, QStringLiteral("Run %1").arg(i)});
        popups.arrive(arrivals(many));
        const auto got = shown(spy);
        QCOMPARE(got.size(), 1);
        QCOMPARE(got.first().title, QStringLiteral("7 new notifications"));
        QCOMPARE(got.first().body, QStringLiteral("• Run 1\n• Run 2\n• Run 3\n• Run 4\n• Run 5\nand 2 more"));
        QCOMPARE(got.first().notificationIds.size(), 7);
    }

    void severalTasksDueAsOne()
    {
        ClockGuard clock(berlin(4, 10));
        NotificationPopups popups(kBerlin);
        QSignalSpy spy(&popups, &NotificationPopups::popup);
        popups.arrive(arrivals({{NotificationType::TaskDue, QStringLiteral("Due: Budget")},
                                {NotificationType::Info, QStringLiteral("Hello")},
                                {NotificationType::TaskDue, QStringLiteral("Due: Offsite")},
                                {NotificationType::TaskDue, QStringLiteral("Due: Hiring")}}));
        const auto got = shown(spy);
        QCOMPARE(got.size(), 2);
        QCOMPARE(got.at(0).title, QStringLiteral("3 tasks due"));
        QCOMPARE(got.at(0).type, NotificationType::TaskDue);
        QCOMPARE(got.at(0).body, QStringLiteral("• Due: Budget (message)\n• Due: Offsite (message)\n• Due: Hiring (message)"));
        QCOMPARE(got.at(1).title, QStringLiteral("Hello"));
        // A single one keeps its own words.
        spy.clear();
        popups.arrive(arrivals({{NotificationType::TaskDue, QStringLiteral("Due: Budget")}}));
        QCOMPARE(shown(spy).size(), 1);
        QCOMPARE(shown(spy).first().title, QStringLiteral("Due: Budget"));
        // Already grouped notices (no task of their own) are counted as reminders.
        spy.clear();
        auto grouped = arrivals({{NotificationType::TaskDue, QStringLiteral("5 tasks due today")},
                                 {NotificationType::TaskDue, QStringLiteral("Due: Budget")}});
        grouped[1].taskId.clear();
        popups.arrive(grouped);
        QCOMPARE(shown(spy).size(), 1);
        QCOMPARE(shown(spy).first().title, QStringLiteral("2 task reminders"));
        QCOMPARE(shown(spy).first().body, QStringLiteral("• 5 tasks due today\n• Due: Budget"));
    }

    void quietHoursHoldThenOneSummary()
    {
        ClockGuard clock(berlin(4, 23)); // 23:00 in Berlin: quiet
        NotificationPopups popups(kBerlin);
        popups.setPreferences(quietNights());
        QSignalSpy spy(&popups, &NotificationPopups::popup);
        QVERIFY(popups.isQuiet());
        popups.arrive(arrivals({{NotificationType::Error, QStringLiteral("Sync failed")}}));
        clock.clock.set(berlin(5, 2));
        popups.arrive(arrivals({{NotificationType::TaskDue, QStringLiteral("Due: Budget")},
                                {NotificationType::WorkflowComplete, QStringLiteral("Report done")}}));
        QCOMPARE(spy.size(), 0);
        QCOMPARE(popups.heldCount(), 3);
        QCOMPARE(popups.releaseAt(), berlin(5, 7).toUTC()); // the timer waits for 07:00
        popups.release(); // woken early (02:00): still nothing
        QCOMPARE(spy.size(), 0);
        clock.clock.set(berlin(5, 7));
        popups.release(); // what the timer does at 07:00
        const auto got = shown(spy);
        QCOMPARE(got.size(), 1);
        QCOMPARE(got.first().title, QStringLiteral("3 notifications during quiet hours"));
        QCOMPARE(got.first().body, QStringLiteral("• Sync failed\n• Due: Budget\n• Report done"));
        QCOMPARE(got.first().notificationIds.size(), 3);
        QCOMPARE(popups.heldCount(), 0);
        QVERIFY(!popups.releaseAt().isValid());
        popups.release(); // nothing left: nothing more
        QCOMPARE(spy.size(), 1);
        // After quiet hours, arrivals pop up again at once.
        popups.arrive(arrivals({{NotificationType::Info, QStringLiteral("Morning")}}));
        QCOMPARE(spy.size(), 2);
    }

    void quietHoursOnlyHoldChosenTypes()
    {
        ClockGuard clock(berlin(4, 23));
        NotificationPopups popups(kBerlin);
        Preferences p = quietNights();
        p.popupTypes = {NotificationType::Error};
        popups.setPreferences(p);
        QSignalSpy spy(&popups, &NotificationPopups::popup);
        popups.arrive(
            arrivals({{NotificationType::Info, QStringLiteral("FYI")}, {NotificationType::Error, QStringLiteral("Oops")}}));
        QCOMPARE(popups.heldCount(), 1);
        // Switching quiet hours off releases what they held (one held: shown as itself).
        p.quietHours = false;
        popups.setPreferences(p);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(shown(spy).first().title, QStringLiteral("Oops"));
    }

    // Quiet hours are the user's: 23:00 UTC is midnight in Berlin but 18:00 in New York.
    void quietHoursInTheUsersZone()
    {
        ClockGuard clock(QDateTime(QDate(2026, 3, 4), QTime(23, 0), Qt::UTC));
        NotificationPopups popups(kBerlin);
        popups.setPreferences(quietNights());
        QVERIFY(popups.isQuiet());
        popups.setTimeZone(QTimeZone("America/New_York"));
        QVERIFY(!popups.isQuiet());
    }

    // The preferences are read again at every arrival (changed in the Settings window or elsewhere).
    void preferencesReadAgain()
    {
        ClockGuard clock(berlin(4, 10));
        NotificationPopups popups(kBerlin);
        Preferences stored;
        int reads = 0;
        popups.setPreferencesSource([&]() -> Result<Preferences> {
            ++reads;
            return stored;
        });
        QSignalSpy spy(&popups, &NotificationPopups::popup);
        popups.arrive(arrivals({{NotificationType::Info, QStringLiteral("FYI")}}));
        QCOMPARE(spy.size(), 1);
        stored.popupTypes = {NotificationType::Error};
        popups.arrive(arrivals({{NotificationType::Info, QStringLiteral("FYI again")}}));
        QCOMPARE(spy.size(), 1);
        QVERIFY(reads >= 2);
    }
};

QTEST_GUILESS_MAIN(TestNotificationPopups)
#include "tst_notificationpopups.moc"
