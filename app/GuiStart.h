#pragma once

#include <QCoreApplication>

namespace doo::cli {
struct Args;
}

namespace doo {

// The translation context of the start-up messages: GuiStart::tr("...").
class GuiStart
{
    Q_DECLARE_TR_FUNCTIONS(GuiStart)
};

// Builds the QApplication, opens the database, and shows the main window. Part of the module
// director-of-one-gui, entered through doo_run_gui (see ModuleLoader.h).
int runGui(int &argc, char **argv, const cli::Args &args);

} // namespace doo

extern "C" int doo_run_gui(int *argc, char **argv, const doo::cli::Args *args);
