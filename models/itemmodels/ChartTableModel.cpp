#include "itemmodels/ChartTableModel.h"

#include "domain/LocaleFormat.h"

namespace doo {

ChartTableModel::ChartTableModel(QObject *parent) : QAbstractTableModel(parent)
{ }

void ChartTableModel::setTable(const QStringList &headers, const QList<QVariantList> &rows)
{
    beginResetModel();
    m_headers = headers;
    m_rows = rows;
    for (QVariantList &row : m_rows)
        while (row.size() < m_headers.size())
            row << QVariant();
    endResetModel();
}

QStringList ChartTableModel::columnTexts(int column) const
{
    QStringList texts;
    for (const QVariantList &row : m_rows)
        texts << row.value(column).toString();
    return texts;
}

double ChartTableModel::number(int row, int column) const
{
    return m_rows.value(row).value(column).toDouble();
}

int ChartTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ChartTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant ChartTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariant &value = m_rows.at(index.row()).at(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return value;
    case Qt::ToolTipRole:
        return QString(m_headers.at(index.column()) + QStringLiteral(": ")
                       + (value.typeId() == QMetaType::Double ? LocaleFormat::decimal(value.toDouble(), 2) : value.toString()));
    default:
        return {};
    }
}

QVariant ChartTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return m_headers.value(section);
    return section + 1;
}

} // namespace doo
