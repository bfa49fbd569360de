#pragma once

namespace doo {

// Qt Gui asks for the user's runtime folder; where XDG_RUNTIME_DIR is unset (root in a container,
// cron, a service) Qt warns on stderr, then falls back to <temp>/runtime-<user>. This sets up that
// same folder (mode 0700) without the warning, before the application object exists, so that a
// command's stderr carries only what the command says.
void ensureRuntimeDir();

} // namespace doo
