#include "RuntimeDir.h"

#include <QByteArray>
#include <QDir>

#include <cerrno>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace doo {

void ensureRuntimeDir()
{
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const passwd *account = getpwuid(getuid());
    if (!account || !account->pw_name)
        return; // Qt's own fallback then, with its warning
    const QByteArray dir = QDir::tempPath().toLocal8Bit() + "/runtime-" + QByteArray(account->pw_name);
    struct stat info;
    const bool usable = (mkdir(dir.constData(), 0700) == 0 || errno == EEXIST) && stat(dir.constData(), &info) == 0
        && S_ISDIR(info.st_mode) && info.st_uid == getuid() && (info.st_mode & 0777) == 0700;
    if (usable)
        qputenv("XDG_RUNTIME_DIR", dir);
}

} // namespace doo
