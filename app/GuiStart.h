#pragma once

namespace doo::cli {
struct Args;
}

namespace doo {

// Builds the QApplication, opens the database, and shows the main window.
int runGui(int &argc, char **argv, const cli::Args &args);

} // namespace doo
