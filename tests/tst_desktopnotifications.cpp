// Pop-ups through the desktop's notification service: a fake org.freedesktop.Notifications on a
// private session bus (tests/with-session-bus.sh) receives what the window's rules decide —
// each pop-up with its summary and body, the grouped TASK_DUE, nothing during quiet hours and
// the summary after — and clicking one opens the Notifications view. Both backends.

#include "Checks.h"
#include "ClockGuard.h"
#include "DatabaseTestCase.h"

#include "DesktopIntegration.h"
#include "DesktopNotifier.h"
#include "MainWindow.h"
#include "NotificationsView.h"
#include "TrayNotifier.h"
#include "itemmodels/LocalSettings.h"
#include "itemmodels/NotificationPopups.h"
#include "repositories/NotificationRepository.h"
#include "repositories/PreferenceRepository.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace doo;
using namespace doo::test;

namespace {

const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");

// The notification service of a desktop, as far as the program uses it: records what it is sent.
class FakeNotificationService : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Received
    {
        QString appName, icon, summary, body;
        QStringList actions;
        QVariantMap hints;
        uint id = 0;
    };
    QList<Received> received;

public Q_SLOTS:
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon, const QString &summary, const QString &body,
                const QStringList &actions, const QVariantMap &hints, int expireTimeout)
    {
        Q_UNUSED(replacesId)
        Q_UNUSED(expireTimeout)
        received.append({appName, appIcon, summary, body, actions, hints, uint(received.size() + 1)});
        return received.last().id;
    }
    QStringList GetCapabilities() { return {QStringLiteral("body"), QStringLiteral("actions")}; }
    void CloseNotification(uint id) { Q_EMIT NotificationClosed(id, 3); }
    QString GetServerInformation(QString &vendor, QString &version, QString &specVersion)
    {
        vendor = QStringLiteral("tests");
        version = QStringLiteral("1");
        specVersion = QStringLiteral("1.2");
        return QStringLiteral("fake");
    }

Q_SIGNALS:
    void ActionInvoked(uint id, const QString &actionKey);
    void NotificationClosed(uint id, uint reason);
};

Notification make(const User &owner, NotificationType type, const QString &title)
{
    Notification n;
    n.userId = owner.id;
    n.type = type;
    n.title = title;
    n.message = title + QStringLiteral(" in detail");
    return n;
}

} // namespace

class TestDesktopNotifications : public DatabaseTestCase
{
    Q_OBJECT

public:
    TestDesktopNotifications() : DatabaseTestCase(QStringLiteral("me@example.com")) { }

private:
    // The fake service on its own connection, so that the program's calls go through the bus.
    std::unique_ptr<FakeNotificationService> m_service;
    std::optional<QDBusConnection> m_serviceBus;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (!QDBusConnection::sessionBus().isConnected())
            QSKIP("no session bus (run through ctest: tests/with-session-bus.sh)");
    }

    void init()
    {
        m_serviceBus = QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("fake-notifications"));
        QVERIFY(m_serviceBus->isConnected());
        m_service = std::make_unique<FakeNotificationService>();
        QVERIFY(m_serviceBus->registerObject(kPath, m_service.get(),
                                             QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals));
        QVERIFY(m_serviceBus->registerService(kService));
        DatabaseTestCase::init();
    }

    void cleanup()
    {
        DatabaseTestCase::cleanup();
        m_serviceBus->unregisterService(kService);
        m_serviceBus->unregisterObject(kPath);
        m_service.reset();
        QDBusConnection::disconnectFromBus(QStringLiteral("fake-notifications"));
        m_serviceBus.reset();
    }

    // The presenter alone: summary and body, the program's name and icon, an "Open" action; a
    // click on it is reported, a click on someone else's notification is not.
    void presenterSendsAndHearsClicks()
    {
        DesktopNotifier notifier;
        QVERIFY(notifier.isAvailable());
        QSignalSpy activated(&notifier, &DesktopNotifier::activated);
        notifier.show(Popup{QStringLiteral("Sync failed"),
                            QStringLiteral("The server <b>refused</b> & left"),
                            NotificationType::Error,
                            {QStringLiteral("n1")}});
        QTRY_COMPARE(m_service->received.size(), 1);
        const auto &got = m_service->received.first();
        QCOMPARE(got.summary, QStringLiteral("Sync failed"));
        QCOMPARE(got.body, QStringLiteral("The server <b>refused</b> & left")); // no markup asked for: as it is
        QCOMPARE(got.icon, QStringLiteral("director-of-one"));
        QCOMPARE(got.actions.first(), QStringLiteral("default"));
        QCOMPARE(got.hints.value(QStringLiteral("urgency")).toInt(), 2);
        QTest::qWait(50); // the reply with the id reaches the notifier
        Q_EMIT m_service->ActionInvoked(99, QStringLiteral("default")); // not ours
        Q_EMIT m_service->ActionInvoked(got.id, QStringLiteral("default"));
        QTRY_COMPARE(activated.size(), 1);
        QTest::qWait(50);
        QCOMPARE(activated.size(), 1);
    }

    // The window without a tray (offscreen has none): new notifications reach the service under
    // the user's rules; quiet hours hold them and one summary follows; a click opens the view.
    void windowWithoutTrayUsesTheService()
    {
        auto &t = database();
        const User &me = defaultUser();
        ClockGuard clock(QDateTime(QDate(2026, 3, 4), QTime(12, 0), Qt::UTC)); // 12:00 in the computer's zone or near
        MainWindow window(t.db(), me);
        QVERIFY(!window.tray()->hasIcon());
        window.show();
        auto *view = window.findChild<NotificationsView *>(QStringLiteral("notificationsPage"));
        QVERIFY(view);
        bool trayKnown = false; // the note waits for the tray's answer
        DesktopIntegration::whenTrayKnown(&window, [&trayKnown](bool) { trayKnown = true; });
        QTRY_VERIFY(trayKnown);
        QVERIFY(view->note().isEmpty()); // the service exists: nothing to say

        auto elsewhere = t.openSecond(QStringLiteral("elsewhere"));
        QVERIFY(elsewhere);
        NotificationRepository theirs(*elsewhere, UserContext::of(me));
        CHECK_OK(theirs.create(make(me, NotificationType::WorkflowComplete, QStringLiteral("Weekly report ran"))));
        QTRY_COMPARE_WITH_TIMEOUT(m_service->received.size(), 1, 10000);
        QCOMPARE(m_service->received.at(0).summary, QStringLiteral("Weekly report ran"));
        QCOMPARE(m_service->received.at(0).body, QStringLiteral("Weekly report ran in detail"));

        // Three tasks due at once: one pop-up listing them.
        for (const char *title : {"Due: Budget", "Due: Offsite", "Due: Hiring"}) {
            Notification n = make(me, NotificationType::TaskDue, QString::fromLatin1(title));
            CHECK_OK(theirs.create(n));
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_service->received.size(), 2, 10000);
        QTest::qWait(300);
        QCOMPARE(m_service->received.size(), 2);
        QCOMPARE(m_service->received.at(1).summary, QStringLiteral("3 task reminders"));
        QCOMPARE(m_service->received.at(1).body.count(QLatin1Char('\n')), 2);

        // Quiet hours all day long for the test (12:00 to 11:59): nothing reaches the service.
        CHECK_OK(PreferenceRepository(t.db(), UserContext::of(me)).change([](Preferences &p) {
            p.quietHours = true;
            p.quietFrom = QTime(0, 0);
            p.quietTo = QTime(23, 59);
        }));
        NotificationPopups *popups = window.tray()->popups();
        popups->setTimeZone(QTimeZone::utc());
        CHECK_OK(theirs.create(make(me, NotificationType::Error, QStringLiteral("Sync failed"))));
        clock.clock.advanceSecs(60);
        CHECK_OK(theirs.create(make(me, NotificationType::Warning, QStringLiteral("Disk almost full"))));
        QTRY_COMPARE_WITH_TIMEOUT(popups->heldCount(), 2, 10000);
        QTest::qWait(300);
        QCOMPARE(m_service->received.size(), 2);
        // Their end: one summary.
        clock.clock.set(QDateTime(QDate(2026, 3, 4), QTime(23, 59), Qt::UTC));
        popups->release();
        QTRY_COMPARE(m_service->received.size(), 3);
        QCOMPARE(m_service->received.at(2).summary, QStringLiteral("2 notifications during quiet hours"));
        QCOMPARE(m_service->received.at(2).body, QStringLiteral("• Sync failed\n• Disk almost full"));

        // Clicking it opens the Notifications view.
        QVERIFY(window.showView(QStringLiteral("board")));
        QTest::qWait(50);
        Q_EMIT m_service->ActionInvoked(m_service->received.at(2).id, QStringLiteral("default"));
        QTRY_VERIFY(view->isVisible());
    }

    // Neither a tray nor a service: the window says so once, inline in the Notifications view.
    void noServiceSaidOnce()
    {
        m_serviceBus->unregisterService(kService);
        QTRY_VERIFY(!DesktopNotifier::serviceAvailable());
        LocalSettings::setNoDeliveryHintShown(false);
        auto &t = database();
        {
            MainWindow window(t.db(), defaultUser());
            auto *view = window.findChild<NotificationsView *>(QStringLiteral("notificationsPage"));
            QTRY_VERIFY(view->note().contains(QLatin1String("neither a tray nor a notification service")));
        }
        QVERIFY(LocalSettings::noDeliveryHintShown());
        MainWindow again(t.db(), defaultUser());
        QTest::qWait(50);
        QVERIFY(again.findChild<NotificationsView *>(QStringLiteral("notificationsPage"))->note().isEmpty());
    }
};

QTEST_MAIN(TestDesktopNotifications)
#include "tst_desktopnotifications.moc"
