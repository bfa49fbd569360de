#include "itemmodels/ActionListModel.h"
#include "itemmodels/PlainToolTip.h"

#include "domain/Enums.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

namespace doo {

const QString ActionListModel::kMimeType = QStringLiteral("application/x-doo-workflow-action-ids");

ActionListModel::ActionListModel(QObject *parent) : QAbstractListModel(parent)
{ }

int ActionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString ActionListModel::kindLabel(const QString &kind)
{
    if (kind == QLatin1String("create_task"))
        return tr("Create task");
    if (kind == QLatin1String("update_tasks"))
        return tr("Update tasks");
    if (kind == QLatin1String("notify"))
        return tr("Notify");
    if (kind == QLatin1String("generate_report"))
        return tr("Generate report");
    if (kind == QLatin1String("export_data"))
        return tr("Export data");
    if (kind == QLatin1String("request_approval"))
        return tr("Request approval");
    return kind.isEmpty() ? tr("(no type)") : kind;
}

QString ActionListModel::valueLabel(const QString &value)
{
    if (value == QLatin1String("pdf") || value == QLatin1String("csv") || value == QLatin1String("json"))
        return value.toUpper();
    if (const auto p = enumFromString<Priority>(value))
        return displayName(*p);
    if (const auto s = enumFromString<TaskStatus>(value))
        return displayName(*s);
    if (const auto n = enumFromString<NotificationType>(value))
        return displayName(*n);
    if (value == QLatin1String("tasks"))
        return tr("Tasks");
    if (value == QLatin1String("consultations"))
        return tr("Consultations");
    if (value == QLatin1String("day"))
        return tr("Day");
    if (value == QLatin1String("week"))
        return tr("Week");
    if (value == QLatin1String("month"))
        return tr("Month");
    return value; // a value the form does not offer (validation names it)
}

QString ActionListModel::summary(const QJsonObject &action)
{
    const QString kind = action.value(QStringLiteral("type")).toString();
    const QString label = kindLabel(kind);
    QString detail;
    if (kind == QLatin1String("generate_report") || kind == QLatin1String("export_data")) {
        const QString what = kind == QLatin1String("export_data") ? action.value(QStringLiteral("kind")).toString()
                                                                  : action.value(QStringLiteral("period")).toString();
        detail = QStringLiteral("%1, %2 → %3")
                     .arg(valueLabel(what), valueLabel(action.value(QStringLiteral("format")).toString()),
                          action.value(QStringLiteral("folder")).toString());
    } else if (kind == QLatin1String("update_tasks")) {
        const QJsonObject set = action.value(QStringLiteral("set")).toObject();
        QStringList what;
        if (set.contains(QStringLiteral("status")))
            what << tr("status %1").arg(valueLabel(set.value(QStringLiteral("status")).toString()));
        if (set.contains(QStringLiteral("priority")))
            what << tr("priority %1").arg(valueLabel(set.value(QStringLiteral("priority")).toString()));
        auto tags = [&set](const char *key) {
            QStringList list;
            for (const QJsonValue &v : set.value(QLatin1String(key)).toArray())
                list << v.toString();
            return list.join(QStringLiteral(", "));
        };
        if (set.contains(QStringLiteral("add_tags")))
            what << tr("add tags %1").arg(tags("add_tags"));
        if (set.contains(QStringLiteral("remove_tags")))
            what << tr("remove tags %1").arg(tags("remove_tags"));
        if (set.contains(QStringLiteral("due_in_days")))
            what << tr("due in %1 days").arg(set.value(QStringLiteral("due_in_days")).toInt());
        detail = what.join(QStringLiteral(", "));
    } else {
        detail = action.value(QStringLiteral("title")).toString();
    }
    return detail.isEmpty() ? label : QStringLiteral("%1: %2").arg(label, detail);
}

QVariant ActionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return plainToolTip(summary(r.json));
    case IdRole:
        return r.id;
    case KindRole:
        return r.json.value(QStringLiteral("type")).toString();
    case JsonRole:
        return r.json;
    }
    return {};
}

Qt::ItemFlags ActionListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled; // between rows
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
}

bool ActionListModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count, const QModelIndex &destinationParent,
                               int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count < 1 || sourceRow < 0 || sourceRow + count > m_rows.size()
        || destinationChild < 0 || destinationChild > m_rows.size())
        return false;
    if (destinationChild >= sourceRow && destinationChild <= sourceRow + count)
        return destinationChild == sourceRow || destinationChild == sourceRow + count; // no move: not an error
    if (!beginMoveRows(QModelIndex(), sourceRow, sourceRow + count - 1, QModelIndex(), destinationChild))
        return false;
    const QList<Row> moving = m_rows.mid(sourceRow, count);
    m_rows.remove(sourceRow, count);
    const int target = destinationChild > sourceRow ? destinationChild - count : destinationChild;
    for (int i = 0; i < moving.size(); ++i)
        m_rows.insert(target + i, moving.at(i));
    endMoveRows();
    Q_EMIT actionsChanged();
    return true;
}

Qt::DropActions ActionListModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions ActionListModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

QStringList ActionListModel::mimeTypes() const
{
    return {kMimeType};
}

QMimeData *ActionListModel::mimeData(const QModelIndexList &indexes) const
{
    QByteArray payload;
    QDataStream out(&payload, QIODevice::WriteOnly);
    QList<int> ids;
    for (const QModelIndex &i : indexes)
        if (i.isValid() && !ids.contains(m_rows.at(i.row()).id))
            ids << m_rows.at(i.row()).id;
    out << ids;
    auto *mime = new QMimeData;
    mime->setData(kMimeType, payload);
    return mime;
}

bool ActionListModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &) const
{
    return data && action == Qt::MoveAction && data->hasFormat(kMimeType);
}

int ActionListModel::rowOfId(int id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

bool ActionListModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    QList<int> ids;
    QDataStream in(data->data(kMimeType));
    in >> ids;
    if (in.status() != QDataStream::Ok)
        return false;
    // A drop on a row goes before it; a drop below the last row (or nowhere) goes to the end.
    int target = parent.isValid() ? parent.row() : (row < 0 ? int(m_rows.size()) : std::min(row, int(m_rows.size())));
    bool moved = false;
    for (int id : std::as_const(ids)) {
        const int from = rowOfId(id);
        if (from < 0)
            continue; // an action from another editor, or removed meanwhile
        if (from != target && from + 1 != target && moveRows(QModelIndex(), from, 1, QModelIndex(), target))
            moved = true;
        const int now = rowOfId(id);
        target = now + 1;
    }
    return moved;
}

void ActionListModel::setActions(const QJsonArray &actions)
{
    beginResetModel();
    m_rows.clear();
    for (const QJsonValue &v : actions)
        m_rows << Row{m_nextId++, v.toObject()};
    endResetModel();
    Q_EMIT actionsChanged();
}

QJsonArray ActionListModel::actions() const
{
    QJsonArray array;
    for (const Row &r : m_rows)
        array.append(r.json);
    return array;
}

void ActionListModel::setAction(int row, const QJsonObject &json)
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).json == json)
        return;
    m_rows[row].json = json;
    Q_EMIT dataChanged(index(row), index(row));
    Q_EMIT actionsChanged();
}

int ActionListModel::append(const QJsonObject &json)
{
    const int row = int(m_rows.size());
    beginInsertRows(QModelIndex(), row, row);
    m_rows << Row{m_nextId++, json};
    endInsertRows();
    Q_EMIT actionsChanged();
    return row;
}

void ActionListModel::removeAction(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    beginRemoveRows(QModelIndex(), row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    Q_EMIT actionsChanged();
}

bool ActionListModel::moveAction(int row, int direction)
{
    const int to = row + direction;
    if (row < 0 || row >= m_rows.size() || to < 0 || to >= m_rows.size())
        return false;
    // moveRows takes the destination before which the row lands.
    return moveRows(QModelIndex(), row, 1, QModelIndex(), direction > 0 ? to + 1 : to);
}

} // namespace doo
