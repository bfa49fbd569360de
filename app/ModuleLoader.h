#pragma once

#include "domain/Result.h"

#include <memory>

namespace doo::cli {
struct Args;
}

namespace doo {

class PdfDrawing;
struct DatabaseUrl;

// The one loader of the program's modules, by name: director-of-one-gui.so (the window) and
// director-of-one-draw.so (the drawing of PDF reports), next to the executable in the build tree,
// else in <libdir>/director-of-one. Never from the current folder or a search path. A loaded
// module stays loaded until the process ends.

// Runs the window: the module director-of-one-gui's doo_run_gui, with the arguments main parsed.
int runGuiModule(int &argc, char **argv, const cli::Args &args);

// Loads director-of-one-draw and calls its doo_start_drawing, which creates the windowless
// application object (a QApplication when `widgets`, for the dashboard's charts; else a
// QGuiApplication; the offscreen platform unless QT_QPA_PLATFORM is set) and returns the drawing.
// The caller owns both: the drawing returned here, the application as QCoreApplication::instance().
Result<std::unique_ptr<PdfDrawing>> startDrawingModule(int &argc, char **argv, bool widgets);

// The password of a PostgreSQL URL from the system keychain, through director-of-one-keychain,
// when there is a session bus (DBUS_SESSION_BUS_ADDRESS set, not "disabled:"); empty when there is
// none, nothing is stored, or the keychain does not answer within a few seconds. libpq's own
// PGPASSWORD and ~/.pgpass apply then.
QString keychainPassword(const DatabaseUrl &url);

} // namespace doo
