#pragma once

#include "domain/User.h"

#include <QMainWindow>

class QAction;
class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QUndoStack;

namespace doo {

class BoardWidget;
class ChangeWatcher;
class DataView;
class Database;
class ConsultationsWidget;
class NotificationListModel;
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

    ChangeWatcher *changeWatcher() const { return m_watcher; }
    WorkflowsView *workflowsView() const { return m_workflows; }
    NotificationListModel *notifications() const { return m_notifications; }
    TrayNotifier *tray() const { return m_tray; }
    QUndoStack *undoStack() const { return m_undoStack; }

    void saveSettings() const;
    void restoreSettings();
    // False when the user keeps unsaved edits (the Data view) rather than leave this window.
    bool mayClose();

Q_SIGNALS:
    // Workflows were changed in the window: the scheduler should re-read its next due time.
    void workflowsChanged();
    // File → Connect…: the window's host shows the connection dialog (WindowHost).
    void connectRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildPages();
    void buildMenus();
    void buildStatusBar();
    void addPage(const QString &key, const QString &title, QWidget *page);
    void showUnreadCount(int unread);
    void onViewChanged(int index);
    void setConnected(bool connected);
    void showAbout();
    void showShortcuts();

    Database &m_db;
    User m_user;
    QUndoStack *m_undoStack = nullptr;
    ChangeWatcher *m_watcher = nullptr;
    BoardWidget *m_board = nullptr;
    WorkflowsView *m_workflows = nullptr;
    ConsultationsWidget *m_consultations = nullptr;
    NotificationListModel *m_notifications = nullptr;
    TrayNotifier *m_tray = nullptr;
    DataView *m_data = nullptr; // ADMIN only
    QListWidget *m_nav = nullptr;
    QStackedWidget *m_stack = nullptr;
    QActionGroup *m_viewGroup = nullptr;
    QList<QAction *> m_viewActions;
    QMenu *m_taskMenu = nullptr;
    QMenu *m_workflowMenu = nullptr;
    QLabel *m_connection = nullptr;
    QStringList m_keys;
};

} // namespace doo
