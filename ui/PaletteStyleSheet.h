#pragma once

#include <QString>

class QWidget;

namespace doo {

// A style sheet that uses palette(...) roles resolves them once, when it is set: a palette
// switched at run time (Settings → General → Appearance) would leave the old colours. This sets
// `sheet` on `widget` and sets it again whenever the widget's or the application's palette
// changes, so palette(window), palette(mid)… follow the palette in use.
void setPaletteStyleSheet(QWidget *widget, const QString &sheet);

} // namespace doo
