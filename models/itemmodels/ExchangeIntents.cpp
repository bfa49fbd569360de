#include "itemmodels/ExchangeIntents.h"

#include "domain/Clock.h"
#include "exchange/CalendarExport.h"
#include "exchange/CsvExport.h"
#include "exchange/CsvImport.h"
#include "exchange/ImportInput.h"
#include "exchange/TaskwarriorImport.h"

#include <QCoreApplication>
#include <QIODevice>

namespace doo {

ExchangeIntents::ExchangeIntents(Database &db, UserContext ctx, QObject *parent)
    : QObject(parent), m_db(db), m_ctx(std::move(ctx))
{ }

Import::Reader ExchangeIntents::reader(ImportPlan::Kind kind, Format format)
{
    if (format == Format::Taskwarrior) {
        Q_ASSERT(kind == ImportPlan::Kind::Tasks);
        return [this](QIODevice &input, ImportSink *sink, const Import::Progress &progress) {
            return TaskwarriorImport(m_db, m_ctx).read(input, sink, progress);
        };
    }
    return [this, kind](QIODevice &input, ImportSink *sink, const Import::Progress &progress) {
        return CsvImport(m_db, m_ctx).read(kind, input, sink, progress);
    };
}

Result<ImportPlan> ExchangeIntents::planImport(ImportPlan::Kind kind, Format format, const QString &path)
{
    const auto input = Import::openInput(path);
    if (!input)
        return input.error();
    return reader(kind, format)(**input, nullptr, {});
}

Result<ImportSummary> ExchangeIntents::applyImport(ImportPlan::Kind kind, Format format, const QString &path, bool skipInvalid)
{
    const auto input = Import::openInput(path);
    if (!input)
        return input.error();
    m_cancel = false;
    const auto progress = [this](qint64 done, qint64 total, int rows) {
        Q_EMIT this->progress(done, total, rows);
        QCoreApplication::processEvents(); // a Cancel button gets its click
        return !m_cancel;
    };
    auto summary = Import::apply(m_db, m_ctx, **input, reader(kind, format), skipInvalid, progress);
    if (summary && summary->imported > 0)
        Q_EMIT imported(kind);
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
