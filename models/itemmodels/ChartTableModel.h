#pragma once

#include <QAbstractTableModel>

namespace doo {

// A small read-only table the charts bind to (through QtCharts model mappers): named columns,
// one row per point or category. Numbers stay numbers for the mappers (DisplayRole); the
// ToolTipRole gives a readable text.
class ChartTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit ChartTableModel(QObject *parent = nullptr);

    // Replaces the whole table (one model reset). Every row has headers.size() values.
    void setTable(const QStringList &headers, const QList<QVariantList> &rows);
    // The texts of one column (category labels).
    QStringList columnTexts(int column) const;
    // A number of one cell (0 when not a number).
    double number(int row, int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QList<QVariantList> m_rows;
};

} // namespace doo
