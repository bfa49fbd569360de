#include "domain/User.h"

#include "domain/Validation.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTimeZone>

namespace doo {

void User::normalize()
{
    email = email.trimmed().toLower();
    name = name.trimmed();
    company = company.trimmed();
    department = department.trimmed();
}

Status User::validate() const
{
    if (Status s = Validation::email(QStringLiteral("email"), email); !s)
        return s;
    if (Status s = Validation::text(QStringLiteral("name"), name, 1, Validation::kMaxName); !s)
        return s;
    if (Status s = Validation::optionalText(QStringLiteral("company"), company, 200); !s)
        return s;
    if (Status s = Validation::optionalText(QStringLiteral("department"), department, 200); !s)
        return s;
    if (!timeZone.isEmpty() && (timeZone.size() > 64 || !QTimeZone(timeZone.toUtf8()).isValid()))
        return Error::validation(QStringLiteral("timeZone"),
                                 User::tr("unknown time zone \"%1\" (use an IANA name such as "
                                          "Europe/Berlin, or leave it empty for the computer's zone)")
                                     .arg(timeZone));
    return {};
}

QJsonObject User::toJson() const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("email"), email},
        {QStringLiteral("name"), name},
        {QStringLiteral("company"), company.isEmpty() ? QJsonValue() : QJsonValue(company)},
        {QStringLiteral("department"), department.isEmpty() ? QJsonValue() : QJsonValue(department)},
        {QStringLiteral("role"), toString(role)},
        {QStringLiteral("isActive"), isActive},
        {QStringLiteral("onboardingCompleted"), onboardingCompleted},
        {QStringLiteral("timeZone"), timeZone},
        {QStringLiteral("createdAt"), createdAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("updatedAt"), updatedAt.toUTC().toString(Qt::ISODateWithMs)},
    };
}

} // namespace doo
