#include "itemmodels/TaskColumnModel.h"
#include "itemmodels/PlainToolTip.h"

#include "itemmodels/TaskBoard.h"

#include "domain/Clock.h"
#include "domain/LocaleFormat.h"

#include <QLocale>
#include <QMimeData>

namespace doo {

const QString TaskColumnModel::kMimeType = QStringLiteral("application/x-director-of-one-task-ids");

TaskColumnModel::Card TaskColumnModel::Card::from(const Task &task)
{
    Card c;
    c.id = QUuid::fromString(task.id);
    c.title = task.title;
    c.tags = task.tags.join(QStringLiteral(", "));
    c.position = task.position;
    c.dueMsecs = task.dueDate.isValid() ? task.dueDate.toMSecsSinceEpoch() : 0;
    c.priority = task.priority;
    c.fromWorkflow = !task.workflowId.isEmpty();
    const QDateTime finished = task.status == TaskStatus::Completed ? task.completedAt
        : task.status == TaskStatus::Cancelled                      ? task.updatedAt
                                                                    : QDateTime();
    c.finishedMsecs = finished.isValid() ? finished.toMSecsSinceEpoch() : 0;
    return c;
}

TaskColumnModel::TaskColumnModel(TaskBoard &board, TaskStatus status, QObject *parent)
    : QAbstractListModel(parent), m_board(board), m_status(status)
{ }

TaskColumnModel::~TaskColumnModel() = default;

int TaskColumnModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cards.size());
}

QVariant TaskColumnModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Card &c = m_cards.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return c.title;
    case Qt::AccessibleTextRole:
        return c.title;
    case Qt::AccessibleDescriptionRole:
        return accessibleDescription(c);
    case Qt::ToolTipRole: {
        QString tip = c.tags.isEmpty() ? c.title : c.title + QStringLiteral("\n") + c.tags;
        if (const QString note = workflowNote(c.id); !note.isEmpty())
            tip += QStringLiteral("\n") + note;
        return plainToolTip(tip);
    }
    case FinishedRole:
        return c.finishedMsecs ? QDateTime::fromMSecsSinceEpoch(c.finishedMsecs, Qt::UTC) : QDateTime();
    case WorkflowChangeRole:
        return workflowNote(c.id);
    case RecentlyChangedRole: {
        const auto mark = m_marks.constFind(c.id);
        return mark != m_marks.cend() && Clock::currentUtc().toMSecsSinceEpoch() - mark->atMsecs < kHighlightSecs * 1000;
    }
    case IdRole:
        return c.idString();
    case PriorityRole:
        return int(c.priority);
    case DueRole:
        return c.dueMsecs ? QDateTime::fromMSecsSinceEpoch(c.dueMsecs, Qt::UTC) : QDateTime();
    case TagsRole:
        return c.tags;
    case FromWorkflowRole:
        return c.fromWorkflow;
    case PositionRole:
        return c.position;
    case StatusRole:
        return int(m_status);
    default:
        return {};
    }
}

QString TaskColumnModel::workflowNote(const QUuid &id) const
{
    const auto mark = m_marks.constFind(id);
    if (mark == m_marks.cend() || Clock::currentUtc().toMSecsSinceEpoch() - mark->atMsecs >= kWorkflowNoteSecs * 1000)
        return {};
    const QString at = LocaleFormat::timeOf(QDateTime::fromMSecsSinceEpoch(mark->atMsecs, Qt::UTC));
    if (mark->created)
        return tr("Added by %1 at %2").arg(mark->workflow, at);
    return mark->moved ? tr("Moved by %1 at %2").arg(mark->workflow, at) : tr("Changed by %1 at %2").arg(mark->workflow, at);
}

bool TaskColumnModel::hasHighlights() const
{
    const qint64 now = Clock::currentUtc().toMSecsSinceEpoch();
    for (const WorkflowMark &mark : m_marks)
        if (now - mark.atMsecs < kHighlightSecs * 1000)
            return true;
    return false;
}

void TaskColumnModel::loadMarks(int first)
{
    QStringList ids;
    for (int i = first; i < m_cards.size(); ++i)
        ids << m_cards.at(i).idString();
    if (ids.isEmpty())
        return;
    const auto changes = m_board.recentWorkflowChanges(ids, Clock::currentUtc().addSecs(-kWorkflowNoteSecs));
    if (!changes)
        return; // a note the board can do without: the cards themselves are loaded
    for (const TaskWorkflowChange &c : *changes)
        m_marks.insert(QUuid::fromString(c.taskId), {c.workflowName, c.at.toMSecsSinceEpoch(), c.created, c.moved});
}

QString TaskColumnModel::accessibleDescription(const Card &c)
{
    // Words already translated elsewhere (the priority's name) and the locale's date: "Urgent,
    // 04/03/2026, finance".
    QStringList parts{displayName(c.priority)};
    if (c.dueMsecs)
        parts << QLocale().toString(QDateTime::fromMSecsSinceEpoch(c.dueMsecs, Qt::UTC).toLocalTime().date(),
                                    QLocale::ShortFormat);
    if (!c.tags.isEmpty())
        parts << c.tags;
    return parts.join(QStringLiteral(", "));
}

Qt::ItemFlags TaskColumnModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
}

bool TaskColumnModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_complete && !m_loading;
}

void TaskColumnModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        loadPage(kPageSize);
}

bool TaskColumnModel::loadPage(int limit)
{
    TaskFilter filter = m_board.filter();
    filter.status = m_status;
    filter.limit = limit;
    if (!m_cards.isEmpty())
        filter.afterPosition = m_cards.last().position;
    m_loading = true; // views and testers may ask for more while rows are being inserted
    const auto tasks = m_board.repository().listCards(filter);
    if (!tasks) {
        m_loading = false;
        m_board.reportError(tasks.error().text());
        m_complete = true;
        return false;
    }
    m_complete = tasks->size() < limit;
    if (!tasks->isEmpty()) {
        const int first = int(m_cards.size());
        beginInsertRows(QModelIndex(), first, int(m_cards.size() + tasks->size() - 1));
        for (const Task &t : *tasks)
            m_cards.append(Card::from(t));
        loadMarks(first);
        endInsertRows();
    }
    m_loading = false;
    return true;
}

void TaskColumnModel::fetchUpTo(int rows)
{
    if (!canFetchMore(QModelIndex()) || rows <= m_cards.size())
        return;
    const int missing = rows - int(m_cards.size());
    loadPage((missing + kPageSize - 1) / kPageSize * kPageSize);
}

void TaskColumnModel::reload(int minimumRows)
{
    beginResetModel();
    m_cards.clear();
    m_marks.clear();
    m_complete = true; // nothing to fetch until the first page below
    endResetModel();
    m_complete = false;
    TaskFilter filter = m_board.filter();
    filter.status = m_status;
    const auto total = m_board.repository().count(filter);
    setTotal(total ? *total : 0);
    loadPage(std::max(minimumRows, int(kPageSize)));
}

void TaskColumnModel::setTotal(int total)
{
    if (total == m_total)
        return;
    m_total = total;
    Q_EMIT totalCountChanged(total);
}

void TaskColumnModel::setCardPosition(const QString &id, qint64 position)
{
    const int row = rowOf(id);
    if (row >= 0) {
        m_cards[row].position = position;
        Q_EMIT dataChanged(index(row), index(row), {PositionRole});
    }
}

int TaskColumnModel::rowOf(const QString &id) const
{
    const QUuid uuid = QUuid::fromString(id);
    for (int i = 0; i < m_cards.size(); ++i)
        if (m_cards.at(i).id == uuid)
            return i;
    return -1;
}

QString TaskColumnModel::idAt(int row) const
{
    return row >= 0 && row < m_cards.size() ? m_cards.at(row).idString() : QString();
}

void TaskColumnModel::removeCards(const QStringList &ids)
{
    for (const QString &id : ids) {
        const int row = rowOf(id);
        if (row < 0)
            continue;
        beginRemoveRows(QModelIndex(), row, row);
        m_marks.remove(m_cards.at(row).id);
        m_cards.removeAt(row);
        endRemoveRows();
    }
}

void TaskColumnModel::insertCards(int row, const QList<Card> &cards)
{
    if (cards.isEmpty())
        return;
    row = std::clamp(row, 0, int(m_cards.size()));
    beginInsertRows(QModelIndex(), row, row + int(cards.size()) - 1);
    for (int i = 0; i < cards.size(); ++i)
        m_cards.insert(row + i, cards.at(i));
    endInsertRows();
}

QStringList TaskColumnModel::mimeTypes() const
{
    return {kMimeType};
}

QMimeData *TaskColumnModel::mimeData(const QModelIndexList &indexes) const
{
    QList<int> rows;
    for (const QModelIndex &index : indexes)
        if (index.isValid() && index.model() == this && !rows.contains(index.row()))
            rows << index.row();
    std::sort(rows.begin(), rows.end()); // cards travel in board order, whatever the selection order
    QStringList ids;
    for (int row : std::as_const(rows))
        ids << m_cards.at(row).idString();
    auto *mime = new QMimeData;
    mime->setData(kMimeType, ids.join(QLatin1Char('\n')).toLatin1());
    mime->setText(ids.join(QLatin1Char('\n')));
    return mime;
}

QStringList TaskColumnModel::idsFromMime(const QMimeData *data)
{
    if (!data || !data->hasFormat(kMimeType))
        return {};
    QStringList ids;
    const QList<QByteArray> parts = data->data(kMimeType).split('\n');
    for (const QByteArray &part : parts) {
        const QUuid uuid = QUuid::fromString(QLatin1String(part));
        if (uuid.isNull())
            return {}; // anything malformed: refuse the whole drop
        ids << uuid.toString(QUuid::WithoutBraces);
    }
    ids.removeDuplicates();
    return ids;
}

Qt::DropActions TaskColumnModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions TaskColumnModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

bool TaskColumnModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int column, const QModelIndex &) const
{
    return action == Qt::MoveAction && column <= 0 && !idsFromMime(data).isEmpty();
}

bool TaskColumnModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QStringList ids = idsFromMime(data);
    if (row < 0)
        row = parent.isValid() ? parent.row() : int(m_cards.size());
    row = std::clamp(row, 0, int(m_cards.size()));
    // The index among the cards that stay: moved cards above the drop point do not count.
    int index = row;
    for (int i = 0; i < row; ++i)
        if (ids.contains(m_cards.at(i).idString()))
            --index;
    m_board.moveTasks(ids, m_status, index);
    // The board has already moved the cards; tell the view not to remove anything itself.
    return false;
}

} // namespace doo
