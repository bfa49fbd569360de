#include "AppIcon.h"

namespace doo {

QIcon applicationIcon()
{
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256, 512})
        icon.addFile(QStringLiteral(":/icons/director-of-one-%1.png").arg(size), QSize(size, size));
    return icon;
}

} // namespace doo
