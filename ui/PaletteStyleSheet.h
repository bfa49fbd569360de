#pragma once

#include <QString>

#include <functional>

class QPalette;

class QWidget;

namespace doo {

// A style sheet that uses palette(...) roles resolves them once, when it is set: a palette
// switched at run time (Settings → General → Appearance) would leave the old colours. This sets
// `sheet` on `widget` and sets it again whenever the widget's or the application's palette
// changes, so palette(window), palette(mid)… follow the palette in use.
void setPaletteStyleSheet(QWidget *widget, const QString &sheet);

// The same for a sheet made from the palette in use, for colours no palette role holds (an error
// banner's red mixed into the window's colour): `sheet` is called again after each change.
using PaletteSheet = std::function<QString(const QPalette &)>;
void setPaletteStyleSheet(QWidget *widget, PaletteSheet sheet);

} // namespace doo
