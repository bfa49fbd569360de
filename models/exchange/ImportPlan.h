#pragma once

#include "domain/Consultation.h"
#include "domain/Result.h"
#include "domain/Task.h"
#include "domain/User.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

class QIODevice;

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
    QList<ImportIssue> issues; // its problems, until the plan counts it (ImportPlan::add)
};

// Where the new rows of an import go while the file is read (Import::apply's writer); a plan
// made for the preview has none.
class ImportSink
{
public:
    virtual ~ImportSink() = default;
    // `ref`: what identifies the row on a second import (may be empty); `consultationId`: the
    // consultation a task is linked to (may be empty).
    virtual Status addTask(const Task &task, const QString &ref, const QString &consultationId) = 0;
    virtual Status addConsultation(const Consultation &consultation, const QString &ref) = 0;
};

// An import read and checked as the file streams by: the counts of every row, the problems
// (the first kMaxIssues of them, and how many more), and the first kPreviewRows rows for the
// window's preview. The new rows themselves go to an ImportSink, if any.
struct ImportPlan
{
    static constexpr int kPreviewRows = 1000;
    static constexpr int kMaxIssues = 100;

    enum class Kind { Tasks, Consultations };
    Kind kind = Kind::Tasks;
    QStringList header;
    QList<ImportRow> rows; // the first kPreviewRows rows
    QList<ImportIssue> issues; // the first kMaxIssues problems, in file order
    int moreIssues = 0; // problems beyond those
    bool fatal = false; // the file as a whole cannot be used (header, syntax, size): never imported
    qint64 bytesRead = 0;

    int count(RowFate fate) const;
    int rowCount() const { return m_new + m_duplicates + m_invalid; }
    bool hasInvalid() const { return fatal || m_invalid > 0; }
    // Marks the row invalid with this issue (the plan notes it when it counts the row).
    static void reject(ImportRow &row, const ImportIssue &issue);
    // Adds a problem of the whole file: the plan becomes fatal.
    void refuse(const ImportIssue &issue);
    // Counts a row read and decided, notes its issues (rows are added in file order, so the
    // issues are too) and keeps it for the preview while there is room.
    void add(ImportRow row);

private:
    void note(const ImportIssue &issue);

    int m_new = 0;
    int m_duplicates = 0;
    int m_invalid = 0;
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
// New rows written per batch (more than kBackupImportRows: the first batch knows about the backup).
inline constexpr int kBatchRows = 2000;

// How far an import got: `done` bytes of `total` (0: unknown) read, `rows` rows. False cancels it.
using Progress = std::function<bool(qint64 done, qint64 total, int rows)>;
// Reads an input into a plan, handing each new row to `sink` (may be null) and reporting to
// `progress` (may be empty); CsvImport::read and TaskwarriorImport::read are such readers.
using Reader = std::function<Result<ImportPlan>(QIODevice &input, ImportSink *sink, const Progress &progress)>;

// Reads `input` and writes its new rows in batches inside one transaction: all or nothing. A file
// with invalid rows is refused whole (a Validation error listing the issues) unless
// `skipInvalid`; a fatal one always is; a cancel by `progress` rolls everything back.
// `read`, when given, gets the plan as read (its issues: the rows skipped).
// More than kBackupImportRows new rows: the database is backed up before the first is written.
Result<ImportSummary> apply(Database &db, const UserContext &ctx, QIODevice &input, const Reader &reader, bool skipInvalid,
                            const Progress &progress = {}, ImportPlan *read = nullptr);
// The issues, one per line, and "… and N more problems" when there were more.
QString issuesText(const ImportPlan &plan);
// The error of a cancelled import.
Error cancelled();

} // namespace Import

} // namespace doo
