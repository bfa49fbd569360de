#pragma once

#include "domain/Enums.h"
#include "domain/Result.h"

#include <QDateTime>

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
    QDateTime scheduledDate;
    QString notes;
    QString cancellationReason;
    bool noShow = false;
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 1;

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
    double completionRate = 0;  // completed / (completed + cancelled), 0..1
    double noShowRate = 0;      // no-shows / completed + cancelled, 0..1
    double averageDaysToConsultation = 0; // created -> scheduled date, over scheduled and completed

    QJsonObject toJson() const;
};

} // namespace doo
