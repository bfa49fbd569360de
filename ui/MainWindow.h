#pragma once

#include "domain/User.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QUndoStack;

namespace doo {

class BackupActions;
class BoardWidget;
class ChangeWatcher;
class DataView;
class DesktopNotifier;
class ExchangeActions;
class Database;
class ConsultationsWidget;
class NotificationListModel;
class NotificationsView;
class PreferencesIntents;
class SettingsDialog;
class TrayNotifier;
class WorkflowsView;

// One window: navigation on the left, the chosen part on the right, status at the bottom.
// Owns the undo stack and the ChangeWatcher the parts share. Geometry and the last view are
// kept in QSettings (window/geometry, window/view): restored on construction, saved on close.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Database &db, const User &user, QWidget *parent = nullptr);
    ~MainWindow() override;

    // board|workflows|consultations|analytics|notifications, and data for an ADMIN (and team on
    // PostgreSQL); false when unknown (or not available to this user).
    bool showView(const QString &name);
    QString currentView() const;
    QStringList views() const { return m_keys; }
    // Every view a window may have, in menu order (data and team only for some users): what
    // --view takes.
    static QStringList allViews();
    // Shows the board with the task's card selected (from a notification or a workflow's run).
    void openTask(const QString &id);

    ChangeWatcher *changeWatcher() const { return m_watcher; }
    BoardWidget *board() const { return m_board; }
    WorkflowsView *workflowsView() const { return m_workflows; }
    NotificationListModel *notifications() const { return m_notifications; }
    TrayNotifier *tray() const { return m_tray; }
    DesktopNotifier *desktopNotifier() const { return m_desktop; }
    QUndoStack *undoStack() const { return m_undoStack; }
    // File → Import and Export (shared with the Consultations view).
    ExchangeActions *exchangeActions() const { return m_exchange; }
    // The signed-in user's preferences, shared by the board and the Settings window.
    PreferencesIntents *preferences() const { return m_preferences; }

    // Edit → Preferences… (Ctrl+,): the Settings window, window-modal; the open one if it is.
    SettingsDialog *showSettings();

    void saveSettings() const;
    void restoreSettings();
    // False when the user keeps unsaved edits (the Data view) rather than leave this window.
    bool mayClose();

Q_SIGNALS:
    // Workflows were changed in the window: the scheduler should re-read its next due time.
    void workflowsChanged();
    // File → Connect… (and the Settings window's Connect…): the window's host shows the
    // connection dialog (WindowHost).
    void connectRequested();
    // File → Quit (Ctrl+Q): the program should end (WindowHost::quit asks mayClose() first).
    void quitRequested();
    // The window was closed, not kept in the background (BackgroundMode): the program ends.
    void closed();
    // From the Settings window, for the parts that carry them out: this computer's settings
    // changed (LocalSettings: tray switches, language, backups kept…); run the workflows in this
    // window or not; pause or resume the window's scheduler.
    void localSettingsChanged();
    void schedulerEnabledChanged(bool enabled);
    void schedulerPauseRequested(bool paused);
    // File → Restore… with a verified file: the host closes the database, restores and reopens it.
    void restoreRequested(const QString &file);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // Pop-ups go to the tray icon when there is one and it is switched on, else to the desktop's
    // notification service.
    bool trayShowsPopups() const;
    void buildPages();
    void buildMenus();
    void buildStatusBar();
    void addPage(const QString &key, const QString &title, QWidget *page);
    void showUnreadCount(int unread);
    void onViewChanged(int index);
    // Puts the keyboard focus into the view at `index`: its list or table.
    void focusView(int index);
    void setConnected(bool connected);
    void showAbout();
    void profileChanged(const User &user, bool zoneChanged);
    void showShortcuts();

    Database &m_db;
    User m_user;
    QUndoStack *m_undoStack = nullptr;
    PreferencesIntents *m_preferences = nullptr;
    QPointer<SettingsDialog> m_settings;
    ChangeWatcher *m_watcher = nullptr;
    BoardWidget *m_board = nullptr;
    WorkflowsView *m_workflows = nullptr;
    ConsultationsWidget *m_consultations = nullptr;
    NotificationListModel *m_notifications = nullptr;
    NotificationsView *m_notificationsView = nullptr;
    TrayNotifier *m_tray = nullptr;
    BackupActions *m_backups = nullptr;
    ExchangeActions *m_exchange = nullptr;
    DesktopNotifier *m_desktop = nullptr;
    DataView *m_data = nullptr; // ADMIN only
    QListWidget *m_nav = nullptr;
    QStackedWidget *m_stack = nullptr;
    QActionGroup *m_viewGroup = nullptr;
    QList<QAction *> m_viewActions;
    QMenu *m_taskMenu = nullptr;
    QMenu *m_workflowMenu = nullptr;
    QLabel *m_connection = nullptr;
    QLabel *m_who = nullptr;
    QStringList m_keys;
};

} // namespace doo
