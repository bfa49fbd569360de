#pragma once

namespace doo::fast {

// Loads `module` (next to the executable in the build tree, in <libdir>/director-of-one when
// installed) and returns what its `entry(argc, argv)` returns; 1 with a message on stderr when it
// cannot be loaded.
int runModule(const char *module, const char *entry, int argc, char **argv);

} // namespace doo::fast
