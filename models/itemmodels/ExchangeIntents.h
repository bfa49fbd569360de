#pragma once

#include "domain/Result.h"
#include "domain/User.h"
#include "exchange/ImportPlan.h"

#include <QObject>

namespace doo {

class Database;

// Imports and exports of the window (File ▸ Import, File ▸ Export, and the Consultations view's
// own menu, which shares the same actions): a file is read and checked first (plan*), shown in a
// preview, and written only then (apply, one transaction); exports build the bytes the file gets.
// The same exchange classes as the command line's `import` and `export`.
class ExchangeIntents : public QObject
{
    Q_OBJECT

public:
    enum class Format { Csv, Taskwarrior };

    ExchangeIntents(Database &db, UserContext ctx, QObject *parent = nullptr);

    // Taskwarrior files hold tasks only (`kind` must be Tasks). The preview: the file read as it
    // streams by, nothing written (counts, problems, the first rows).
    Result<ImportPlan> planImport(ImportPlan::Kind kind, Format format, const QString &path);
    // The file read again and its new rows written in one transaction, reporting progress();
    // cancel() during it rolls everything back.
    Result<ImportSummary> applyImport(ImportPlan::Kind kind, Format format, const QString &path, bool skipInvalid);
    // Asks the running applyImport() to stop (and write nothing).
    void cancel() { m_cancel = true; }
    Result<QByteArray> exportCsv(ImportPlan::Kind kind);
    // The scheduled consultations as iCalendar.
    Result<QByteArray> exportCalendar();

Q_SIGNALS:
    // After an import wrote rows of `kind`: the views that show them read again.
    void imported(doo::ImportPlan::Kind kind);
    // While applyImport() runs: `done` of `total` bytes read (`total` 0: unknown), `rows` rows.
    void progress(qint64 done, qint64 total, int rows);

private:
    Import::Reader reader(ImportPlan::Kind kind, Format format);

    Database &m_db;
    bool m_cancel = false;
    UserContext m_ctx;
};

} // namespace doo
