#pragma once

#include "domain/Consultation.h"
#include "domain/Page.h"
#include "repositories/Repository.h"

#include <optional>

namespace doo {

class Transaction;

struct ConsultationFilter
{
    std::optional<ConsultationStatus> status;
    QDateTime createdFrom;   // inclusive
    QDateTime createdBefore; // exclusive
    QString text;            // contained in booking id, name, email, company or department (LIKE, escaped)
    int limit = 50;          // 1..1000
    int offset = 0;
};

// Consultation requests of the current user (all for an ADMIN). Status changes are only the
// valid ones: PENDING -> SCHEDULED -> (SCHEDULED again = reschedule) -> COMPLETED, and
// PENDING|SCHEDULED -> CANCELLED. Each change writes a consultation_history row in the same
// transaction.
class ConsultationRepository : public Repository
{
public:
    ConsultationRepository(Database &db, UserContext ctx);

    // Validates, generates a unique human-readable booking id (DO-<year>-<6 digits>, from a
    // counter that never goes back), status PENDING.
    Result<Consultation> create(Consultation consultation);
    Result<Consultation> findById(const QString &id);
    Result<Consultation> findByBookingId(const QString &bookingId);
    Result<Page<Consultation>> findAll(const ConsultationFilter &filter = {});
    Result<Consultation> schedule(const QString &id, const QDateTime &when);
    Result<Consultation> complete(const QString &id, const QString &notes = {});
    Result<Consultation> cancel(const QString &id, const QString &reason);
    Result<ConsultationStats> getStats();

private:
    QString whereClause(const ConsultationFilter &filter, QVariantList &values) const;
    Result<qint64> nextBookingNumber();
    Status recordHistory(const QString &consultationId, std::optional<ConsultationStatus> from, ConsultationStatus to,
                         const QDateTime &at, const QString &note);
    // Writes the changed status fields of `changed` (read in this transaction), its history row, and commits.
    Result<Consultation> saveTransition(Transaction &tx, Consultation changed, ConsultationStatus from,
                                        const QString &note);
};

} // namespace doo
