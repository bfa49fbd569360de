#include "exchange/ImportPlan.h"

#include "db/AutoBackup.h"
#include "db/Database.h"
#include "db/Transaction.h"
#include "repositories/ConsultationRepository.h"
#include "repositories/TaskRepository.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <memory>

namespace doo {

QString ImportIssue::text() const
{
    QString where = Import::Messages::tr("line %1").arg(line);
    if (column > 0) {
        where += Import::Messages::tr(", column %1").arg(column);
        if (!columnName.isEmpty())
            where += QStringLiteral(" (%1)").arg(columnName);
    }
    return where + QStringLiteral(": ") + reason;
}

int ImportPlan::count(RowFate fate) const
{
    return fate == RowFate::New ? m_new : fate == RowFate::Duplicate ? m_duplicates : m_invalid;
}

void ImportPlan::note(const ImportIssue &issue)
{
    if (issues.size() < kMaxIssues)
        issues << issue;
    else
        ++moreIssues;
}

void ImportPlan::reject(ImportRow &row, const ImportIssue &issue)
{
    if (row.fate != RowFate::Invalid)
        row.message = issue.text();
    row.fate = RowFate::Invalid;
    row.issues << issue;
}

void ImportPlan::refuse(const ImportIssue &issue)
{
    fatal = true;
    note(issue);
}

void ImportPlan::add(ImportRow row)
{
    (row.fate == RowFate::New ? m_new : row.fate == RowFate::Duplicate ? m_duplicates : m_invalid) += 1;
    for (const ImportIssue &issue : std::as_const(row.issues))
        note(issue);
    row.issues.clear();
    if (rows.size() < kPreviewRows)
        rows << std::move(row);
}

QJsonObject ImportSummary::toJson() const
{
    return {
        {QStringLiteral("imported"), imported}, {QStringLiteral("duplicates"), duplicates}, {QStringLiteral("skipped"), skipped}};
}

namespace Import {

QString issuesText(const ImportPlan &plan)
{
    QStringList lines;
    for (const ImportIssue &issue : plan.issues)
        lines << issue.text();
    if (plan.moreIssues > 0)
        lines << Messages::tr("… and %Ln more problems", nullptr, plan.moreIssues);
    return lines.join(QLatin1Char('\n'));
}

Error cancelled()
{
    return Error::validation(QStringLiteral("file"), Messages::tr("the import was cancelled; nothing was written"));
}

namespace {

// The new rows of an import, written kBatchRows at a time in one transaction, opened with the
// first batch (after the backup a big import gets).
class Writer : public ImportSink
{
public:
    Writer(Database &db, const UserContext &ctx) : m_db(db), m_ctx(ctx) { }

    Status addTask(const Task &task, const QString &ref, const QString &consultationId) override
    {
        m_tasks << task;
        m_refs << ref;
        m_consultationIds << consultationId;
        return m_tasks.size() >= kBatchRows ? flush() : Status();
    }
    Status addConsultation(const Consultation &consultation, const QString &ref) override
    {
        m_consultations << consultation;
        m_refs << ref;
        return m_consultations.size() >= kBatchRows ? flush() : Status();
    }
    Status commit()
    {
        if (Status s = flush(); !s)
            return s;
        return m_tx ? m_tx->commit() : Status();
    }
    void rollback()
    {
        if (m_tx)
            m_tx->rollback();
    }
    int written() const { return m_written; }

private:
    Status flush()
    {
        const qsizetype pending = m_tasks.size() + m_consultations.size();
        if (pending == 0)
            return {};
        if (!m_tx) {
            // A big import is hard to take back row by row: the database is backed up first.
            if (m_written + pending > kBackupImportRows) {
                if (Status s = AutoBackup::beforeChange(m_db, QStringLiteral("import")); !s)
                    return s;
            }
            m_tx = std::make_unique<Transaction>(m_db);
            if (!m_tx->isActive())
                return m_tx->status();
        }
        if (!m_tasks.isEmpty()) {
            const auto inserted = TaskRepository(m_db, m_ctx).bulkInsert(m_tasks, m_refs, m_consultationIds);
            if (!inserted)
                return inserted.error();
        } else {
            const auto inserted = ConsultationRepository(m_db, m_ctx).insertImported(m_consultations, m_refs);
            if (!inserted)
                return inserted.error();
        }
        m_written += int(pending);
        m_tasks.clear();
        m_consultations.clear();
        m_refs.clear();
        m_consultationIds.clear();
        return {};
    }

    Database &m_db;
    const UserContext &m_ctx;
    std::unique_ptr<Transaction> m_tx;
    QList<Task> m_tasks;
    QList<Consultation> m_consultations;
    QStringList m_refs;
    QStringList m_consultationIds;
    int m_written = 0;
};

} // namespace

Result<ImportSummary> apply(Database &db, const UserContext &ctx, QIODevice &input, const Reader &reader, bool skipInvalid,
                            const Progress &progress, ImportPlan *read)
{
    Writer writer(db, ctx);
    const auto plan = reader(input, &writer, progress);
    if (!plan) {
        writer.rollback();
        return plan.error();
    }
    if (read)
        *read = *plan;
    if (plan->fatal || (plan->hasInvalid() && !skipInvalid)) {
        writer.rollback();
        const int bad = plan->count(RowFate::Invalid);
        const QString message = plan->fatal
            ? Messages::tr("the file cannot be imported; nothing was written:")
            : Messages::tr("%1 of %2 rows cannot be imported; nothing was written (--skip-invalid imports the others):")
                  .arg(bad)
                  .arg(plan->rowCount());
        return Error::validation(QStringLiteral("file"), message + QLatin1Char('\n') + issuesText(*plan));
    }
    if (Status s = writer.commit(); !s)
        return s.error();
    db.optimize(); // many new rows: let the planner know
    ImportSummary summary;
    summary.imported = writer.written();
    summary.duplicates = plan->count(RowFate::Duplicate);
    summary.skipped = plan->count(RowFate::Invalid);
    return summary;
}

} // namespace Import

} // namespace doo
