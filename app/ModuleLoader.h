#pragma once

namespace doo {

// The one loader of the program's modules: director-of-one-gui.so, next to the executable in the
// build tree, else in <libdir>/director-of-one. Never from the current folder or a search path.

// Runs the window (the module's doo_run_gui).
int runGuiModule(int &argc, char **argv);
// Runs a command that needs Qt Gui (`workflow`, `scheduler`, `analytics`, `export report`)
// through the module's doo_run_gui_command, which gives it a windowless QGuiApplication.
int runGuiCommand(int &argc, char **argv);

} // namespace doo
