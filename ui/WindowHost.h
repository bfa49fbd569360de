#pragma once

#include "db/ConnectionProblem.h"
#include "db/DatabaseUrl.h"
#include "domain/Result.h"
#include "domain/User.h"

#include <QObject>
#include <QPointer>

class QThread;
class QTimer;

#include <functional>
#include <memory>
#include <vector>

namespace doo {

class BackgroundMode;
class Database;
class MainWindow;
class MemorySecretStore;
class SchedulerThread;
class SecretStore;
class StartupScreen;

// The window's life on one database at a time: opens the database (its password from this
// session's memory or the keychain first), builds the main window and the scheduler thread on
// it, and on File → Connect… tears both down and builds them again on the database chosen — the
// old ones stay until the new database is open, so a failed switch changes nothing. When the
// database to start on cannot be opened it shows the StartupScreen instead of quitting.
class WindowHost : public QObject
{
    Q_OBJECT

public:
    struct Session
    {
        std::unique_ptr<Database> db;
        User user;
    };
    // Opens, migrates and finds the user (the composition root's rule, AppContext); the connection
    // takes the name given, so that a new one can open while the old one is still in use.
    using Opener = std::function<Result<Session>(const DatabaseUrl &url, const QString &connectionName)>;

    // `keychain` may be null (no keychain); the host keeps the session's passwords itself.
    WindowHost(Opener opener, SecretStore *keychain, QObject *parent = nullptr);
    ~WindowHost() override;

    // Opens `url` and shows the window on it, or the start-up screen. Asynchronous when the
    // password comes from the keychain: windowShown or startFailed says how it went.
    void start(const DatabaseUrl &url);
    // Opens `url` at once; on success the window and the scheduler are rebuilt on it (the old
    // window goes on the next turn of the event loop), else the old ones stay and `report` says why.
    bool switchTo(const DatabaseUrl &url, ConnectionReport *report = nullptr);
    // File → Restore…: closes the window and its connections, restores `file` into the database
    // shown and opens it again (also when the restore failed: then `message` says why). False
    // when the window may not close or the file is refused before anything was closed.
    bool restoreFrom(const QString &file, QString *message = nullptr);
    // The start-up screen's offer for a damaged database: restores the newest verified backup and
    // opens the database.
    bool restoreNewestBackup(QString *message = nullptr);
    // The daily backup of the shown database (the timer's work; tests call it): once per
    // calendar day, said in the status bar.
    void runDailyBackup();
    // File → Connect… (and the start-up screen's Change connection…): the dialog, window-modal.
    void showConnectionDialog();
    // Called by the opener when a first start chose "A team server" (and returns an error): the
    // start-up screen that follows has a neutral heading, and the connection dialog opens over it.
    void chooseTeamServer() { m_teamServerChosen = true; }

    void setInitialView(const QString &view) { m_initialView = view; }
    // The first window opens hidden in the background (`--background`, the start at login) when
    // closing it would keep the program running (DesktopIntegration::closeToTray); else shown.
    void setStartHidden(bool hidden) { m_startHidden = hidden; }
    // Tests: no scheduler thread (it would run workflows on its own). The window also runs none
    // when LocalSettings::schedulerEnabled() is off (a `director-of-one scheduler` service runs them).
    void setSchedulerEnabled(bool enabled) { m_schedulerEnabled = enabled; }

    // Brings the window (or the start-up screen) back to the front: the tray's Open, a second start.
    void showWindow();
    // Ends the program (File → Quit, the tray's Quit): quitRequested, unless the user keeps
    // unsaved edits (MainWindow::mayClose).
    void quit();
    // The window's scheduler holds due runs while paused; kept in LocalSettings::schedulerPaused.
    void setSchedulerPaused(bool paused);
    bool schedulerPaused() const { return m_paused; }
    // Applies the computer's settings (LocalSettings) at once: the window's scheduler on or off,
    // paused or not, the tray icon shown or not. The Settings window calls it after writing them.
    void applyLocalSettings();
    BackgroundMode *background() const { return m_background; }

    MainWindow *window() const;
    SchedulerThread *scheduler() const { return m_scheduler.get(); }
    Database *database() const { return m_db.get(); }
    StartupScreen *startupScreen() const;
    MemorySecretStore *sessionPasswords() const { return m_session; }
    SecretStore *keychain() const { return m_keychain; }

Q_SIGNALS:
    // A window was built on a database (at start and after each switch), with its scheduler
    // (null when disabled), for the composition root to wire its status messages.
    void windowShown(doo::MainWindow *window, doo::SchedulerThread *scheduler);
    void startFailed(const doo::ConnectionReport &report);
    // The window is about to go (a switch): the scheduler and connections still exist.
    void windowLeaving(doo::MainWindow *window);
    // The program should end (File → Quit, the tray's Quit, the window closed for good).
    void quitRequested();
    void schedulerPausedChanged(bool paused);
    // The window's scheduler thread was started (after windowShown) or stopped (null).
    void schedulerChanged(doo::SchedulerThread *scheduler);

private:
    void openAndShow(const DatabaseUrl &url);
    void install(Session session, const DatabaseUrl &url);
    void showStartup(const DatabaseUrl &url, const ConnectionReport &report);
    void retire();
    bool schedulerWanted() const;
    void createScheduler(); // not started yet
    void startScheduler();
    // The check of every page of a SQLite file runs on a thread of its own once the window is up
    // (opening reads only the schema, so that start-up does not grow with the data); the
    // scheduler starts when it passed, a damaged file goes to the start-up screen.
    void checkFileInBackground(const DatabaseUrl &url);
    void fileChecked(int generation, const DatabaseUrl &url, const Status &checked);
    void stopScheduler();
    void purgeRetired();
    QString nextConnectionName();

    Opener m_opener;
    SecretStore *m_keychain = nullptr;
    MemorySecretStore *m_session = nullptr;
    DatabaseUrl m_target;
    QString m_initialView;
    bool m_startHidden = false;
    bool m_schedulerEnabled = true;
    bool m_paused = false;
    bool m_teamServerChosen = false;
    BackgroundMode *m_background = nullptr;
    int m_connections = 0;

    std::unique_ptr<Database> m_db;
    User m_user;
    QPointer<MainWindow> m_window;
    std::unique_ptr<SchedulerThread> m_scheduler;
    std::unique_ptr<QThread> m_fileCheck;
    int m_checkGeneration = 0;
    QPointer<StartupScreen> m_startup;
    QString m_offeredBackup;
    QTimer *m_dailyBackup = nullptr;
    // Windows left by a switch, each with its database, deleted on the next turn of the loop
    // (the switch may run inside a signal of the old window).
    struct Retired
    {
        QPointer<MainWindow> window;
        std::unique_ptr<Database> db;
    };
    std::vector<Retired> m_retired;
};

} // namespace doo
