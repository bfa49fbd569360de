// A desktop whose tray service (org.kde.StatusNotifierWatcher) and notification service are on
// the session bus but never answer, as a hung panel leaves them: the window still appears at
// once, without a tray icon, and a pop-up for the notification service holds nothing up. Runs
// under Xvfb with the xcb platform (where Qt's tray asks the watcher over D-Bus, with blocking
// calls of 25 s each) on a private session bus (tests/with-session-bus.sh). Both backends.

#include "Checks.h"
#include "DatabaseTestCase.h"

#include "DesktopIntegration.h"
#include "DesktopNotifier.h"
#include "MainWindow.h"
#include "TrayNotifier.h"
#include "itemmodels/NotificationPopups.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <csignal>
#include <iostream>

using namespace doo;
using namespace doo::test;

namespace {

const QString kWatcher = QStringLiteral("org.kde.StatusNotifierWatcher");
const QString kNotifications = QStringLiteral("org.freedesktop.Notifications");
const char kHoldNames[] = "--hold-names";
// Far below D-Bus's default timeout of 25 s, well above a start on a busy machine.
constexpr qint64 kAtOnceMs = 8000;

// The helper process: owns the names, says so, then waits (the test stops it: nothing answers).
int holdNames(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QDBusConnection bus = QDBusConnection::sessionBus();
    for (const QString &name : {kWatcher, kNotifications})
        if (!bus.registerService(name))
            return 1;
    std::cout << "ready" << std::endl;
    return app.exec();
}

} // namespace

class TestStartupBus : public DatabaseTestCase
{
    Q_OBJECT

public:
    TestStartupBus() : DatabaseTestCase(QStringLiteral("me@example.com")) { }

private:
    QProcess m_hung;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
        QDBusConnection bus = QDBusConnection::sessionBus();
        QVERIFY2(bus.isConnected(), "no session bus (run through ctest: tests/with-session-bus.sh)");
        m_hung.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(kHoldNames)});
        QVERIFY(m_hung.waitForStarted());
        QVERIFY(m_hung.waitForReadyRead(10000));
        QCOMPARE(m_hung.readAllStandardOutput().trimmed(), QByteArray("ready"));
        QVERIFY(::kill(pid_t(m_hung.processId()), SIGSTOP) == 0);
        QVERIFY(bus.interface()->isServiceRegistered(kWatcher).value());
        QVERIFY(bus.interface()->isServiceRegistered(kNotifications).value());
    }

    void cleanupTestCase()
    {
        if (m_hung.state() != QProcess::NotRunning) {
            ::kill(pid_t(m_hung.processId()), SIGKILL);
            m_hung.waitForFinished(5000);
        }
    }

    // The window appears at once; the tray's question ends within its bound, with no icon.
    void windowAppearsAtOnce()
    {
        QElapsedTimer started;
        started.start();
        MainWindow window(database().db(), defaultUser());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY2(started.elapsed() < kAtOnceMs, qPrintable(QString::number(started.elapsed())));
        // Known after the bound at most (at once on the second data row: asked once per program).
        QElapsedTimer asked;
        asked.start();
        bool known = false;
        DesktopIntegration::whenTrayKnown(&window, [&known](bool) { known = true; });
        QTRY_VERIFY_WITH_TIMEOUT(known, DesktopIntegration::kTrayProbeMs + 3000);
        QVERIFY(!DesktopIntegration::hasSystemTray());
        QVERIFY(!window.tray()->hasIcon());
        QVERIFY2(started.elapsed() < kAtOnceMs, qPrintable(QString::number(started.elapsed())));
        QVERIFY(window.isVisible());
    }

    // A pop-up for a notification service that does not answer: show() returns at once, and the
    // window keeps handling events while the service is asked.
    void popupHoldsNothingUp()
    {
        DesktopNotifier notifier(QDBusConnection::sessionBus());
        QVERIFY(notifier.isAvailable());
        Popup popup;
        popup.title = QStringLiteral("Weekly report ran");
        popup.body = QStringLiteral("in detail");
        popup.type = NotificationType::WorkflowComplete;
        QElapsedTimer timer;
        timer.start();
        notifier.show(popup);
        notifier.show(popup);
        QVERIFY2(timer.elapsed() < 500, qPrintable(QString::number(timer.elapsed())));
        int ticks = 0;
        QTimer tick;
        connect(&tick, &QTimer::timeout, this, [&ticks] { ++ticks; });
        tick.start(50);
        QTest::qWait(1000);
        QVERIFY2(ticks >= 10, qPrintable(QString::number(ticks)));
    }
};

int main(int argc, char *argv[])
{
    if (argc > 1 && qstrcmp(argv[1], kHoldNames) == 0)
        return holdNames(argc, argv);
    QApplication app(argc, argv);
    TestStartupBus test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_startupbus.moc"
