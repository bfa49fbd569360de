#pragma once

namespace doo::fast {

// What run() returns when it leaves the command to the module (having written nothing).
constexpr int kNotHandled = -1;

// The command line's fast path: `task add TITLE [--priority P] [--due D] [--tag T]...
// [--description D]` and `task list --json [--status S] [--priority P] [--tag T]` on an existing
// SQLite database that is up to date and has a local profile, without Qt (which takes twice as
// long to load as the whole command). Same rows, same output as the module; it handles only
// input it can see is valid and leaves everything else — bad input and its messages, other
// commands and options, PostgreSQL, odd stored text — to the module, which runs the command
// from the start. A database error rolls back and leaves the command to the module as well.
// DOO_FAST_PATH=off leaves every command to the module; DOO_FAST_PATH=require makes a command the
// fast path leaves fail with exit code 3 and the reason (for tests and benchmarks).
int run(int argc, char **argv);

} // namespace doo::fast
