#include "itemmodels/ConsultationIntents.h"

#include "itemmodels/WriteRetry.h"

#include "domain/Clock.h"
#include "itemmodels/ConsultationAgendaModel.h"
#include "itemmodels/ConsultationTableModel.h"
#include "db/Transaction.h"
#include "repositories/ConsultationRepository.h"
#include "repositories/TaskRepository.h"

namespace doo {

ConsultationIntents::ConsultationIntents(Database &db, UserContext ctx, QObject *parent)
    : QObject(parent),
      m_db(db),
      m_ctx(std::move(ctx)),
      m_model(new ConsultationTableModel(db, m_ctx, this)),
      m_agenda(new ConsultationAgendaModel(m_model, this))
{ }

ConsultationIntents::~ConsultationIntents() = default;

Result<Consultation> ConsultationIntents::write(const QString &what, const std::function<Result<Consultation>()> &change)
{
    return WriteRetry::run<Result<Consultation>>(m_db, what, change);
}

void ConsultationIntents::reload()
{
    const auto mark = ConsultationRepository(m_db, m_ctx).changeMark(); // before reading: a change in between shows next time
    m_mark = mark ? *mark : QString();
    m_model->select();
    m_agenda->rebuild();
}

bool ConsultationIntents::isStale()
{
    const auto mark = ConsultationRepository(m_db, m_ctx).changeMark();
    return !mark || *mark != m_mark;
}

Result<Consultation> ConsultationIntents::consultation(const QString &id)
{
    return ConsultationRepository(m_db, m_ctx).findById(id);
}

Result<ConsultationDetail> ConsultationIntents::detail(const QString &id)
{
    ConsultationRepository repo(m_db, m_ctx);
    auto c = repo.findById(id);
    if (!c)
        return c.error();
    auto history = repo.history(id);
    if (!history)
        return history.error();
    TaskFilter filter;
    filter.consultationId = id;
    auto tasks = TaskRepository(m_db, m_ctx).list(filter);
    if (!tasks)
        return tasks.error();
    return ConsultationDetail{c.takeValue(), history.takeValue(), tasks.takeValue()};
}

Result<ConsultationStats> ConsultationIntents::stats()
{
    return ConsultationRepository(m_db, m_ctx).getStats();
}

Result<QList<WeeklyCount>> ConsultationIntents::requestsPerWeek(int weeks)
{
    return ConsultationRepository(m_db, m_ctx).requestsPerWeek(weeks, Clock::currentUtc());
}

Result<QList<Consultation>> ConsultationIntents::overlapping(const QDateTime &when, const QString &exceptId)
{
    return ConsultationRepository(m_db, m_ctx).overlapping(when, exceptId);
}

Result<Consultation> ConsultationIntents::requestConsultation(const Consultation &request)
{
    return write(WriteRetry::tr("the consultation request from %1").arg(request.name),
                 [&] { return ConsultationRepository(m_db, m_ctx).create(request); });
}

Result<Consultation> ConsultationIntents::editConsultation(const Consultation &edited)
{
    return ConsultationRepository(m_db, m_ctx).update(edited);
}

Result<Consultation> ConsultationIntents::scheduleConsultation(const QString &id, const QDateTime &when)
{
    return write(WriteRetry::tr("scheduling the consultation"),
                 [&] { return ConsultationRepository(m_db, m_ctx).schedule(id, when); });
}

Result<Consultation> ConsultationIntents::rescheduleConsultation(const QString &id, const QDateTime &when)
{
    return write(WriteRetry::tr("rescheduling the consultation"),
                 [&] { return ConsultationRepository(m_db, m_ctx).reschedule(id, when); });
}

Result<Consultation> ConsultationIntents::completeConsultation(const QString &id, const QString &notes)
{
    return write(WriteRetry::tr("completing the consultation"),
                 [&] { return ConsultationRepository(m_db, m_ctx).complete(id, notes); });
}

Result<Consultation> ConsultationIntents::cancelConsultation(const QString &id, const QString &reason)
{
    return write(WriteRetry::tr("cancelling the consultation"),
                 [&] { return ConsultationRepository(m_db, m_ctx).cancel(id, reason); });
}

Result<Consultation> ConsultationIntents::markNoShow(const QString &id)
{
    return write(WriteRetry::tr("marking the consultation as no-show"),
                 [&] { return ConsultationRepository(m_db, m_ctx).markNoShow(id); });
}

Status ConsultationIntents::deleteConsultation(const Consultation &shown)
{
    // After an unknown commit the request being gone means the delete landed.
    const auto landed = [&]() -> std::optional<Status> {
        const auto still = ConsultationRepository(m_db, m_ctx).findById(shown.id);
        if (still)
            return std::nullopt;
        return still.error().kind == Error::Kind::NotFound ? Status() : Status(still.error());
    };
    return WriteRetry::run<Status>(
        m_db, WriteRetry::tr("deleting the consultation %1").arg(shown.bookingId),
        [&] { return ConsultationRepository(m_db, m_ctx).remove(shown.id, shown.version); }, landed);
}

Result<Task> ConsultationIntents::addLinkedTask(const QString &consultationId, const QString &title)
{
    return WriteRetry::run<Result<Task>>(m_db, WriteRetry::tr("the linked task \"%1\"").arg(title),
                                         [&] { return writeLinkedTask(consultationId, title); });
}

Result<Task> ConsultationIntents::writeLinkedTask(const QString &consultationId, const QString &title)
{
    Task t;
    t.title = title;
    Transaction tx(m_db);
    if (Status begun = tx.status(); !begun)
        return begun.error();
    auto created = TaskRepository(m_db, m_ctx).create(t);
    if (!created)
        return created;
    if (Status linked = ConsultationRepository(m_db, m_ctx).linkTask(created->id, consultationId); !linked)
        return linked.error();
    if (Status committed = tx.commit(); !committed)
        return committed.error();
    return created;
}

} // namespace doo
