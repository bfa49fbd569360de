#include "ScreenFit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace doo {

void fitToScreen(QWidget *window, QSize preferred)
{
    QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    // The frame is known once the window manager has framed the window; before, room for a usual
    // title bar and border is kept.
    const QRect frame = window->frameGeometry();
    const QRect inner = window->geometry();
    const bool framed = window->isVisible() && frame != inner;
    const QMargins margins = framed ? QMargins(inner.left() - frame.left(), inner.top() - frame.top(),
                                               frame.right() - inner.right(), frame.bottom() - inner.bottom())
                                    : QMargins(4, 32, 4, 4);
    const QSize room = available.marginsRemoved(margins).size();
    const QSize size = (preferred.isValid() ? preferred : window->size()).boundedTo(room).expandedTo(window->minimumSize());
    if (size != window->size())
        window->resize(size);
    QRect placed(window->pos(), size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom()));
    if (!available.contains(placed)) {
        placed.moveLeft(
            std::clamp(placed.left(), available.left(), std::max(available.left(), available.right() - placed.width() + 1)));
        placed.moveTop(
            std::clamp(placed.top(), available.top(), std::max(available.top(), available.bottom() - placed.height() + 1)));
        window->move(placed.topLeft());
    }
}

} // namespace doo
