#include "domain/Consultation.h"

#include "domain/Validation.h"

#include <QJsonObject>

namespace doo {

void Consultation::normalize()
{
    name = name.trimmed();
    email = email.trimmed();
    company = company.trimmed();
    department = department.trimmed();
    challenges = Validation::notNull(challenges);
}

Status Consultation::validate() const
{
    if (Status s = Validation::text(QStringLiteral("name"), name, 1, Validation::kMaxName); !s)
        return s;
    if (Status s = Validation::email(QStringLiteral("email"), email); !s)
        return s;
    if (Status s = Validation::optionalText(QStringLiteral("company"), company, 200); !s)
        return s;
    if (Status s = Validation::optionalText(QStringLiteral("department"), department, 200); !s)
        return s;
    if (Status s = Validation::optionalText(QStringLiteral("challenges"), challenges, 5000); !s)
        return s;
    if (Status s = Validation::optionalText(QStringLiteral("notes"), notes, 5000); !s)
        return s;
    return Validation::optionalText(QStringLiteral("cancellationReason"), cancellationReason, 1000);
}

QJsonObject Consultation::toJson() const
{
    auto orNull = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    auto time = [](const QDateTime &t) { return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(); };
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("userId"), userId},
        {QStringLiteral("bookingId"), bookingId},
        {QStringLiteral("name"), name},
        {QStringLiteral("email"), email},
        {QStringLiteral("company"), orNull(company)},
        {QStringLiteral("department"), orNull(department)},
        {QStringLiteral("challenges"), challenges},
        {QStringLiteral("status"), toString(status)},
        {QStringLiteral("scheduledDate"), time(scheduledDate)},
        {QStringLiteral("notes"), orNull(notes)},
        {QStringLiteral("cancellationReason"), orNull(cancellationReason)},
        {QStringLiteral("noShow"), noShow},
        {QStringLiteral("createdAt"), time(createdAt)},
        {QStringLiteral("updatedAt"), time(updatedAt)},
        {QStringLiteral("version"), version},
    };
}

QJsonObject ConsultationStats::toJson() const
{
    return {
        {QStringLiteral("total"), total},
        {QStringLiteral("pending"), pending},
        {QStringLiteral("scheduled"), scheduled},
        {QStringLiteral("completed"), completed},
        {QStringLiteral("cancelled"), cancelled},
        {QStringLiteral("noShows"), noShows},
        {QStringLiteral("completionRate"), completionRate},
        {QStringLiteral("noShowRate"), noShowRate},
        {QStringLiteral("averageDaysToConsultation"), averageDaysToConsultation},
    };
}

} // namespace doo
