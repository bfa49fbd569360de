#pragma once

namespace doo::cli {

struct Args;

// `task add | list | move | done | delete`: the task board from the command line. Input is
// checked before the database is opened, so bad input writes nothing.
int runTaskCommand(const Args &args);

} // namespace doo::cli
