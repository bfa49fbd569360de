#include "domain/Consultation.h"

#include "domain/LocaleFormat.h"
#include "domain/Validation.h"

#include <QJsonObject>
#include <QRegularExpression>

#include <limits>

namespace doo {

void Consultation::normalize()
{
    name = name.trimmed();
    email = email.trimmed();
    company = company.trimmed();
    department = department.trimmed();
    challenges = Validation::notNull(challenges);
}

qint64 Consultation::generatedBookingNumber(const QString &bookingId)
{
    static const QRegularExpression generated(QStringLiteral("^DO-\\d{4}-(\\d{6,})$"));
    const auto m = generated.match(bookingId);
    if (!m.hasMatch())
        return -1;
    bool ok = false;
    const qint64 number = m.captured(1).toLongLong(&ok);
    return ok ? number : std::numeric_limits<qint64>::max();
}

Status Consultation::validate() const
{
    if (generatedBookingNumber(bookingId) > kMaxBookingNumber)
        return Error::validation(QStringLiteral("bookingId"),
                                 Validation::Messages::tr("the number of %1 is larger than the largest booking number, %2")
                                     .arg(bookingId, LocaleFormat::integer(kMaxBookingNumber)));
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
