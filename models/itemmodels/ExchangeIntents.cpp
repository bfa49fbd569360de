#include "itemmodels/ExchangeIntents.h"

#include "domain/Clock.h"
#include "exchange/CalendarExport.h"
#include "exchange/CsvExport.h"
#include "exchange/CsvImport.h"
#include "exchange/TaskwarriorImport.h"

namespace doo {

ExchangeIntents::ExchangeIntents(Database &db, UserContext ctx, QObject *parent)
    : QObject(parent), m_db(db), m_ctx(std::move(ctx))
{ }

Result<ImportPlan> ExchangeIntents::planImport(ImportPlan::Kind kind, Format format, const QByteArray &bytes)
{
    if (format == Format::Taskwarrior) {
        Q_ASSERT(kind == ImportPlan::Kind::Tasks);
        return TaskwarriorImport(m_db, m_ctx).plan(bytes);
    }
    return CsvImport(m_db, m_ctx).plan(kind, bytes);
}

Result<ImportSummary> ExchangeIntents::applyImport(const ImportPlan &plan, bool skipInvalid)
{
    auto summary = Import::apply(m_db, m_ctx, plan, skipInvalid);
    if (summary && summary->imported > 0)
        Q_EMIT imported(plan.kind);
    return summary;
}

Result<QByteArray> ExchangeIntents::exportCsv(ImportPlan::Kind kind)
{
    return kind == ImportPlan::Kind::Tasks ? CsvExport::tasks(m_db, m_ctx) : CsvExport::consultations(m_db, m_ctx);
}

Result<QByteArray> ExchangeIntents::exportCalendar()
{
    return CalendarExport::build(m_db, m_ctx, Clock::currentUtc());
}

} // namespace doo
