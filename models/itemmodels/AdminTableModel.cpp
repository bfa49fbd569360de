#include "itemmodels/AdminTableModel.h"

#include "db/Database.h"
#include "db/Transaction.h"

#include <QSqlError>

namespace doo {

AdminTableModel::AdminTableModel(Database &db, QObject *parent) : QSqlTableModel(parent, db.handle()), m_db(db)
{
    setEditStrategy(QSqlTableModel::OnManualSubmit);
}

void AdminTableModel::fetchAll()
{
    while (canFetchMore())
        fetchMore();
}

Status AdminTableModel::load(const QString &table)
{
    if (tableName() != table) {
        setTable(table);
        setSort(0, Qt::AscendingOrder); // id: a stable order to put edits back after a refusal
    }
    Status selected;
    if (!select())
        selected = m_db.classify(lastError(), QStringLiteral("DataView select ") + table);
    fetchAll();
    return selected;
}

Status AdminTableModel::saveAll()
{
    if (!isDirty())
        return {};
    struct Cell
    {
        int row;
        int column;
        QVariant value;
    };
    QList<Cell> pending;
    for (int row = 0; row < rowCount(); ++row)
        for (int column = 0; column < columnCount(); ++column) {
            const QModelIndex cell = index(row, column);
            if (isDirty(cell))
                pending.append({row, column, data(cell, Qt::EditRole)});
        }

    Error error;
    {
        Transaction tx(m_db);
        if (!tx.isActive()) {
            error = tx.error();
        } else if (!submitAll()) {
            error = m_db.classify(lastError(), QStringLiteral("DataView submit ") + tableName());
            tx.rollback();
        } else if (Status committed = tx.commit(); !committed) {
            error = committed.error();
        }
    }
    if (!error.isError()) {
        fetchAll(); // submitAll() selected the table again
        return {};
    }
    // Nothing was written: show the rows as stored and put back every edit, still pending.
    if (select())
        fetchAll();
    for (const Cell &cell : std::as_const(pending))
        setData(index(cell.row, cell.column), cell.value, Qt::EditRole);
    return error;
}

} // namespace doo
