#pragma once

#include "domain/Result.h"
#include "domain/User.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>

namespace doo {

class Database;
class PdfDrawing;

// The contents of the files that workflow actions write (generate_report, export_data).
namespace ReportWriter {

// The translation context of this namespace's messages: Messages::tr("...").
class Messages
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)
};

// A summary of tasks, workflow runs and time saved between `from` and `to` (UTC), as
// "section,metric,value" CSV or as a one-page PDF (drawn by the installed PdfDrawing; without
// one, an error). `title` heads the report.
Result<QByteArray> report(Database &db, const UserContext &owner, const QString &title, const QDateTime &from,
                          const QDateTime &to, const QString &format);
// Every task or consultation of the owner as CSV (RFC 4180, header row, formula cells
// neutralised) or as a JSON array.
Result<QByteArray> exportData(Database &db, const UserContext &owner, const QString &kind, const QString &format);
// Installs the drawing of PDF reports for this process (not owned; null removes it). The window
// and the command's drawing module install one before any workflow runs.
void setPdfDrawing(const PdfDrawing *drawing);
// The installed drawing, or the error that this process cannot draw PDF reports.
Result<const PdfDrawing *> pdfDrawing();
// One CSV field: quoted when needed; a leading =, +, - or @ is neutralised with a quote mark.
QByteArray csvField(const QString &value);

} // namespace ReportWriter

} // namespace doo
