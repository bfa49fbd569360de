#include "Checks.h"
#include "ConnectionTestHelpers.h"
#include "DatabaseTestCase.h"
#include "EngineTestHelpers.h"

#include "BackgroundMode.h"
#include "BoardWidget.h"
#include "DesktopIntegration.h"
#include "MainWindow.h"
#include "SingleInstance.h"
#include "TaskDialog.h"
#include "TrayMenu.h"
#include "TrayNotifier.h"
#include "WindowHost.h"
#include "itemmodels/LocalSettings.h"
#include "itemmodels/WorkflowIntents.h"
#include "repositories/UserRepository.h"
#include "secrets/MemorySecretStore.h"
#include "workflow/SchedulerThread.h"

#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QToolButton>

using namespace doo;
using namespace doo::test;

// The program in the background, offscreen (the tray through its seams: offscreen has none):
// closing the window keeps the program and its scheduler running, or quits; the first close's
// hint; the tray menu's entries and approvals (both backends); pausing the scheduler; a second
// start showing the running program's window.
class TestBackground : public DatabaseTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<SchedulerThread *>(); // for QSignalSpy
    }
    void init()
    {
        QSettings().clear();
        DesktopIntegration::setSystemTrayForTests(std::nullopt);
        DatabaseTestCase::init();
    }
    void cleanupTestCase() { QSettings().clear(); }

    void closeKeepsSchedulerRunning();
    void closeQuitsWhenOff();
    void minimiseHidesOnlyWithTray();
    void trayMenuApprovesAndRejects();
    void trayMenuOpensNewTask();
    void pauseFromTrayPersistsAndShows();
    void pauseHoldsDueRunUntilResume();
    void schedulerSwitchedOffInSettings();
    void secondStartShowsWindow();
    void backgroundStartStaysHidden();

private:
    struct Hint
    {
        QString title;
        QString text;
        bool viaTray;
    };
    // A host on the test's database (the local profile's window), hints recorded.
    std::unique_ptr<WindowHost> startHost(bool scheduler, QList<Hint> *hints = nullptr)
    {
        auto host = std::make_unique<WindowHost>(testOpener(), &m_keychain);
        host->setSchedulerEnabled(scheduler);
        host->background()->setHintShower([hints](const QString &title, const QString &text, bool viaTray) {
            if (hints)
                hints->append({title, text, viaTray});
        });
        host->start(database().url());
        return host;
    }
    User localUser()
    {
        auto user = UserRepository::ensureLocalProfile(database().db());
        if (!user)
            qFatal("no local profile: %s", qPrintable(user.error().text()));
        return user.takeValue();
    }
    // A daily workflow of the local profile (not due today until moved with dueAt()).
    Workflow addDaily(const User &u)
    {
        return must(addWorkflow(database().db(), u, QStringLiteral("Morning notes"),
                                QStringLiteral("{\"type\":\"schedule\",\"at\":\"daily at 03:00\",\"catch_up\":true}"),
                                QStringLiteral("[{\"type\":\"notify\",\"title\":\"Ran\"}]")));
    }
    void dueAt(const User &u, const QString &id, const QDateTime &at)
    {
        WorkflowRepository repo(database().db(), UserContext::of(u));
        Workflow w = must(repo.findById(id));
        w.nextRunAt = at;
        CHECK_OK(repo.update(w));
    }
    int runs(const QString &workflowId)
    {
        return count(database().db(), QStringLiteral("SELECT count(*) FROM workflow_execution WHERE workflow_id = ?"),
                     {workflowId});
    }

    // The status of the workflow's one run ("" before it exists).
    QString status(const QString &workflowId)
    {
        return scalar(database().db(), QStringLiteral("SELECT status FROM workflow_execution WHERE workflow_id = ?"),
                      {workflowId})
            .toString();
    }

    MemorySecretStore m_keychain;
};

void TestBackground::closeKeepsSchedulerRunning()
{
    const User u = localUser();
    const Workflow w = addDaily(u);
    LocalSettings::setCloseToTray(true);
    QList<Hint> hints;
    auto host = startHost(true, &hints);
    QTRY_VERIFY(host->window() && host->scheduler());
    QSignalSpy quit(host.get(), &WindowHost::quitRequested);
    MainWindow *window = host->window();
    QVERIFY(window->isVisible());

    // Closing hides the window; the program and its scheduler stay.
    QVERIFY(!window->close());
    QVERIFY(!window->isVisible());
    QCOMPARE(quit.count(), 0);
    QCOMPARE(host->window(), window);
    QVERIFY(host->scheduler());
    // The first close said where the program went and how to quit (no tray here: a message box).
    QCOMPARE(hints.size(), 1);
    QVERIFY(!hints.first().viaTray);
    QVERIFY2(hints.first().text.contains(QLatin1String("Start Director of One again"))
                 && hints.first().text.contains(QStringLiteral("File → Quit (Ctrl+Q)")),
             qPrintable(hints.first().text));
    QVERIFY(LocalSettings::closeHintShown());

    // A workflow falling due after the close runs (the scheduler sees the change at its next poll).
    QCOMPARE(runs(w.id), 0);
    dueAt(u, w.id, QDateTime::currentDateTimeUtc().addSecs(1));
    QTRY_COMPARE_WITH_TIMEOUT(status(w.id), QStringLiteral("SUCCESS"), 20000);
    QCOMPARE(quit.count(), 0);

    // Back, and closed again: no second hint.
    host->showWindow();
    QVERIFY(window->isVisible());
    QVERIFY(!window->close());
    QVERIFY(!window->isVisible());
    QCOMPARE(hints.size(), 1);

    // File → Quit really quits.
    window->findChild<QAction *>(QStringLiteral("actionQuit"))->trigger();
    QCOMPARE(quit.count(), 1);
}

void TestBackground::closeQuitsWhenOff()
{
    // Unset, the setting follows the desktop: no tray and no session bus here, so closing quits.
    QVERIFY(!LocalSettings::closeToTray());
    QVERIFY(!DesktopIntegration::hasNotificationService());
    QVERIFY(!DesktopIntegration::closeToTray());
    DesktopIntegration::setSystemTrayForTests(true);
    QVERIFY(DesktopIntegration::closeToTray());
    DesktopIntegration::setSystemTrayForTests(false);
    LocalSettings::setCloseToTray(true);
    QVERIFY(DesktopIntegration::closeToTray());

    LocalSettings::setCloseToTray(false);
    QList<Hint> hints;
    auto host = startHost(false, &hints);
    QTRY_VERIFY(host->window());
    QSignalSpy quit(host.get(), &WindowHost::quitRequested);
    QVERIFY(host->window()->close());
    QCOMPARE(quit.count(), 1);
    QVERIFY(hints.isEmpty());
    QVERIFY(!LocalSettings::closeHintShown());
}

void TestBackground::minimiseHidesOnlyWithTray()
{
    LocalSettings::setMinimiseToTray(true);
    auto host = startHost(false);
    QTRY_VERIFY(host->window());
    MainWindow *window = host->window();
    // No tray: minimised, the window stays (nothing would bring it back).
    window->showMinimized();
    QTest::qWait(50);
    QVERIFY(window->isVisible());
    window->showNormal();

    DesktopIntegration::setSystemTrayForTests(true);
    window->showMinimized();
    QTRY_VERIFY(!window->isVisible());
    host->showWindow();
    QVERIFY(window->isVisible());
    QVERIFY(!window->isMinimized());

    // The tray icon switched off: no hiding either.
    LocalSettings::setShowTrayIcon(false);
    host->applyLocalSettings();
    window->showMinimized();
    QTest::qWait(50);
    QVERIFY(window->isVisible());
}

void TestBackground::trayMenuApprovesAndRejects()
{
    const User u = localUser();
    const Workflow w = must(addWorkflow(database().db(), u, QStringLiteral("Sign-off"), QStringLiteral("{\"type\":\"manual\"}"),
                                        QStringLiteral("[{\"type\":\"request_approval\",\"title\":\"Approve the plan\"},"
                                                       "{\"type\":\"create_task\",\"title\":\"Hand over\"}]")));
    WorkflowIntents intents(database().db(), UserContext::of(u), nullptr);
    const QString first = must(intents.runNow(w)).id;
    const QString second = must(intents.runNow(w)).id;
    const QString statusSql = QStringLiteral("SELECT status FROM workflow_execution WHERE id = ?");
    QCOMPARE(scalar(database().db(), statusSql, {first}).toString(), QStringLiteral("WAITING"));

    auto host = startHost(false);
    QTRY_VERIFY(host->window());
    TrayMenu *menu = host->background()->menu();
    menu->rebuild();
    auto *approvals = menu->findChild<QMenu *>(QStringLiteral("trayApprovals"));
    QVERIFY(approvals && approvals->isEnabled());
    QCOMPARE(approvals->title(), QStringLiteral("&Waiting for approval (2)"));
    auto *run = approvals->findChild<QMenu *>(QStringLiteral("trayRun_") + first);
    QVERIFY(run);
    QCOMPARE(run->title(), QStringLiteral("Sign-off — “Approve the plan”"));

    // Approve: the rest of the workflow runs.
    QSignalSpy said(menu, &TrayMenu::statusMessage);
    menu->findChild<QAction *>(QStringLiteral("trayApprove_") + first)->trigger();
    QCOMPARE(scalar(database().db(), statusSql, {first}).toString(), QStringLiteral("SUCCESS"));
    QCOMPARE(count(database().db(), QStringLiteral("SELECT count(*) FROM task WHERE title = ?"), {QStringLiteral("Hand over")}),
             1);
    QCOMPARE(said.count(), 1);
    QVERIFY2(said.first().first().toString().startsWith(QLatin1String("Approved: \"Sign-off\"")),
             qPrintable(said.first().first().toString()));

    // Rebuilt when about to show: only the other run is left; Reject cancels it.
    Q_EMIT menu->aboutToShow();
    approvals = menu->findChild<QMenu *>(QStringLiteral("trayApprovals"));
    QCOMPARE(approvals->title(), QStringLiteral("&Waiting for approval (1)"));
    QVERIFY(!menu->findChild<QAction *>(QStringLiteral("trayApprove_") + first));
    menu->findChild<QAction *>(QStringLiteral("trayReject_") + second)->trigger();
    QCOMPARE(scalar(database().db(), statusSql, {second}).toString(), QStringLiteral("CANCELLED"));
    QCOMPARE(count(database().db(), QStringLiteral("SELECT count(*) FROM task WHERE title = ?"), {QStringLiteral("Hand over")}),
             1);

    menu->rebuild();
    approvals = menu->findChild<QMenu *>(QStringLiteral("trayApprovals"));
    QVERIFY(!approvals->isEnabled());
    QCOMPARE(approvals->title(), QStringLiteral("Nothing waits for approval"));
}

void TestBackground::trayMenuOpensNewTask()
{
    LocalSettings::setCloseToTray(true);
    auto host = startHost(false);
    QTRY_VERIFY(host->window());
    MainWindow *window = host->window();
    QVERIFY(window->showView(QStringLiteral("workflows")));
    QVERIFY(!window->close());
    TrayMenu *menu = host->background()->menu();
    menu->rebuild();

    // Open brings the hidden window back.
    menu->findChild<QAction *>(QStringLiteral("trayOpen"))->trigger();
    QVERIFY(window->isVisible());
    QVERIFY(!window->close());

    // New task…: the window on the board with the task dialog.
    bool asked = false;
    window->board()->setDialogRunner([&asked](TaskDialog &dialog) {
        asked = true;
        dialog.findChild<QLineEdit *>(QStringLiteral("titleEdit"))->setText(QStringLiteral("From the tray"));
        dialog.findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
        return dialog.result() == QDialog::Accepted;
    });
    menu->findChild<QAction *>(QStringLiteral("trayNewTask"))->trigger();
    QVERIFY(asked);
    QVERIFY(window->isVisible());
    QCOMPARE(window->currentView(), QStringLiteral("board"));
    QCOMPARE(
        count(database().db(), QStringLiteral("SELECT count(*) FROM task WHERE title = ?"), {QStringLiteral("From the tray")}),
        1);

    // Quit in the tray menu quits.
    QSignalSpy quit(host.get(), &WindowHost::quitRequested);
    menu->findChild<QAction *>(QStringLiteral("trayQuit"))->trigger();
    QCOMPARE(quit.count(), 1);
}

void TestBackground::pauseFromTrayPersistsAndShows()
{
    {
        auto host = startHost(true);
        QTRY_VERIFY(host->window() && host->scheduler());
        MainWindow *window = host->window();
        auto *indicator = window->findChild<QWidget *>(QStringLiteral("statusSchedulerPaused"));
        QVERIFY(indicator);
        QVERIFY(!indicator->isVisibleTo(window));
        TrayMenu *menu = host->background()->menu();
        menu->rebuild();
        QAction *pause = menu->findChild<QAction *>(QStringLiteral("trayPause"));
        QCOMPARE(pause->text(), QStringLiteral("&Pause scheduler"));
        QVERIFY(!pause->isChecked());
        pause->trigger();
        QVERIFY(host->schedulerPaused());
        QVERIFY(host->scheduler()->isPaused());
        QVERIFY(LocalSettings::schedulerPaused());
        QVERIFY(indicator->isVisibleTo(window));
        QVERIFY2(window->tray()->toolTip().endsWith(QLatin1String("\nScheduler paused")), qPrintable(window->tray()->toolTip()));
        menu->rebuild();
        pause = menu->findChild<QAction *>(QStringLiteral("trayPause"));
        QCOMPARE(pause->text(), QStringLiteral("&Resume scheduler"));
        QVERIFY(pause->isChecked());
    }
    // The next start is paused too; the status bar's Resume resumes.
    auto host = startHost(true);
    QTRY_VERIFY(host->window() && host->scheduler());
    MainWindow *window = host->window();
    QVERIFY(host->scheduler()->isPaused());
    auto *indicator = window->findChild<QWidget *>(QStringLiteral("statusSchedulerPaused"));
    QVERIFY(indicator->isVisibleTo(window));
    indicator->findChild<QToolButton *>(QStringLiteral("resumeSchedulerButton"))->click();
    QVERIFY(!host->schedulerPaused());
    QVERIFY(!host->scheduler()->isPaused());
    QVERIFY(!LocalSettings::schedulerPaused());
    QVERIFY(!indicator->isVisibleTo(window));
    QVERIFY(!window->tray()->toolTip().contains(QLatin1String("paused")));
}

void TestBackground::pauseHoldsDueRunUntilResume()
{
    const User u = localUser();
    const Workflow w = addDaily(u);
    dueAt(u, w.id, QDateTime::currentDateTimeUtc().addSecs(-5)); // due when the program starts
    LocalSettings::setSchedulerPaused(true);
    auto host = startHost(true);
    QTRY_VERIFY(host->window() && host->scheduler());
    // Held: the scheduler's start and two of its polls go by without the run.
    QTest::qWait(4500);
    QCOMPARE(runs(w.id), 0);
    host->setSchedulerPaused(false);
    QTRY_COMPARE_WITH_TIMEOUT(runs(w.id), 1, 20000);
    // The run's row exists from its claim on (RUNNING): it finishes a moment later.
    QTRY_COMPARE_WITH_TIMEOUT(
        scalar(database().db(), QStringLiteral("SELECT status FROM workflow_execution WHERE workflow_id = ?"), {w.id}).toString(),
        QStringLiteral("SUCCESS"), 20000);
}

void TestBackground::schedulerSwitchedOffInSettings()
{
    LocalSettings::setSchedulerEnabled(false); // a `director-of-one scheduler` service runs the workflows
    auto host = startHost(true);
    QTRY_VERIFY(host->window());
    QVERIFY(!host->scheduler());
    TrayMenu *menu = host->background()->menu();
    menu->rebuild();
    QVERIFY(!menu->findChild<QAction *>(QStringLiteral("trayPause"))->isEnabled());

    QSignalSpy changed(host.get(), &WindowHost::schedulerChanged);
    LocalSettings::setSchedulerEnabled(true);
    host->applyLocalSettings();
    QVERIFY(host->scheduler());
    QCOMPARE(changed.count(), 1);
    menu->rebuild();
    QVERIFY(menu->findChild<QAction *>(QStringLiteral("trayPause"))->isEnabled());
    LocalSettings::setSchedulerEnabled(false);
    host->applyLocalSettings();
    QVERIFY(!host->scheduler());
    QCOMPARE(changed.count(), 2);
}

// `--background` (the start at login): hidden when closing would keep the program running, else
// shown (nothing would bring a hidden window back); only the first window, not one after a switch.
void TestBackground::backgroundStartStaysHidden()
{
    LocalSettings::setCloseToTray(true);
    auto host = std::make_unique<WindowHost>(testOpener(), &m_keychain);
    host->setSchedulerEnabled(false);
    host->setStartHidden(true);
    host->start(database().url());
    QTRY_VERIFY(host->window());
    QVERIFY(!host->window()->isVisible());
    host->showWindow();
    QVERIFY(host->window()->isVisible());
    host.reset();

    LocalSettings::setCloseToTray(false);
    auto shown = std::make_unique<WindowHost>(testOpener(), &m_keychain);
    shown->setSchedulerEnabled(false);
    shown->setStartHidden(true);
    shown->start(database().url());
    QTRY_VERIFY(shown->window());
    QVERIFY(shown->window()->isVisible());
}

void TestBackground::secondStartShowsWindow()
{
    QTemporaryDir runtime;
    QVERIFY(runtime.isValid());
    const QString socket = runtime.filePath(QStringLiteral("director-of-one.socket"));
    // Nobody runs yet: the first start listens.
    SingleInstance first(socket);
    QVERIFY(!first.askRunningToShow(500));
    QVERIFY(first.listen());

    LocalSettings::setCloseToTray(true);
    auto host = startHost(false);
    QTRY_VERIFY(host->window());
    connect(&first, &SingleInstance::activationRequested, host.get(), &WindowHost::showWindow);
    MainWindow *window = host->window();
    QVERIFY(!window->close());
    QVERIFY(!window->isVisible());

    // A second start (its own thread: it waits for the answer) finds the first, which shows its window.
    bool answered = false;
    std::unique_ptr<QThread> second(
        QThread::create([&answered, socket] { answered = SingleInstance(socket).askRunningToShow(5000); }));
    second->start();
    QTRY_VERIFY_WITH_TIMEOUT(second->isFinished(), 10000);
    QVERIFY(answered);
    QVERIFY(window->isVisible());

    // A socket left by a program that crashed is taken over.
    const QString stale = runtime.filePath(QStringLiteral("stale.socket"));
    {
        QFile file(stale);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    SingleInstance again(stale);
    QVERIFY(!again.askRunningToShow(500));
    QVERIFY(again.listen());
}

QTEST_MAIN(TestBackground)
#include "tst_background.moc"
