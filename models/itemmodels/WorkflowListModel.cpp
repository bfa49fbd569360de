#include "itemmodels/WorkflowListModel.h"
#include "itemmodels/PlainToolTip.h"

#include "domain/WorkflowDefinition.h"
#include "domain/LocaleFormat.h"
#include "domain/WorkflowTiming.h"
#include "itemmodels/ExecutionListModel.h"

#include "repositories/WorkflowRepository.h"

#include <QLocale>

namespace doo {

WorkflowListModel::WorkflowListModel(Database &db, UserContext ctx, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_ctx(std::move(ctx))
{ }

int WorkflowListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WorkflowListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString WorkflowListModel::frequencyText(const Workflow &w)
{
    const Result<TriggerSpec> spec = WorkflowDefinition::parseTrigger(w.trigger);
    return spec ? spec->inWords() : w.frequency;
}

QVariant WorkflowListModel::display(const Workflow &w, int column) const
{
    const WorkflowRunSummary s = m_summaries.value(w.id);
    switch (column) {
    case Name:
        return w.name;
    case Type:
        return displayName(w.type);
    case Frequency:
        return frequencyText(w);
    case Active:
        return w.isActive ? tr("On") : tr("Off");
    case NextRun:
        if (!w.isActive)
            return tr("Off");
        if (w.nextRunAt.isValid())
            return WorkflowTiming::displayTime(w.nextRunAt, m_zone);
        return w.trigger.contains(QLatin1String("\"event\"")) ? tr("On its event") : tr("When started");
    case LastStatus:
        return s.lastStatus ? displayName(*s.lastStatus) : tr("Never run");
    case SuccessRate: {
        const auto rate = s.successRate();
        return rate ? LocaleFormat::percent(*rate * 100, 0) : QStringLiteral("—");
    }
    case HoursSaved:
        return LocaleFormat::hours(s.minutesSaved / 60.0);
    }
    return {};
}

QVariant WorkflowListModel::sortKey(const Workflow &w, int column) const
{
    const WorkflowRunSummary s = m_summaries.value(w.id);
    switch (column) {
    case Name:
        return w.name.toLower();
    case Type:
        return displayName(w.type).toLower();
    case Frequency:
        return frequencyText(w).toLower();
    case Active:
        return w.isActive ? 1 : 0;
    // Off and event-driven workflows sort after every timed one.
    case NextRun:
        return w.isActive && w.nextRunAt.isValid() ? w.nextRunAt.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    case LastStatus:
        return s.lastStatus ? displayName(*s.lastStatus).toLower() : QString();
    case SuccessRate:
        return s.successRate().value_or(-1.0);
    case HoursSaved:
        return s.minutesSaved;
    }
    return {};
}

QVariant WorkflowListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Workflow &w = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(w, index.column());
    case Qt::ToolTipRole:
        // The whole text of a cell the column cuts with "…"; a name with its description.
        if (index.column() == Name && !w.description.isEmpty())
            return plainToolTip(w.name + QLatin1Char('\n') + w.description);
        return plainToolTip(display(w, index.column()).toString());
    case Qt::ForegroundRole: {
        // The last run's status in the runs list's colours.
        const WorkflowRunSummary s = m_summaries.value(w.id);
        return index.column() == LastStatus && s.lastStatus ? ExecutionListModel::statusColour(*s.lastStatus, false) : QVariant();
    }
    case Qt::CheckStateRole:
        if (index.column() == Active)
            return w.isActive ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SuccessRate || index.column() == HoursSaved)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return w.id;
    case SortRole:
        return sortKey(w, index.column());
    case TypeRole:
        return int(w.type);
    case ActiveRole:
        return w.isActive;
    case LastStatusRole: {
        const auto status = m_summaries.value(w.id).lastStatus;
        return status ? toString(*status) : QString();
    }
    }
    return {};
}

bool WorkflowListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || index.column() != Active
        || role != Qt::CheckStateRole)
        return false;
    Workflow &w = m_rows[index.row()];
    const bool wanted = value.toInt() == Qt::Checked;
    if (wanted == w.isActive)
        return true;
    WorkflowRepository repo(m_db, m_ctx);
    const auto toggled = repo.toggleActive(w.id);
    if (!toggled) {
        Q_EMIT errorOccurred(toggled.error().text());
        return false;
    }
    w = *toggled;
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    Q_EMIT workflowChanged(w.id);
    return true;
}

Qt::ItemFlags WorkflowListModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == Active)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant WorkflowListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Type:
        return tr("Type");
    case Frequency:
        return tr("Frequency");
    case Active:
        return tr("Active");
    case NextRun:
        return tr("Next run");
    case LastStatus:
        return tr("Last run");
    case SuccessRate:
        return tr("Success rate");
    case HoursSaved:
        return tr("Hours saved");
    }
    return {};
}

int WorkflowListModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

void WorkflowListModel::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, NextRun), index(int(m_rows.size()) - 1, NextRun), {Qt::DisplayRole});
}

bool WorkflowListModel::reload()
{
    WorkflowOverviewRepository overview(m_db, m_ctx);
    const auto mark = overview.changeMark(); // before reading: a change in between shows next time
    WorkflowRepository repo(m_db, m_ctx);
    auto workflows = repo.findByUserId(m_ctx.userId);
    if (!workflows) {
        Q_EMIT errorOccurred(workflows.error().text());
        return false;
    }
    auto summaries = overview.summaries();
    if (!summaries) {
        Q_EMIT errorOccurred(summaries.error().text());
        return false;
    }
    beginResetModel();
    m_rows = workflows.takeValue();
    m_summaries = summaries.takeValue();
    m_mark = mark ? *mark : QString();
    endResetModel();
    return true;
}

bool WorkflowListModel::isStale()
{
    const auto mark = WorkflowOverviewRepository(m_db, m_ctx).changeMark();
    return !mark || *mark != m_mark;
}

} // namespace doo
