#include "ModuleDirs.h"

#include <QDir>
#include <QFileInfo>

namespace doo {

QStringList moduleSearchDirs(const QString &selfExe, const QString &relativeModuleDir, const QString &installedDir)
{
    QStringList dirs;
    if (!selfExe.isEmpty() && QDir::isAbsolutePath(selfExe)) {
        const QString dir = QFileInfo(selfExe).absolutePath();
        dirs << dir << QDir::cleanPath(dir + QLatin1Char('/') + relativeModuleDir);
    }
    if (QDir::isAbsolutePath(installedDir) && !dirs.contains(QDir::cleanPath(installedDir)))
        dirs << QDir::cleanPath(installedDir);
    return dirs;
}

} // namespace doo
