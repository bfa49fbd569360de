#include "itemmodels/TeamTableModel.h"

#include <QBrush>
#include <QPalette>

namespace doo {

TeamTableModel::TeamTableModel(QObject *parent) : QAbstractTableModel(parent)
{ }

void TeamTableModel::setMembers(const QList<TeamMember> &members)
{
    beginResetModel();
    m_members = members;
    endResetModel();
}

int TeamTableModel::rowOf(const QString &email) const
{
    const QString key = email.trimmed().toLower();
    for (int row = 0; row < m_members.size(); ++row)
        if (m_members.at(row).user.email == key)
            return row;
    return -1;
}

int TeamTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int TeamTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TeamTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TeamMember &m = m_members.at(index.row());
    if (role == EmailRole)
        return m.user.email;
    if (role == Qt::ForegroundRole && !m.isActive())
        return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
    if (role == Qt::ToolTipRole && index.column() == LoginColumn && m.login.isEmpty())
        return tr("This user has no PostgreSQL login and cannot sign in to the team database");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case EmailColumn:
        return m.user.email;
    case NameColumn:
        return m.user.name;
    case RoleColumn:
        return displayName(m.user.role);
    case LoginColumn:
        return m.login.isEmpty() ? tr("(no login)") : m.login;
    case ActiveColumn:
        return m.isActive() ? tr("Active") : tr("Disabled");
    default:
        return {};
    }
}

QVariant TeamTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case EmailColumn:
        return tr("Email");
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case LoginColumn:
        return tr("Login");
    case ActiveColumn:
        return tr("Active");
    default:
        return {};
    }
}

} // namespace doo
