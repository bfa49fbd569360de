#pragma once

#include <QStringList>

namespace doo::cli {

struct Args;

// `task add | list | move | done | delete`: the task board from the command line. Input is
// checked before the database is opened, so bad input writes nothing.
int runTaskCommand(const Args &args);
// The options its commands take with a value, from its table (for Args::parse).
QStringList taskValueOptions();

} // namespace doo::cli
