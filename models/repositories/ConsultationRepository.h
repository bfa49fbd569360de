#pragma once

#include "domain/Consultation.h"
#include "domain/Page.h"
#include "repositories/Repository.h"

#include <functional>
#include <optional>

#include <QCoreApplication>

namespace doo {

struct ConsultationFilter
{
    std::optional<ConsultationStatus> status;
    QDateTime createdFrom; // inclusive
    QDateTime createdBefore; // exclusive
    QString text; // contained in booking id, name, email, company or department (LIKE, escaped)
    int limit = 50; // 1..1000
    int offset = 0;
};

// Consultation requests of the current user (all for an ADMIN). Status changes are only the
// valid ones, checked here (not only in the widgets):
//   schedule    PENDING   -> SCHEDULED
//   reschedule  SCHEDULED -> SCHEDULED (another date)
//   complete    SCHEDULED -> COMPLETED (outcome notes)
//   cancel      PENDING | SCHEDULED -> CANCELLED (reason)
//   no-show     SCHEDULED -> CANCELLED with the no-show flag, once the start has passed
// Anything else is a Validation error on the field "status" and changes nothing. Each change
// writes a consultation_history row in the same transaction; the database triggers of migration
// 003 turn it into a consultation.<status> workflow event.
class ConsultationRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(ConsultationRepository)

public:
    ConsultationRepository(Database &db, UserContext ctx);

    // Validates, generates a unique human-readable booking id (DO-<year>-<6 digits>, from a
    // counter that never goes back), status PENDING.
    Result<Consultation> create(Consultation consultation);
    // Saves the request's details (name, email, company, department, challenges); the version
    // must match (else Conflict). The status and its dates change only through the transitions.
    Result<Consultation> update(const Consultation &consultation);
    Result<Consultation> findById(const QString &id);
    Result<Consultation> findByBookingId(const QString &bookingId);
    Result<Page<Consultation>> findAll(const ConsultationFilter &filter = {});
    Result<Consultation> schedule(const QString &id, const QDateTime &when);
    Result<Consultation> reschedule(const QString &id, const QDateTime &when);
    Result<Consultation> complete(const QString &id, const QString &notes = {});
    Result<Consultation> cancel(const QString &id, const QString &reason);
    Result<Consultation> markNoShow(const QString &id);
    // Deletes the request with its history; linked tasks stay on the board, unlinked (the foreign
    // key sets them NULL). The version must match (else Conflict): what the user confirmed is
    // what goes.
    Status remove(const QString &id, int version);
    Result<ConsultationStats> getStats();
    // Changes whenever a visible consultation is added, changed or deleted (every change bumps
    // its version): compared, it tells whether the view needs reading again.
    Result<QString> changeMark();

    // Status changes, oldest first.
    Result<QList<ConsultationHistoryEntry>> history(const QString &id);
    // The other SCHEDULED consultations of the same owner whose hour overlaps one starting at
    // `when` (a warning for the user, not a refusal).
    Result<QList<Consultation>> overlapping(const QDateTime &when, const QString &exceptId = {});
    // Requests received per week, the `weeks` weeks up to and including the one of `now`;
    // weeks without requests count 0.
    Result<QList<WeeklyCount>> requestsPerWeek(int weeks, const QDateTime &now);
    // Links the task to the consultation (an empty consultationId unlinks). Both must be visible.
    Status linkTask(const QString &taskId, const QString &consultationId);

    // Imports (CSV): inserts consultations as they are (status, dates, booking id, notes) with a
    // history row "imported", in the caller's transaction. A booking id in the DO-YYYY-NNNNNN
    // form moves the counter past its number, so it is never generated again; an empty one is
    // generated. `externalRefs` (same length, may hold empties) are remembered for re-imports.
    Result<int> insertImported(QList<Consultation> consultations, const QStringList &externalRefs);

private:
    QString whereClause(const ConsultationFilter &filter, QVariantList &values) const;
    Result<qint64> nextBookingNumber();
    // The INSERT of one row with every column and its import reference (none: NULL).
    Status insert(const Consultation &c, const QString &externalRef);
    Status recordHistory(const QString &consultationId, std::optional<ConsultationStatus> from, ConsultationStatus to,
                         const QDateTime &at, const QString &note);
    // A status change in one transaction: loads the consultation, refuses it (naming its status)
    // unless `allowed` accepts its status, lets `change` set the new fields and return the history
    // note (or an error), then writes the fields and the history row (version-checked) and commits.
    Result<Consultation> transition(const QString &id, const std::function<const char *(ConsultationStatus from)> &refusal,
                                    const std::function<Result<QString>(Consultation &)> &change);
};

} // namespace doo
