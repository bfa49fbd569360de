#pragma once

#include "exchange/ImportPlan.h"
#include "exchange/PendingRows.h"

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
    // What identifies a row: the key the file gives in `column` (checked against `shape`) or,
    // without one, a hash of the row (its external ref).
    struct Identity
    {
        ImportPlan::Kind kind;
        QString column;
        QString key;
        const QRegularExpression &shape;
        QString badShape; // the key does not match `shape`
        QString otherUser; // the key names another user's row
    };
    // Check one row and ask the database what it needs to know about it (PendingRows).
    void planTask(PendingRows &pending, PendingRows::Row &r, const Cells &cells);
    void planConsultation(PendingRows &pending, PendingRows::Row &r, const Cells &cells);
    QString rowRef(ImportPlan::Kind kind, const Cells &cells) const;
    // Sets the row's external ref (when the file gives no key) and asks whether the key is
    // already there: a repeat within the file or the user's row makes it a duplicate, another
    // user's an error. A bad key rejects the row at once.
    void identify(PendingRows &pending, PendingRows::Row &r, const Cells &cells, const Identity &identity);

    Database &m_db;
    UserContext m_ctx;
    QSet<QByteArray> m_seen; // digests of the keys met earlier in the file (as decided, in file order)
};

} // namespace doo
