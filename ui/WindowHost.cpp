#include "WindowHost.h"

#include "BackgroundMode.h"
#include "ConnectionDialog.h"
#include "DesktopIntegration.h"
#include "MainWindow.h"
#include "RecentConnections.h"
#include "StartupScreen.h"
#include "WorkflowsView.h"
#include "db/Database.h"
#include "itemmodels/LocalSettings.h"
#include "itemmodels/BackupIntents.h"
#include "secrets/MemorySecretStore.h"
#include "workflow/SchedulerThread.h"

#include <QMessageBox>
#include <QStatusBar>
#include <QThread>
#include <QTimer>

#include <utility>

namespace doo {

namespace {
constexpr int kFirstDailyBackupMs = 60 * 1000;
constexpr int kDailyBackupCheckMs = 60 * 60 * 1000;
} // namespace

WindowHost::WindowHost(Opener opener, SecretStore *keychain, QObject *parent)
    : QObject(parent),
      m_opener(std::move(opener)),
      m_keychain(keychain),
      m_session(new MemorySecretStore(this)),
      m_paused(LocalSettings::schedulerPaused()),
      m_dailyBackup(new QTimer(this))
{
    m_background = new BackgroundMode(this);
    // The first look a minute after the window opened (not during its start), then every hour:
    // a window left open over midnight makes the next day's backup too.
    m_dailyBackup->setSingleShot(true);
    connect(m_dailyBackup, &QTimer::timeout, this, [this] {
        runDailyBackup();
        m_dailyBackup->start(kDailyBackupCheckMs);
    });
}

WindowHost::~WindowHost()
{
    if (m_fileCheck)
        m_fileCheck->wait(); // it reports to this object
    m_scheduler.reset(); // its thread and connection first
    delete m_window;
    delete m_startup;
    purgeRetired();
    m_db.reset();
}

MainWindow *WindowHost::window() const
{
    return m_window;
}

StartupScreen *WindowHost::startupScreen() const
{
    return m_startup;
}

QString WindowHost::nextConnectionName()
{
    return QStringLiteral("doo-window-%1").arg(++m_connections);
}

void WindowHost::start(const DatabaseUrl &url)
{
    m_target = url;
    const SecretKey key = SecretKey::of(url);
    const bool needsPassword = url.type == DbType::PostgreSQL && url.password.isEmpty() && key.isValid();
    if (needsPassword && m_session->contains(key)) {
        DatabaseUrl withPassword = url;
        withPassword.password = m_session->value(key);
        openAndShow(withPassword);
        return;
    }
    // PGPASSWORD and ~/.pgpass stay libpq's when the keychain has nothing (or there is none).
    if (needsPassword && m_keychain && qEnvironmentVariableIsEmpty("PGPASSWORD")) {
        m_keychain->read(key, this, [this, url, key](const SecretStore::Answer &answer) {
            DatabaseUrl withPassword = url;
            if (answer.outcome == SecretStore::Outcome::Ok) {
                withPassword.password = answer.secret;
                m_session->setValue(key, answer.secret);
            }
            openAndShow(withPassword);
        });
        return;
    }
    openAndShow(url);
}

void WindowHost::openAndShow(const DatabaseUrl &url)
{
    auto session = m_opener(url, nextConnectionName());
    if (!session) {
        showStartup(url, ConnectionCheck::report(session.error(), url));
        return;
    }
    install(session.takeValue(), url);
}

bool WindowHost::switchTo(const DatabaseUrl &url, ConnectionReport *report)
{
    if (m_window && !m_window->mayClose())
        return false;
    auto session = m_opener(url, nextConnectionName());
    if (!session) {
        if (report)
            *report = ConnectionCheck::report(session.error(), url);
        return false;
    }
    install(session.takeValue(), url);
    return true;
}

void WindowHost::retire()
{
    m_scheduler.reset(); // stops its thread and closes its connection now
    if (!m_window) {
        m_db.reset();
        return;
    }
    Q_EMIT windowLeaving(m_window);
    m_window->saveSettings();
    m_window->hide();
    m_retired.push_back({m_window, std::move(m_db)});
    m_window = nullptr;
    QTimer::singleShot(0, this, &WindowHost::purgeRetired);
}

void WindowHost::purgeRetired()
{
    // The window first: its views hold the database until they are gone.
    for (Retired &retired : m_retired) {
        delete retired.window;
        retired.db.reset();
    }
    m_retired.clear();
}

void WindowHost::install(Session session, const DatabaseUrl &url)
{
    retire();
    m_target = url;
    m_db = std::move(session.db);
    m_user = session.user;
    RecentConnections::remember(url); // without the password
    auto *window = new MainWindow(*m_db, m_user);
    window->setAttribute(Qt::WA_DeleteOnClose, false);
    m_window = window;
    connect(window, &MainWindow::connectRequested, this, &WindowHost::showConnectionDialog);
    // The Settings window's changes to this computer's settings apply at once.
    connect(window, &MainWindow::localSettingsChanged, this, &WindowHost::applyLocalSettings);
    connect(window, &MainWindow::schedulerEnabledChanged, this, &WindowHost::applyLocalSettings);
    connect(window, &MainWindow::schedulerPauseRequested, this, &WindowHost::setSchedulerPaused);
    // Queued: the window goes away during the restore, so not inside its own signal.
    connect(
        window, &MainWindow::restoreRequested, this,
        [this](const QString &file) {
            QString message;
            if (!restoreFrom(file, &message) && !message.isEmpty())
                QMessageBox::warning(m_window ? static_cast<QWidget *>(m_window) : m_startup.data(), tr("Restore"), message);
        },
        Qt::QueuedConnection);
    m_dailyBackup->start(kFirstDailyBackupMs);
    if (!m_initialView.isEmpty())
        window->showView(m_initialView);
    if (m_startup) {
        m_startup->hide();
        m_startup->deleteLater();
    }
    if (!m_startHidden) {
        window->show();
    } else if (LocalSettings::closeToTray()) { // chosen in the settings: known now
        if (!DesktopIntegration::closeToTray())
            window->show();
    } else { // follows the desktop: hidden only if a tray or a notification service can bring it back
        DesktopIntegration::whenTrayKnown(window, [window](bool) {
            if (!DesktopIntegration::closeToTray())
                window->show();
        });
    }
    m_startHidden = false;
    connect(window, &MainWindow::quitRequested, this, &WindowHost::quit);
    connect(window, &MainWindow::closed, this, &WindowHost::quitRequested);
    if (schedulerWanted())
        createScheduler();
    Q_EMIT windowShown(window, m_scheduler.get());
    if (m_db->type() == DbType::SQLite)
        checkFileInBackground(m_db->url());
    else
        startScheduler();
}

void WindowHost::startScheduler()
{
    if (!m_scheduler)
        return;
    m_scheduler->start();
    Q_EMIT schedulerChanged(m_scheduler.get());
}

void WindowHost::checkFileInBackground(const DatabaseUrl &url)
{
    if (m_fileCheck)
        m_fileCheck->wait(); // the check of a database opened just before
    const int generation = ++m_checkGeneration;
    m_fileCheck.reset(QThread::create([this, generation, url] {
        const Status checked = BackupIntents::checkEveryPage(url);
        QMetaObject::invokeMethod(
            this, [this, generation, url, checked] { fileChecked(generation, url, checked); }, Qt::QueuedConnection);
    }));
    m_fileCheck->start(QThread::LowPriority);
}

void WindowHost::fileChecked(int generation, const DatabaseUrl &url, const Status &checked)
{
    if (generation != m_checkGeneration || !m_window)
        return; // another database was opened meanwhile
    if (checked) {
        startScheduler();
        return;
    }
    m_dailyBackup->stop();
    retire();
    showStartup(url, ConnectionCheck::report(checked.error(), url));
}

bool WindowHost::schedulerWanted() const
{
    // A read-only database: the scheduler could only fail at every claim.
    return m_window && m_schedulerEnabled && LocalSettings::schedulerEnabled() && !(m_db && m_db->isReadOnly());
}

void WindowHost::createScheduler()
{
    // Workflows run in the background while the program runs, on the window's database: the
    // signed-in user's own workflows only, also for an ADMIN.
    m_scheduler = std::make_unique<SchedulerThread>(m_db->url(), UserContext::of(m_user).ownScope());
    SchedulerThread *scheduler = m_scheduler.get();
    scheduler->setPaused(m_paused);
    MainWindow *window = m_window;
    window->workflowsView()->setRunInBackground([scheduler](const Workflow &w) { scheduler->runNow(w.id); });
    connect(window, &MainWindow::workflowsChanged, scheduler, &SchedulerThread::rearm);
    connect(scheduler, &SchedulerThread::executionFinished, window, [window] { window->workflowsView()->reload(); });
}

void WindowHost::stopScheduler()
{
    if (!m_scheduler)
        return;
    if (m_window)
        m_window->workflowsView()->setRunInBackground({}); // Run now on the window's connection again
    m_scheduler.reset();
    Q_EMIT schedulerChanged(nullptr);
}

void WindowHost::showWindow()
{
    QWidget *shown = m_window ? static_cast<QWidget *>(m_window) : m_startup.data();
    if (!shown)
        return;
    shown->setWindowState((shown->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    shown->show();
    shown->raise();
    shown->activateWindow();
}

void WindowHost::quit()
{
    if (m_window) {
        if (!m_window->mayClose())
            return;
        m_window->saveSettings();
    }
    Q_EMIT quitRequested();
}

void WindowHost::setSchedulerPaused(bool paused)
{
    LocalSettings::setSchedulerPaused(paused);
    if (m_scheduler)
        m_scheduler->setPaused(paused);
    if (paused == m_paused)
        return;
    m_paused = paused;
    Q_EMIT schedulerPausedChanged(paused);
}

void WindowHost::applyLocalSettings()
{
    setSchedulerPaused(LocalSettings::schedulerPaused());
    if (!schedulerWanted())
        stopScheduler();
    else if (!m_scheduler) {
        createScheduler();
        m_scheduler->start();
        Q_EMIT schedulerChanged(m_scheduler.get());
    }
    m_background->applyLocalSettings();
}

void WindowHost::showStartup(const DatabaseUrl &url, const ConnectionReport &report)
{
    if (!m_startup) {
        m_startup = new StartupScreen;
        connect(m_startup, &StartupScreen::retryRequested, this, [this] { start(m_target); });
        connect(m_startup, &StartupScreen::changeConnectionRequested, this, &WindowHost::showConnectionDialog);
        connect(m_startup, &StartupScreen::openLocalRequested, this, [this] { start(DatabaseUrl::defaultLocal()); });
        connect(m_startup, &StartupScreen::quitRequested, this, &WindowHost::quitRequested);
        connect(m_startup, &StartupScreen::restoreBackupRequested, this, [this] {
            QString message;
            if (!restoreNewestBackup(&message) && !message.isEmpty())
                QMessageBox::warning(m_startup, tr("Restore"), message);
        });
    }
    m_target = url;
    if (std::exchange(m_teamServerChosen, false)) {
        m_offeredBackup.clear();
        m_startup->showTeamServerChoice(report.message);
        m_startup->show();
        QTimer::singleShot(0, this, &WindowHost::showConnectionDialog);
        Q_EMIT startFailed(report);
        return;
    }
    m_startup->showProblem(url.display(), report);
    const bool damaged = report.problem == ConnectionProblem::DamagedFile;
    m_offeredBackup = damaged ? BackupIntents::newestBackup(url) : QString();
    m_startup->offerBackup(m_offeredBackup, damaged);
    m_startup->show();
    Q_EMIT startFailed(report);
}

bool WindowHost::restoreFrom(const QString &file, QString *message)
{
    if (!m_db)
        return false;
    const DatabaseUrl url = m_db->url(); // with the password this session signed in with
    if (Status ok = BackupIntents::verify(url.type, file); !ok) {
        if (message)
            *message = ok.error().text();
        return false;
    }
    if (m_window && !m_window->mayClose())
        return false;
    // Every connection to the database closes first: the window's, the scheduler's.
    m_dailyBackup->stop();
    retire();
    purgeRetired();
    const auto restored = BackupIntents::restore(url, file);
    openAndShow(url); // the restored database, or the old one again when the restore failed
    const QString text = restored ? *restored : tr("The backup was not restored: %1").arg(restored.error().text());
    if (message)
        *message = text;
    if (restored && m_window)
        m_window->statusBar()->showMessage(text, 15000);
    return restored.ok();
}

bool WindowHost::restoreNewestBackup(QString *message)
{
    if (m_offeredBackup.isEmpty())
        return false;
    const auto restored = BackupIntents::restore(m_target, m_offeredBackup);
    if (!restored) {
        if (message)
            *message = tr("The backup was not restored: %1").arg(restored.error().text());
        return false;
    }
    start(m_target);
    if (m_window)
        m_window->statusBar()->showMessage(*restored, 15000);
    if (message)
        *message = *restored;
    return true;
}

void WindowHost::runDailyBackup()
{
    if (!m_db || !m_window)
        return;
    const auto made = BackupIntents::dailyBackup(*m_db, QDate::currentDate());
    if (!made)
        m_window->statusBar()->showMessage(tr("The daily backup failed: %1").arg(made.error().text()), 15000);
    else if (!made->isEmpty())
        m_window->statusBar()->showMessage(*made, 8000);
}

void WindowHost::showConnectionDialog()
{
    QWidget *parent = m_window ? static_cast<QWidget *>(m_window) : m_startup.data();
    auto *dialog = new ConnectionDialog(m_keychain, m_session, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setUrl(m_target);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const DatabaseUrl url = dialog->url();
        const QString keychainMessage = dialog->keychainMessage();
        if (!m_window) { // from the start-up screen
            start(url);
            return;
        }
        ConnectionReport report;
        if (!switchTo(url, &report)) {
            if (!report.message.isEmpty())
                QMessageBox::warning(m_window, ConnectionDialog::tr("Connect to a database"),
                                     report.message + QLatin1Char('\n') + report.details);
            return;
        }
        m_window->statusBar()->showMessage(
            keychainMessage.isEmpty() ? ConnectionDialog::tr("Connected to %1").arg(url.display()) : keychainMessage, 8000);
    });
    dialog->open();
}

} // namespace doo
