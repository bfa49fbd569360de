#pragma once

#include "domain/Consultation.h"
#include "domain/Result.h"
#include "domain/Task.h"
#include "domain/User.h"

#include <QCoreApplication>
#include <QStringList>

class QJsonObject;

namespace doo {

class Database;

// One problem of an imported file: where (line, and the column when it is about one) and why.
struct ImportIssue
{
    int line = 0;
    int column = 0; // 1-based; 0: the whole row
    QString columnName; // the header's name for the column, when known
    QString reason;

    // "line 4, column 3 (email): not an email address"
    QString text() const;
};

// What happens to one row of the file.
enum class RowFate { New, Duplicate, Invalid };

struct ImportRow
{
    int line = 0;
    QStringList values; // as read, for the preview
    RowFate fate = RowFate::New;
    QString message; // the reason of an invalid row, or what a duplicate repeats
};

// An import read and checked, not yet written: the preview shows it, apply() writes it.
struct ImportPlan
{
    enum class Kind { Tasks, Consultations };
    Kind kind = Kind::Tasks;
    QStringList header;
    QList<ImportRow> rows;
    QList<ImportIssue> issues; // every problem, in file order
    bool fatal = false; // the file as a whole cannot be used (header, syntax): never imported

    // The rows to insert (the New ones), with what identifies them on a second import.
    QList<Task> tasks;
    QStringList taskRefs; // external_ref per task (may be empty)
    QStringList taskConsultationIds; // consultation to link per task (may be empty)
    QList<Consultation> consultations;
    QStringList consultationRefs;

    int count(RowFate fate) const;
    bool hasInvalid() const { return fatal || count(RowFate::Invalid) > 0; }
    // Adds an issue and marks the row of that line invalid.
    void reject(ImportRow &row, const ImportIssue &issue);
};

struct ImportSummary
{
    int imported = 0;
    int duplicates = 0; // already in the database (or earlier in the file): left alone
    int skipped = 0; // invalid rows left out with --skip-invalid
    QJsonObject toJson() const;
};

namespace Import {

// The translation context of this namespace's messages: Messages::tr("...").
class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

// An import of more new rows than this makes an automatic backup first (AutoBackup).
inline constexpr int kBackupImportRows = 1000;

// Writes the plan's new rows in one transaction. A plan with invalid rows is refused whole (a
// Validation error listing every issue) unless `skipInvalid`; a fatal plan always is.
Result<ImportSummary> apply(Database &db, const UserContext &ctx, const ImportPlan &plan, bool skipInvalid);
// Every issue, one per line.
QString issuesText(const ImportPlan &plan);

} // namespace Import

} // namespace doo
