#pragma once

#include "domain/DashboardData.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace doo {

// One line of the workflow figures report: section "Tasks", metric "Created", value "12".
struct ReportRow
{
    QString section;
    QString metric;
    QString value;
};

// Draws the PDF reports. Drawing needs Qt Gui (fonts, QPainter, the charts), which the engine,
// the scheduler and the command line do not link: the window provides an implementation at start
// (ReportDrawing in ui/), and the command line gets one from the module director-of-one-draw,
// which ModuleLoader loads for the commands that write reports. ReportWriter::setPdfDrawing
// installs it for the process.
//
// Only plain values go in and out: the executable and a module each hold their own copy of the
// static libraries, so no object of one copy (a model, a Database) may reach the other.
// The implementations keep no state: a scheduler thread may draw while the window does.
class PdfDrawing
{
public:
    virtual ~PdfDrawing() = default;

    // The workflow figures report (generate_report with "format": "pdf"): one A4 page with
    // `title`, the `period` line under it, then the rows grouped by section.
    virtual Result<QByteArray> figuresReport(const QString &title, const QString &period, const QList<ReportRow> &rows) const = 0;
    // The dashboard of `data` (summary, charts, top workflows) as an A4 report written to `path`
    // through QSaveFile: when writing fails, an existing file stays as it was. `who` is named
    // under the title.
    virtual Status dashboardReport(const QString &path, const DashboardData &data, const QString &who) const = 0;
};

} // namespace doo
