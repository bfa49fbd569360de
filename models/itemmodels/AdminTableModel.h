#pragma once

#include "domain/Result.h"

#include <QSqlTableModel>

namespace doo {

class Database;

// The administrator's raw edit of one table (the Data view): a QSqlTableModel on the window's
// connection that holds the edits until saveAll(). Saving is one transaction; when the database
// refuses a change (CHECK, foreign key, unique) nothing is written and every edit stays pending,
// to be corrected.
class AdminTableModel : public QSqlTableModel
{
    Q_OBJECT

public:
    AdminTableModel(Database &db, QObject *parent = nullptr);

    // Shows `table` (sorted by its first column, the id: a stable order to put edits back after
    // a refusal) with every row fetched; the database's reason when it cannot be read.
    Status load(const QString &table);
    // Writes every pending edit in one transaction; on a refusal the rows are read again and the
    // edits put back, still pending.
    Status saveAll();

private:
    void fetchAll();

    Database &m_db;
};

} // namespace doo
