#pragma once

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QListView;
class QPushButton;
class QStackedWidget;
class QTimeZone;

namespace doo {

class NotificationListModel;

// The Notifications part: the user's notifications newest first (due tasks, finished and failed
// workflow runs, approvals, new requests), filtered by read state and type; mark read or unread,
// mark all read, delete, and open what one is about (a task on the board, a workflow, a
// consultation). The model is the window's, shared with the tray.
class NotificationsView : public QWidget
{
    Q_OBJECT

public:
    NotificationsView(NotificationListModel *model, const QTimeZone &zone, QWidget *parent = nullptr);

    QListView *list() const { return m_list; }
    // The zone the times are shown in (the user's changed in the Settings window).
    void setTimeZone(const QTimeZone &zone);
    void setUnreadOnly(bool unreadOnly);
    void toggleRead();
    void markAllRead();
    void deleteSelected();
    // Marks the current notification read and asks for what it is about to be shown.
    void openSelected();
    // A note above the list (how notifications reach the user); empty hides it.
    void setNote(const QString &text);
    QString note() const;

Q_SIGNALS:
    void openTask(const QString &id);
    void openWorkflow(const QString &id);
    void openConsultation(const QString &id);
    void statusMessage(const QString &text);
    // The empty view's first step: the Workflows view's template chooser should open.
    void startFromTemplateRequested();

private:
    QAction *makeAction(const char *name, const QString &text, const QKeySequence &key, void (NotificationsView::*slot)());
    QWidget *buildEmptyState();
    void applyFilter();
    void updateActions();
    int currentRow() const;

    NotificationListModel *m_model;
    QComboBox *m_show = nullptr;
    QComboBox *m_type = nullptr;
    QStackedWidget *m_stack = nullptr;
    QListView *m_list = nullptr;
    QWidget *m_empty = nullptr;
    QLabel *m_emptyTitle = nullptr;
    QLabel *m_emptyText = nullptr;
    QPushButton *m_startFromTemplate = nullptr;
    QLabel *m_note = nullptr;
    QAction *m_toggle = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_open = nullptr;
    QAction *m_allRead = nullptr;
};

} // namespace doo
