#pragma once

#include "domain/Result.h"
#include "domain/User.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>

namespace doo {

class Database;

// The contents of the files that workflow actions write (generate_report, export_data).
namespace ReportWriter {

// The translation context of this namespace's messages: Messages::tr("...").
class Messages
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)
};

// A summary of tasks, workflow runs and time saved between `from` and `to` (UTC), as
// "section,metric,value" CSV or as a one-page PDF. `title` heads the report.
Result<QByteArray> report(Database &db, const UserContext &owner, const QString &title, const QDateTime &from,
                          const QDateTime &to, const QString &format);
// Every task or consultation of the owner as CSV (RFC 4180, header row, formula cells
// neutralised) or as a JSON array.
Result<QByteArray> exportData(Database &db, const UserContext &owner, const QString &kind, const QString &format);
// One CSV field: quoted when needed; a leading =, +, - or @ is neutralised with a quote mark.
QByteArray csvField(const QString &value);

} // namespace ReportWriter

} // namespace doo
