#pragma once

#include "exchange/ImportPlan.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <optional>

namespace doo {

// Reads a CSV file of tasks or consultations (the columns CsvExport writes; see README "CSV
// files") into an ImportPlan as it streams by: every row checked, every bad one reported with its line and
// column, rows already in the database marked as duplicates. Reads only.
class CsvImport
{
    Q_DECLARE_TR_FUNCTIONS(CsvImport)

public:
    CsvImport(Database &db, UserContext ctx);

    static QStringList taskColumns();
    static QStringList consultationColumns();

    // Reads the input as it streams by (see ImportPlan), handing each new row to `sink` if any.
    Result<ImportPlan> read(ImportPlan::Kind kind, QIODevice &input, ImportSink *sink, const Import::Progress &progress);
    // The plan of a file held in memory, nothing handed on (tests, small files).
    Result<ImportPlan> plan(ImportPlan::Kind kind, const QByteArray &bytes);

private:
    struct Cells;
    // What identifies a row: the key the file gives in `column` of `table` (checked against
    // `shape`) or, without one, a hash of the row (its external ref).
    struct Identity
    {
        ImportPlan::Kind kind;
        QString table;
        QString column;
        QString key;
        const QRegularExpression &shape;
        QString badShape; // the key does not match `shape`
        QString otherUser; // the key names another user's row
    };
    // Check one row; a new one goes to the sink (whose error is returned).
    Status planTask(ImportPlan &plan, ImportRow &row, const Cells &cells);
    Status planConsultation(ImportPlan &plan, ImportRow &row, const Cells &cells);
    // Whether a row with this id / booking id / external ref is already there: 0 no, 1 the
    // user's (a duplicate), 2 someone else's (an error). Errors of the query are returned.
    Result<int> owner(const QString &sql, const QVariantList &values);
    QString rowRef(ImportPlan::Kind kind, const Cells &cells) const;
    // The row's external ref (empty when the file gives the key), or nothing when the row is
    // rejected or marked a duplicate: a bad key, a repeat within the file, already imported, or
    // another user's.
    std::optional<QString> identify(ImportPlan &plan, ImportRow &row, const Cells &cells, const Identity &identity);

    Database &m_db;
    UserContext m_ctx;
    QSet<QByteArray> m_seen; // digests of the keys met earlier in the file
    ImportSink *m_sink = nullptr;
};

} // namespace doo
