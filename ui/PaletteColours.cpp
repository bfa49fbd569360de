#include "PaletteColours.h"

#include <QIcon>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

namespace doo {

namespace {

const QColor kRed(0xdc, 0x26, 0x26);
const QColor kPurple(0x7c, 0x3a, 0xed);

bool isDark(const QColor &background)
{
    return background.lightness() < 128;
}

} // namespace

QColor mixColours(const QColor &a, const QColor &b, qreal amount)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * amount, a.greenF() + (b.greenF() - a.greenF()) * amount,
                            a.blueF() + (b.blueF() - a.blueF()) * amount);
}

QColor alertBackground(const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    return mixColours(window, kRed, isDark(window) ? 0.22 : 0.14);
}

QColor alertText(const QPalette &palette)
{
    // Towards white on a dark window, towards black on a light one.
    return isDark(palette.color(QPalette::Window)) ? mixColours(kRed, Qt::white, 0.6) : mixColours(kRed, Qt::black, 0.45);
}

QColor workflowChipBackground(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    return mixColours(base, kPurple, isDark(base) ? 0.35 : 0.15);
}

QColor workflowChipText(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    return isDark(base) ? mixColours(kPurple, Qt::white, 0.7) : mixColours(kPurple, Qt::black, 0.25);
}

QIcon tintedIcon(const QIcon &glyph, const QColor &colour)
{
    QList<QSize> sizes = glyph.availableSizes();
    if (sizes.isEmpty())
        sizes = {QSize(16, 16), QSize(32, 32)};
    QIcon tinted;
    for (const QSize &size : std::as_const(sizes)) {
        QPixmap pixmap = glyph.pixmap(size);
        if (pixmap.isNull())
            continue;
        QPainter painter(&pixmap);
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn); // the glyph's shape, in colour
        painter.fillRect(pixmap.rect(), colour);
        painter.end();
        tinted.addPixmap(pixmap);
    }
    return tinted;
}

} // namespace doo
