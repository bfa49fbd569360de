#include "exchange/ImportPlan.h"

#include "db/AutoBackup.h"
#include "db/Database.h"
#include "db/Query.h"
#include "db/Transaction.h"
#include "repositories/ConsultationRepository.h"
#include "repositories/TaskRepository.h"

#include <QCoreApplication>
#include <QJsonObject>

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
    return int(std::count_if(rows.cbegin(), rows.cend(), [fate](const ImportRow &r) { return r.fate == fate; }));
}

void ImportPlan::reject(ImportRow &row, const ImportIssue &issue)
{
    row.fate = RowFate::Invalid;
    if (row.message.isEmpty())
        row.message = issue.text();
    issues << issue;
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
    return lines.join(QLatin1Char('\n'));
}

Result<ImportSummary> apply(Database &db, const UserContext &ctx, const ImportPlan &plan, bool skipInvalid)
{
    if (plan.fatal || (plan.hasInvalid() && !skipInvalid)) {
        const int bad = plan.count(RowFate::Invalid);
        const QString message = plan.fatal
            ? Messages::tr("the file cannot be imported; nothing was written:")
            : Messages::tr("%1 of %2 rows cannot be imported; nothing was written (--skip-invalid imports the others):")
                  .arg(bad)
                  .arg(plan.rows.size());
        return Error::validation(QStringLiteral("file"), message + QLatin1Char('\n') + issuesText(plan));
    }
    // A big import is hard to take back row by row: the database is backed up first.
    if (plan.tasks.size() + plan.consultations.size() > kBackupImportRows) {
        if (Status s = AutoBackup::beforeChange(db, QStringLiteral("import")); !s)
            return s.error();
    }
    ImportSummary summary;
    summary.duplicates = plan.count(RowFate::Duplicate);
    summary.skipped = plan.count(RowFate::Invalid);
    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    if (plan.kind == ImportPlan::Kind::Tasks) {
        if (!plan.tasks.isEmpty()) {
            const auto inserted = TaskRepository(db, ctx).bulkInsert(plan.tasks);
            if (!inserted)
                return inserted.error();
        }
        for (qsizetype i = 0; i < plan.tasks.size(); ++i) {
            const QString ref = plan.taskRefs.value(i);
            const QString consultation = plan.taskConsultationIds.value(i);
            if (ref.isEmpty() && consultation.isEmpty())
                continue;
            Query q(db);
            if (!q.exec(QStringLiteral("UPDATE task SET external_ref = ?, consultation_id = ? WHERE id = ?"),
                        {Database::nullIfEmpty(ref), Database::nullIfEmpty(consultation), plan.tasks.at(i).id}))
                return q.error();
        }
        summary.imported = int(plan.tasks.size());
    } else {
        const auto inserted = ConsultationRepository(db, ctx).insertImported(plan.consultations, plan.consultationRefs);
        if (!inserted)
            return inserted.error();
        summary.imported = *inserted;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return summary;
}

} // namespace Import

} // namespace doo
