// The program. It links no Qt: the everyday commands `task add` and `task list --json` on the
// embedded SQLite database run right here (app/fast/), in a third of the time Qt takes to start;
// every other command, and the window, run in the module director-of-one-cli.so.
#include "fast/FastPath.h"
#include "fast/ModuleLoader.h"

int main(int argc, char *argv[])
{
    if (const int code = doo::fast::run(argc, argv); code != doo::fast::kNotHandled)
        return code;
    return doo::fast::runModule("director-of-one-cli.so", "doo_cli_main", argc, argv);
}
