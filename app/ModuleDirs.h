#pragma once

#include <QStringList>

namespace doo {

// The folders the program's modules may be loaded from, in order: the folder of the running
// executable `selfExe` (the build tree) and the module folder relative to it (`relativeModuleDir`,
// an installed program), then `installedDir`. Only absolute paths count: without the
// executable's own path (no /proc, so `selfExe` is empty) or with a relative one (argv[0] or the
// current folder could name anything) only `installedDir` is left; never the current folder.
QStringList moduleSearchDirs(const QString &selfExe, const QString &relativeModuleDir, const QString &installedDir);

} // namespace doo
