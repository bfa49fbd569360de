#pragma once

#include "workflow/PdfDrawing.h"

namespace doo {

// The PDF reports drawn with Qt Gui: the workflow figures page with QPainter, the dashboard
// through DashboardReport (its charts are Qt Charts widgets, so that one needs a QApplication).
// Installed by the window at start and returned by the drawing module to the command line.
class ReportDrawing : public PdfDrawing
{
public:
    Result<QByteArray> figuresReport(const QString &title, const QString &period, const QList<ReportRow> &rows) const override;
    Status dashboardReport(const QString &path, const DashboardData &data, const QString &who) const override;
};

} // namespace doo
