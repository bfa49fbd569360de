#pragma once

#include <QSize>

class QWidget;

namespace doo {

// Sizes and places a top-level window so that it lies on the screen it is on (else the primary
// screen) with its title bar and frame: at most the screen's available area (without panels),
// `preferred` (or its present size) shrunk to that, and moved inside it. For windows restored from
// another, larger screen and for default sizes larger than a small (1366×768) screen.
void fitToScreen(QWidget *window, QSize preferred = {});

} // namespace doo
