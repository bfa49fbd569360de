#include "NotificationDelegate.h"

#include "itemmodels/NotificationListModel.h"
#include "domain/Clock.h"
#include "domain/RelativeTime.h"

#include <QApplication>
#include <QPainter>

namespace doo {

namespace {
constexpr int kPadding = 8;
constexpr int kStripe = 4;
constexpr int kMinWidth = 240;
} // namespace

NotificationDelegate::NotificationDelegate(const QTimeZone &zone, QObject *parent) : QStyledItemDelegate(parent), m_zone(zone)
{ }

QSize NotificationDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return {kMinWidth, 2 * option.fontMetrics.height() + 3 * kPadding}; // the list gives each row its full width
}

void NotificationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, opt.widget); // selection and hover

    painter->save();
    const QRect r = option.rect;
    const bool unread = !index.data(NotificationListModel::ReadRole).toBool();
    painter->fillRect(QRect(r.left(), r.top() + 2, kStripe, r.height() - 4),
                      index.data(NotificationListModel::ColorRole).value<QColor>());
    const bool selected = option.state & QStyle::State_Selected;
    const QColor text = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor muted = selected ? text : option.palette.color(QPalette::PlaceholderText);
    const int lineHeight = option.fontMetrics.height();
    const int left = r.left() + kStripe + kPadding + (unread ? 12 : 0);
    const QRect first(left, r.top() + kPadding, r.right() - left - kPadding, lineHeight);
    const QRect second(r.left() + kStripe + kPadding, first.bottom() + kPadding / 2, r.width() - kStripe - 2 * kPadding,
                       lineHeight);

    if (unread) {
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setBrush(index.data(NotificationListModel::ColorRole).value<QColor>());
        painter->setPen(Qt::NoPen);
        painter->drawEllipse(QPointF(r.left() + kStripe + kPadding + 4, first.center().y() + 1), 4, 4);
    }
    const QString when =
        RelativeTime::past(index.data(NotificationListModel::CreatedAtRole).toDateTime(), Clock::currentUtc(), m_zone);
    const QString right = index.data(NotificationListModel::TypeNameRole).toString() + QStringLiteral(" · ") + when;
    painter->setPen(muted);
    painter->setFont(option.font);
    const int rightWidth = option.fontMetrics.horizontalAdvance(right);
    painter->drawText(first, Qt::AlignRight | Qt::AlignVCenter, right);

    QFont titleFont = option.font;
    titleFont.setBold(unread);
    painter->setFont(titleFont);
    painter->setPen(text);
    const QRect titleRect = first.adjusted(0, 0, -(rightWidth + kPadding), 0);
    painter->drawText(
        titleRect, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(titleFont).elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, titleRect.width()));

    painter->setFont(option.font);
    painter->setPen(muted);
    const QString message = index.data(NotificationListModel::MessageRole).toString().simplified();
    painter->drawText(second, Qt::AlignLeft | Qt::AlignVCenter,
                      option.fontMetrics.elidedText(message, Qt::ElideRight, second.width()));
    painter->restore();
}

} // namespace doo
