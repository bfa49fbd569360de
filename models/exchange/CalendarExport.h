#pragma once

#include "domain/Result.h"
#include "domain/User.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>

namespace doo {

class Database;
struct Consultation;
struct Task;

// An iCalendar file (RFC 5545) that calendar programs import: every SCHEDULED consultation as a
// VEVENT of Consultation::kDurationMinutes, every task with a due date as a VTODO. UIDs are
// stable (<booking id>@director-of-one, <task id>@director-of-one), so importing a newer file
// updates the entries instead of doubling them; SEQUENCE follows the row version. Times are UTC
// ("Z"); every value made from stored text is escaped — TEXT (UIDs included) as \\ \; \, \n
// without control characters, the attendee's name quoted without quotes or control characters,
// the address percent-encoded — so no stored text can start a line or a property of its own.
// Lines end with CRLF and are folded at 75 octets.
namespace CalendarExport {

// The translation context of this namespace's messages: Messages::tr("...").
class Messages
{
    Q_DECLARE_TR_FUNCTIONS(CalendarExport)
};

Result<QByteArray> build(Database &db, const UserContext &ctx, const QDateTime &stamp);
QByteArray write(const QList<Consultation> &consultations, const QList<Task> &tasks, const QDateTime &stamp);

// RFC 5545 TEXT escaping and line folding, exposed for tests.
QString escapeText(const QString &text);
QByteArray foldLine(const QByteArray &line);

} // namespace CalendarExport

} // namespace doo
