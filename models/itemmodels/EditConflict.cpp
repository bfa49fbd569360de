#include "itemmodels/EditConflict.h"

namespace doo {

int EditConflict::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EditConflict::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EditConflict::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const Row &row = m_rows.at(index.row());
    switch (index.column()) {
    case FieldColumn:
        return row.field;
    case TheirsColumn:
        return row.theirs;
    case MineColumn:
        return row.mine;
    default:
        return {};
    }
}

QVariant EditConflict::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FieldColumn:
        return tr("Field");
    case TheirsColumn:
        return tr("Saved elsewhere (theirs)");
    case MineColumn:
        return tr("Yours (mine)");
    default:
        return {};
    }
}

QStringList EditConflict::fieldNames() const
{
    QStringList names;
    for (const Row &row : m_rows)
        names << row.field;
    return names;
}

QString EditConflict::none()
{
    return tr("(none)");
}

void EditConflict::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

} // namespace doo
