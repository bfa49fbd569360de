#pragma once

#include <QIcon>

namespace doo {

// The application icon (resources/icons, rendered from its SVG master by
// packaging/render-icons.sh) in every size from 16 to 512 pixels: the window's, the tray's and
// the About box's.
QIcon applicationIcon();

} // namespace doo
