#pragma once

#include "domain/Notification.h"
#include "domain/User.h"

#include <QAbstractListModel>
#include <QSet>

#include <optional>

namespace doo {

class Database;

// The current user's notifications, newest first, for the Notifications view and the tray: one
// row each (Qt::DisplayRole is the title), filtered by read state and type. Changes go through
// NotificationRepository, then the model reads again.
class NotificationListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TypeRole, // NotificationType as int
        TypeNameRole, // "Task due", "Workflow finished", ...
        MessageRole,
        CreatedAtRole, // QDateTime (UTC)
        ReadRole, // bool
        TaskIdRole,
        WorkflowIdRole,
        ConsultationIdRole,
        ColorRole, // the type's colour
    };

    NotificationListModel(Database &db, UserContext ctx, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Which notifications are listed (the newest 500 that match).
    void setFilter(bool unreadOnly, std::optional<NotificationType> type);
    // Reads again; notifications not seen before (after the first read) are announced through
    // arrived(), the unread count through unreadCountChanged(). False (and errorOccurred) on failure.
    bool reload();
    const Notification &notification(int row) const { return m_rows.at(row); }
    int rowOf(const QString &id) const;
    int unreadCount() const { return m_unread; }

    bool setRead(int row, bool read);
    bool markAllRead();
    bool remove(int row);

    static QColor typeColor(NotificationType type);

Q_SIGNALS:
    void unreadCountChanged(int count);
    // Unread notifications that appeared since the last read (newest first): for the tray.
    void arrived(const QList<doo::Notification> &notifications);
    void errorOccurred(const QString &message);

private:
    Database &m_db;
    UserContext m_ctx;
    bool m_unreadOnly = false;
    std::optional<NotificationType> m_type;
    QList<Notification> m_rows;
    int m_unread = -1;
    QSet<QString> m_known; // ids read so far; empty until the first read
    bool m_loaded = false;
};

} // namespace doo
