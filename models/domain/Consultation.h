#pragma once

#include "domain/Enums.h"
#include "domain/Result.h"

#include <QDateTime>

#include <optional>

class QJsonObject;

namespace doo {

struct Consultation
{
    QString id;
    QString userId; // the director who handles the request
    QString bookingId; // human-readable, unique, never reused: DO-2026-000123
    QString name;
    QString email;
    QString company;
    QString department;
    QString challenges;
    ConsultationStatus status = ConsultationStatus::Pending;
    QDateTime scheduledDate; // start; a consultation lasts kDurationMinutes
    QString notes;
    QString cancellationReason;
    bool noShow = false;
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 1;

    static constexpr int kDurationMinutes = 60; // for overlaps and calendar entries
    // The largest booking number (DO-YYYY-N): an id with a larger one is refused (on import), so
    // the counter every later booking draws from can always advance.
    static constexpr qint64 kMaxBookingNumber = 999999999;
    // The number of an id in the generated shape DO-YYYY-NNNNNN (six or more digits), -1 for any
    // other id; a number too long to read counts as larger than any limit.
    static qint64 generatedBookingNumber(const QString &bookingId);

    void normalize();
    Status validate() const;
    QJsonObject toJson() const;
};

struct ConsultationStats
{
    int total = 0;
    int pending = 0;
    int scheduled = 0;
    int completed = 0;
    int cancelled = 0;
    int noShows = 0;
    double completionRate = 0; // completed / (completed + cancelled), 0..1
    double noShowRate = 0; // no-shows / (completed + no-shows): of the meetings that came due, 0..1
    double averageDaysToConsultation = 0; // created -> scheduled date, over scheduled and completed

    QJsonObject toJson() const;
};

// One status change of a consultation (the creation has no previous status).
struct ConsultationHistoryEntry
{
    std::optional<ConsultationStatus> fromStatus;
    ConsultationStatus toStatus = ConsultationStatus::Pending;
    QDateTime changedAt;
    QString note;
};

// Requests received in one week (Monday to Sunday, UTC).
struct WeeklyCount
{
    QDate weekStart; // a Monday
    int requests = 0;
};

} // namespace doo
