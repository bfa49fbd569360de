#pragma once

#include <QColor>

class QIcon;
class QPalette;

namespace doo {

// Colours the palette has no role for (an error's red, the workflows' purple), made from the
// palette in use so that they read on a light and on a dark one alike.

// `a` with `amount` (0…1) of `b` in it.
QColor mixColours(const QColor &a, const QColor &b, qreal amount);

// An error or warning box: the window's colour tinged with red, and a red text that keeps its
// contrast on it (dark red on light, pale red on dark).
QColor alertBackground(const QPalette &palette);
QColor alertText(const QPalette &palette);

// The board's "auto" chip of a card a workflow made: purple on the card's base colour.
QColor workflowChipBackground(const QPalette &palette);
QColor workflowChipText(const QPalette &palette);

// A one-colour glyph (the style's Play and Pause, drawn black) in `colour`, at each of its sizes.
QIcon tintedIcon(const QIcon &glyph, const QColor &colour);

} // namespace doo
