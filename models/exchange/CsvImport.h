#pragma once

#include "exchange/ImportPlan.h"

#include <QCoreApplication>

namespace doo {

// Reads a CSV file of tasks or consultations (the columns CsvExport writes; see README "CSV
// files") into an ImportPlan: every row checked, every bad one reported with its line and
// column, rows already in the database marked as duplicates. Reads only.
class CsvImport
{
    Q_DECLARE_TR_FUNCTIONS(CsvImport)

public:
    CsvImport(Database &db, UserContext ctx);

    static QStringList taskColumns();
    static QStringList consultationColumns();

    Result<ImportPlan> plan(ImportPlan::Kind kind, const QByteArray &bytes);

private:
    struct Cells;
    void planTask(ImportPlan &plan, ImportRow &row, const Cells &cells);
    void planConsultation(ImportPlan &plan, ImportRow &row, const Cells &cells);
    // Whether a row with this id / booking id / external ref is already there: 0 no, 1 the
    // user's (a duplicate), 2 someone else's (an error). Errors of the query are returned.
    Result<int> owner(const QString &sql, const QVariantList &values);
    QString rowRef(ImportPlan::Kind kind, const Cells &cells) const;

    Database &m_db;
    UserContext m_ctx;
    QSet<QString> m_seen; // keys met earlier in the file
};

} // namespace doo
