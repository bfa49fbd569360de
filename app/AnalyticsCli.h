#pragma once

namespace doo::cli {

struct Args;

// `analytics summary | series`: the dashboard's figures as text or JSON.
int runAnalyticsCommand(const Args &args);
// `export report --pdf FILE`: the dashboard as a PDF report, drawn by the installed PdfDrawing.
int runExportReport(const Args &args);

} // namespace doo::cli
