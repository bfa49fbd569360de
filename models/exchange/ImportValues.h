#pragma once

#include "domain/Enums.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace doo::ImportValues {

// The translation context of this namespace's messages: Messages::tr("...").
class Messages
{
    Q_DECLARE_TR_FUNCTIONS(ImportValues)
};

// A status by its name (TODO, IN_PROGRESS, ...; case and spaces ignored).
std::optional<TaskStatus> taskStatus(const QString &text);
// "unknown value "x" (use A, B, C)".
template<typename E>
QString unknown(const QString &text)
{
    return Messages::tr("unknown value \"%1\" (use %2)").arg(text, enumNames<E>().join(QStringLiteral(", ")));
}
// ISO 8601 date and time: with Z or an offset it is that instant, without a zone local time;
// "YYYY-MM-DD HH:MM[:SS]" too. A date alone is the end of that day (local) when
// `dateMeansEndOfDay`, else its start. The result is UTC.
Result<QDateTime> dateTime(const QString &text, bool dateMeansEndOfDay);
// Tags separated by ';' or ','.
QStringList tags(const QString &text);
std::optional<bool> boolean(const QString &text);
// The CSV column of a validation field: "cancellationReason" -> "cancellation_reason", "tags[2]" -> "tags".
QString columnOf(const QString &field);

} // namespace doo::ImportValues
