// The module director-of-one-draw: what the commands that write PDF reports (`workflow run`,
// `workflow approve`, `scheduler`, `export report`) need of Qt Gui, loaded by ModuleLoader.

#include "ReportDrawing.h"
#include "RuntimeDir.h"

#include <QApplication>

// Creates the windowless application object (a QApplication for the dashboard's charts, which
// are widgets; else a QGuiApplication, enough for QPainter and fonts) and returns the drawing.
// The caller owns both. Only plain values cross to the caller: see PdfDrawing.h.
extern "C" Q_DECL_EXPORT doo::PdfDrawing *doo_start_drawing(int *argc, char **argv, bool widgets)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // no window: never needs a display
    doo::ensureRuntimeDir();
    if (widgets)
        new QApplication(*argc, argv);
    else
        new QGuiApplication(*argc, argv);
    return new doo::ReportDrawing;
}
