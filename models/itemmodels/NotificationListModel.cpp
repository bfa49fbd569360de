#include "itemmodels/NotificationListModel.h"
#include "itemmodels/PlainToolTip.h"

#include "repositories/NotificationRepository.h"

#include <QColor>

namespace doo {

namespace {
constexpr int kListed = 500;
constexpr int kNewest = 20; // the unread ones looked at for arrivals
} // namespace

NotificationListModel::NotificationListModel(Database &db, UserContext ctx, QObject *parent)
    : QAbstractListModel(parent), m_db(db), m_ctx(std::move(ctx))
{ }

int NotificationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QColor NotificationListModel::typeColor(NotificationType type)
{
    switch (type) {
    case NotificationType::Warning:
        return QColor(0xb2, 0x6a, 0x00);
    case NotificationType::Error:
        return QColor(0xc6, 0x28, 0x28);
    case NotificationType::Success:
    case NotificationType::WorkflowComplete:
        return QColor(0x2e, 0x7d, 0x32);
    case NotificationType::TaskDue:
        return QColor(0xe6, 0x51, 0x00);
    case NotificationType::BudgetAlert:
        return QColor(0x6a, 0x1b, 0x9a);
    case NotificationType::Info:
        break;
    }
    return QColor(0x15, 0x65, 0xc0);
}

QVariant NotificationListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Notification &n = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return n.title;
    case Qt::ToolTipRole:
        return plainToolTip(n.message.isEmpty() ? n.title : n.message);
    case IdRole:
        return n.id;
    case TypeRole:
        return int(n.type);
    case TypeNameRole:
        return displayName(n.type);
    case MessageRole:
        return n.message;
    case CreatedAtRole:
        return n.createdAt;
    case ReadRole:
        return n.isRead;
    case TaskIdRole:
        return n.taskId;
    case WorkflowIdRole:
        return n.workflowId;
    case ConsultationIdRole:
        return n.consultationId;
    case ColorRole:
        return typeColor(n.type);
    default:
        return {};
    }
}

QHash<int, QByteArray> NotificationListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(TypeRole, "type");
    names.insert(MessageRole, "message");
    names.insert(CreatedAtRole, "createdAt");
    names.insert(ReadRole, "isRead");
    return names;
}

void NotificationListModel::setFilter(bool unreadOnly, std::optional<NotificationType> type)
{
    m_unreadOnly = unreadOnly;
    m_type = type;
    reload();
}

bool NotificationListModel::reload()
{
    NotificationRepository repo(m_db, m_ctx);
    NotificationFilter filter;
    filter.unreadOnly = m_unreadOnly;
    filter.type = m_type;
    filter.limit = kListed;
    auto rows = repo.list(filter);
    const auto unread = repo.unreadCount();
    // New arrivals are looked for among the newest unread ones, whatever the filter shows: read
    // apart only when a filter hides some (unfiltered, they are the first unread rows).
    NotificationFilter newest;
    newest.unreadOnly = true;
    newest.limit = kNewest;
    const bool filtered = m_unreadOnly || m_type;
    const auto recent = filtered ? repo.list(newest) : Result<QList<Notification>>(QList<Notification>());
    if (!rows || !unread || !recent) {
        Q_EMIT errorOccurred((!rows ? rows.error() : !unread ? unread.error() : recent.error()).text());
        return false;
    }
    beginResetModel();
    m_rows = rows.takeValue();
    endResetModel();
    QList<Notification> newestUnread = *recent;
    for (qsizetype i = 0; !filtered && i < m_rows.size() && newestUnread.size() < kNewest; ++i)
        if (!m_rows.at(i).isRead)
            newestUnread << m_rows.at(i);
    QList<Notification> arrivedNow;
    for (const Notification &n : std::as_const(newestUnread))
        if (m_loaded && !m_known.contains(n.id))
            arrivedNow << n;
    for (const Notification &n : std::as_const(newestUnread))
        m_known.insert(n.id);
    for (const Notification &n : std::as_const(m_rows))
        m_known.insert(n.id);
    m_loaded = true;
    if (*unread != m_unread) {
        m_unread = *unread;
        Q_EMIT unreadCountChanged(m_unread);
    }
    if (!arrivedNow.isEmpty())
        Q_EMIT arrived(arrivedNow);
    return true;
}

int NotificationListModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

bool NotificationListModel::setRead(int row, bool read)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    if (Status s = NotificationRepository(m_db, m_ctx).markRead(m_rows.at(row).id, read); !s) {
        Q_EMIT errorOccurred(s.error().text());
        return false;
    }
    return reload();
}

bool NotificationListModel::markAllRead()
{
    if (const auto marked = NotificationRepository(m_db, m_ctx).markAllRead(); !marked) {
        Q_EMIT errorOccurred(marked.error().text());
        return false;
    }
    return reload();
}

bool NotificationListModel::remove(int row)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    if (Status s = NotificationRepository(m_db, m_ctx).remove(m_rows.at(row).id); !s) {
        Q_EMIT errorOccurred(s.error().text());
        return false;
    }
    return reload();
}

} // namespace doo
