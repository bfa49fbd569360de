#pragma once

namespace doo::cli {
struct Args;
}

namespace doo {

// Builds the QApplication, opens the database, and shows the main window. Part of the module
// director-of-one-gui, entered through doo_run_gui (see ModuleLoader.h).
int runGui(int &argc, char **argv, const cli::Args &args);

} // namespace doo

extern "C" int doo_run_gui(int *argc, char **argv, const doo::cli::Args *args);
