#pragma once

#include <QStringList>

namespace doo::cli {

struct Args;

// `analytics summary | series`: the dashboard's figures as text or JSON.
int runAnalyticsCommand(const Args &args);
// `export report --pdf FILE`: the dashboard as a PDF report, drawn by the installed PdfDrawing.
int runExportReport(const Args &args);
// The options its commands take with a value, from its table (for Args::parse).
QStringList analyticsValueOptions();

} // namespace doo::cli
