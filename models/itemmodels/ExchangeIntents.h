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

    // Taskwarrior files hold tasks only (`kind` must be Tasks).
    Result<ImportPlan> planImport(ImportPlan::Kind kind, Format format, const QByteArray &bytes);
    Result<ImportSummary> applyImport(const ImportPlan &plan, bool skipInvalid);
    Result<QByteArray> exportCsv(ImportPlan::Kind kind);
    // The scheduled consultations as iCalendar.
    Result<QByteArray> exportCalendar();

Q_SIGNALS:
    // After an import wrote rows of `kind`: the views that show them read again.
    void imported(doo::ImportPlan::Kind kind);

private:
    Database &m_db;
    UserContext m_ctx;
};

} // namespace doo
