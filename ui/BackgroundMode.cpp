#include "BackgroundMode.h"

#include "BoardWidget.h"
#include "DesktopIntegration.h"
#include "MainWindow.h"
#include "TrayMenu.h"
#include "TrayNotifier.h"
#include "WindowHost.h"
#include "WorkflowsView.h"
#include "itemmodels/LocalSettings.h"
#include "workflow/SchedulerThread.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QToolButton>

namespace doo {

BackgroundMode::BackgroundMode(WindowHost *host) : QObject(host), m_host(host), m_menu(std::make_unique<TrayMenu>())
{
    m_showHint = [this](const QString &title, const QString &text, bool viaTray) {
        QSystemTrayIcon *icon = m_window ? m_window->tray()->icon() : nullptr;
        if (viaTray && icon)
            icon->showMessage(title, text, QSystemTrayIcon::Information, 15000);
        else
            QMessageBox::information(m_window, title, text);
    };
    connect(host, &WindowHost::windowShown, this, [this](MainWindow *window) { attach(window); });
    connect(host, &WindowHost::schedulerChanged, this, &BackgroundMode::schedulerChanged);
    connect(host, &WindowHost::schedulerPausedChanged, this, &BackgroundMode::showPause);

    connect(m_menu.get(), &TrayMenu::openRequested, host, &WindowHost::showWindow);
    connect(m_menu.get(), &TrayMenu::newTaskRequested, this, &BackgroundMode::newTask);
    connect(m_menu.get(), &TrayMenu::pauseRequested, host, &WindowHost::setSchedulerPaused);
    connect(m_menu.get(), &TrayMenu::quitRequested, host, &WindowHost::quit);
    connect(m_menu.get(), &TrayMenu::statusMessage, this, &BackgroundMode::showStatus);
    connect(m_menu.get(), &TrayMenu::approvalDecided, this, [this] {
        if (m_window)
            m_window->workflowsView()->reload();
    });
}

BackgroundMode::~BackgroundMode() = default;

bool BackgroundMode::trayShown()
{
    return DesktopIntegration::hasSystemTray() && LocalSettings::showTrayIcon();
}

void BackgroundMode::attach(MainWindow *window)
{
    m_window = window;
    m_watched = window;
    window->installEventFilter(this);
    m_menu->setIntents(window->workflowsView()->intents());
    auto adoptIcon = [this, window] {
        if (QSystemTrayIcon *icon = window->tray()->icon()) {
            icon->setContextMenu(m_menu.get());
            icon->setVisible(LocalSettings::showTrayIcon());
        }
    };
    adoptIcon();
    connect(window->tray(), &TrayNotifier::iconCreated, this, adoptIcon); // a moment after the window

    // "Scheduler paused" with its Resume button, shown while paused.
    auto *indicator = new QWidget(window);
    indicator->setObjectName(QStringLiteral("statusSchedulerPaused"));
    auto *layout = new QHBoxLayout(indicator);
    layout->setContentsMargins(6, 0, 6, 0);
    auto *label = new QLabel(tr("Scheduler paused"), indicator);
    label->setStyleSheet(QStringLiteral("color: #b26a00; font-weight: bold;"));
    label->setToolTip(tr("Workflows that fall due wait until the scheduler is resumed"));
    auto *resume = new QToolButton(indicator);
    resume->setObjectName(QStringLiteral("resumeSchedulerButton"));
    resume->setText(tr("Resume"));
    resume->setAutoRaise(true);
    connect(resume, &QToolButton::clicked, m_host, [this] { m_host->setSchedulerPaused(false); });
    layout->addWidget(label);
    layout->addWidget(resume);
    window->statusBar()->addPermanentWidget(indicator);
    m_pauseIndicator = indicator;

    schedulerChanged(m_host->scheduler());
    applyLocalSettings();
}

void BackgroundMode::schedulerChanged(SchedulerThread *scheduler)
{
    m_menu->setSchedulerAvailable(scheduler != nullptr);
    showPause(m_host->schedulerPaused());
}

void BackgroundMode::showPause(bool paused)
{
    // A pause matters only where this program runs a scheduler.
    const bool shown = paused && m_host->scheduler();
    m_menu->setSchedulerPaused(paused);
    if (m_pauseIndicator)
        m_pauseIndicator->setVisible(shown);
    if (m_window)
        m_window->tray()->setStatusNote(shown ? tr("Scheduler paused") : QString());
}

void BackgroundMode::applyLocalSettings()
{
    if (!m_window)
        return;
    if (QSystemTrayIcon *icon = m_window->tray()->icon())
        icon->setVisible(LocalSettings::showTrayIcon());
}

bool BackgroundMode::eventFilter(QObject *watched, QEvent *event)
{
    // Compared as QObject: m_window's MainWindow* cast is undefined while the window is destroyed.
    if (!m_watched || watched != m_watched.data())
        return QObject::eventFilter(watched, event);
    if (event->type() == QEvent::Close && DesktopIntegration::closeToTray()) {
        event->ignore();
        keepRunningHidden();
        return true; // the window's closeEvent (which ends the program) does not run
    }
    if (event->type() == QEvent::WindowStateChange && m_window->isMinimized() && LocalSettings::minimiseToTray() && trayShown()) {
        // Hidden after the minimise has been handled; the tray icon brings it back. The conditions
        // again then: a state change delivered late (the platform's own report of the minimise)
        // must not hide the window once the tray icon or the setting is off.
        QTimer::singleShot(0, m_window, [window = m_window] {
            if (window && window->isMinimized() && LocalSettings::minimiseToTray() && trayShown())
                window->hide();
        });
    }
    return QObject::eventFilter(watched, event);
}

void BackgroundMode::keepRunningHidden()
{
    m_window->saveSettings();
    if (!LocalSettings::closeHintShown()) {
        LocalSettings::setCloseHintShown(true);
        const bool viaTray = trayShown() && m_window->tray()->hasIcon();
        const QString where = viaTray
            ? tr("Director of One keeps running in the background, and your workflows with it. Open it again from "
                 "its icon in the tray; quit it with Quit in that icon's menu or File → Quit (Ctrl+Q).")
            : tr("Director of One keeps running in the background, and your workflows with it. Start Director of "
                 "One again to bring this window back; quit it with File → Quit (Ctrl+Q).");
        m_showHint(tr("Director of One is still running"), where, viaTray);
    }
    m_window->hide();
}

void BackgroundMode::newTask()
{
    if (!m_window)
        return;
    m_host->showWindow();
    m_window->showView(QStringLiteral("board"));
    m_window->board()->newTask();
}

void BackgroundMode::showStatus(const QString &text)
{
    if (!m_window)
        return;
    m_window->statusBar()->showMessage(text, 8000);
    // The window may be hidden: the tray says it too.
    QSystemTrayIcon *icon = m_window->tray()->icon();
    if (!m_window->isVisible() && icon && icon->isVisible())
        icon->showMessage(tr("Director of One"), text, QSystemTrayIcon::Information, 8000);
}

} // namespace doo
