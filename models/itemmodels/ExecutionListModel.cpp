#include "itemmodels/ExecutionListModel.h"
#include "itemmodels/PlainToolTip.h"

#include "domain/LocaleFormat.h"
#include "repositories/ExecutionRepository.h"
#include "domain/WorkflowTiming.h"
#include "itemmodels/WorkflowListModel.h"

#include <QColor>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

namespace doo {

ExecutionListModel::ExecutionListModel(Database &db, UserContext ctx, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_ctx(std::move(ctx))
{ }

void ExecutionListModel::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columnCount() - 1), {Qt::DisplayRole});
}

int ExecutionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ExecutionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ExecutionListModel::durationText(const WorkflowExecution &e)
{
    if (!e.startedAt.isValid() || !e.finishedAt.isValid())
        return QStringLiteral("—");
    return LocaleFormat::duration(e.startedAt.secsTo(e.finishedAt));
}

int ExecutionListModel::tasksTouched(const WorkflowExecution &e)
{
    const QJsonObject out = QJsonDocument::fromJson(e.output.toUtf8()).object();
    return e.tasksCreated + out.value(QStringLiteral("tasksChanged")).toInt();
}

namespace {
// A stored status or priority name in the board's words; other words as they are.
QString boardWord(const QString &word)
{
    if (const auto status = enumFromString<TaskStatus>(word))
        return displayName(*status);
    if (const auto priority = enumFromString<Priority>(word))
        return displayName(*priority);
    return word;
}
} // namespace

QList<RunEffect> ExecutionListModel::effects(const WorkflowExecution &e)
{
    static const QRegularExpression stored(QStringLiteral("\\b([A-Z][A-Z_]+) → ([A-Z][A-Z_]+)\\b"));
    QList<RunEffect> list;
    const QJsonObject out = QJsonDocument::fromJson(e.output.toUtf8()).object();
    for (const QJsonValue &v : out.value(QStringLiteral("effects")).toArray()) {
        const QJsonObject o = v.toObject();
        QString text = o.value(QStringLiteral("summary")).toString();
        for (qsizetype from = 0;;) {
            const QRegularExpressionMatch m = stored.match(text, from);
            if (!m.hasMatch())
                break;
            const QString words = boardWord(m.captured(1)) + QStringLiteral(" → ") + boardWord(m.captured(2));
            text.replace(m.capturedStart(), m.capturedLength(), words);
            from = m.capturedStart() + words.size();
        }
        list << RunEffect{o.value(QStringLiteral("kind")).toString(), text, o.value(QStringLiteral("taskId")).toString()};
    }
    return list;
}

QString ExecutionListModel::firstTask(const WorkflowExecution &e)
{
    for (const RunEffect &effect : effects(e))
        if (!effect.taskId.isEmpty())
            return effect.taskId;
    return {};
}

QVariant ExecutionListModel::display(int row, int column) const
{
    const WorkflowExecution &e = m_rows.at(row);
    switch (column) {
    case WorkflowName:
        return e.workflowName;
    case Status:
        return e.undoneAt.isValid() ? tr("%1 (undone)").arg(displayName(e.status)) : displayName(e.status);
    case Scheduled:
        return WorkflowTiming::displayTime(e.scheduledFor, m_zone);
    case Started:
        return WorkflowTiming::displayTime(e.startedAt, m_zone);
    case Duration:
        return durationText(e);
    case TasksCreated:
        return m_touched.value(row);
    case MinutesSaved:
        return LocaleFormat::minutes(e.minutesSaved);
    case ErrorText:
        return e.error.section(QLatin1Char('\n'), 0, 0);
    }
    return {};
}

QVariant ExecutionListModel::statusColour(ExecutionStatus status, bool undone)
{
    if (status == ExecutionStatus::Failed)
        return QColor(0xc6, 0x28, 0x28);
    if (undone)
        return QColor(0x75, 0x75, 0x75);
    if (status == ExecutionStatus::Success)
        return QColor(0x2e, 0x7d, 0x32);
    return {};
}

QVariant ExecutionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WorkflowExecution &e = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(index.row(), index.column());
    case Qt::ToolTipRole:
        if (index.column() == ErrorText)
            return plainToolTip(e.error);
        if (index.column() == TasksCreated)
            return QString(tr("%n tasks created", nullptr, e.tasksCreated) + QStringLiteral(", ")
                           + tr("%n tasks changed", nullptr, m_touched.value(index.row()) - e.tasksCreated));
        return plainToolTip(display(index.row(), index.column()).toString());
    case Qt::ForegroundRole:
        return index.column() == Status ? statusColour(e.status, e.undoneAt.isValid()) : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == TasksCreated || index.column() == MinutesSaved || index.column() == Duration)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return e.id;
    case StatusRole:
        return toString(e.status);
    case WorkflowIdRole:
        return e.workflowId;
    case SortRole:
        switch (index.column()) {
        case Scheduled:
            return e.scheduledFor.toMSecsSinceEpoch();
        case Started:
            return e.startedAt.toMSecsSinceEpoch();
        case Duration:
            return e.finishedAt.isValid() ? e.startedAt.msecsTo(e.finishedAt) : std::numeric_limits<qint64>::max();
        case TasksCreated:
            return m_touched.value(index.row());
        case MinutesSaved:
            return e.minutesSaved;
        default:
            return display(index.row(), index.column()).toString().toLower();
        }
    }
    return {};
}

QVariant ExecutionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == TasksCreated)
        return tr("Tasks the run created or changed");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WorkflowName:
        return tr("Workflow");
    case Status:
        return tr("Status");
    case Scheduled:
        return tr("Scheduled");
    case Started:
        return tr("Started");
    case Duration:
        return tr("Duration");
    case TasksCreated:
        return tr("Tasks");
    case MinutesSaved:
        return tr("Min saved");
    case ErrorText:
        return tr("Error");
    }
    return {};
}

int ExecutionListModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

bool ExecutionListModel::load(const QString &workflowId, const QString &status)
{
    ExecutionFilter filter;
    filter.workflowId = workflowId;
    filter.status = enumFromString<ExecutionStatus>(status);
    filter.limit = kLimit;
    ExecutionRepository repo(m_db, m_ctx);
    auto rows = repo.executions(filter);
    if (!rows) {
        Q_EMIT errorOccurred(rows.error().text());
        return false;
    }
    beginResetModel();
    m_workflowId = workflowId;
    m_status = status;
    m_rows = rows.takeValue();
    m_touched.clear();
    for (const WorkflowExecution &e : std::as_const(m_rows))
        m_touched << tasksTouched(e);
    endResetModel();
    return true;
}

} // namespace doo
