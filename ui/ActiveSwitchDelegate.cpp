#include "ActiveSwitchDelegate.h"

#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>

namespace doo {

QRect ActiveSwitchDelegate::switchRect(const QRect &cell)
{
    const int h = std::min(18, cell.height() - 6);
    const int w = h * 2;
    return QRect(cell.left() + 8, cell.center().y() - h / 2, w, h);
}

void ActiveSwitchDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const bool on = index.data(Qt::CheckStateRole).toInt() == Qt::Checked;
    opt.text.clear();
    opt.features &= ~QStyleOptionViewItem::HasCheckIndicator;
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect r = switchRect(option.rect);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(on ? QColor(0x2e, 0x7d, 0x32) : option.palette.color(QPalette::Mid));
    painter->drawRoundedRect(r, r.height() / 2.0, r.height() / 2.0);
    const int knob = r.height() - 4;
    const QRect k(on ? r.right() - knob - 1 : r.left() + 2, r.top() + 2, knob, knob);
    painter->setBrush(Qt::white);
    painter->drawEllipse(k);
    painter->setPen(option.state & QStyle::State_Selected ? option.palette.color(QPalette::HighlightedText)
                                                          : option.palette.color(QPalette::Text));
    const QRect textRect(r.right() + 6, option.rect.top(), option.rect.right() - r.right() - 6, option.rect.height());
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                      option.fontMetrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, textRect.width()));
    painter->restore();
}

QSize ActiveSwitchDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    // The switch at its full size, then its word in the user's language ("On", "Désactivé").
    const QRect full = switchRect(QRect(0, 0, 1000, 100));
    const int text = option.fontMetrics.horizontalAdvance(index.data(Qt::DisplayRole).toString());
    s.setWidth(std::max({s.width(), 90, full.right() + 6 + text + 8}));
    return s;
}

bool ActiveSwitchDelegate::editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                                       const QModelIndex &index)
{
    if (!(index.flags() & Qt::ItemIsUserCheckable) || !(index.flags() & Qt::ItemIsEnabled))
        return false;
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() != Qt::LeftButton
            || !switchRect(option.rect).adjusted(-4, -4, 4, 4).contains(mouse->position().toPoint()))
            return false;
    } else if (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::MouseButtonDblClick) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        // Swallow presses on the switch so they do not start an edit or a drag.
        return switchRect(option.rect).adjusted(-4, -4, 4, 4).contains(mouse->position().toPoint());
    } else if (event->type() == QEvent::KeyPress) {
        const auto key = static_cast<QKeyEvent *>(event)->key();
        if (key != Qt::Key_Space && key != Qt::Key_Select)
            return false;
    } else {
        return false;
    }
    const bool on = index.data(Qt::CheckStateRole).toInt() == Qt::Checked;
    return model->setData(index, on ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
}

} // namespace doo
