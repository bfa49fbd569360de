#pragma once

namespace doo {

// Loads the window module (director-of-one-gui.so: next to the executable in the build tree,
// else in <libdir>/director-of-one) and runs its doo_run_gui. The executable itself links no
// Qt Gui, so commands start without it.
int runGuiModule(int &argc, char **argv);
// Runs a command that needs Qt Gui (`workflow`, `scheduler`) through the module's
// doo_run_gui_command, which gives it a windowless QGuiApplication.
int runGuiCommand(int &argc, char **argv);

} // namespace doo
