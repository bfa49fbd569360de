#include "TaskCardDelegate.h"

#include "domain/LocaleFormat.h"
#include "domain/Clock.h"
#include "itemmodels/TaskColumnModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace doo {

TaskCardDelegate::TaskCardDelegate(QObject *parent) : QStyledItemDelegate(parent)
{ }

QSize TaskCardDelegate::sizeHint(const QStyleOptionViewItem &, const QModelIndex &) const
{
    return {220, kCardHeight};
}

QColor TaskCardDelegate::priorityColor(int priority)
{
    switch (static_cast<Priority>(priority)) {
    case Priority::Low:
        return QColor(0x9e, 0xa7, 0xb3);
    case Priority::Medium:
        return QColor(0x3b, 0x82, 0xf6);
    case Priority::High:
        return QColor(0xf5, 0x9e, 0x0b);
    case Priority::Urgent:
        return QColor(0xdc, 0x26, 0x26);
    }
    return Qt::gray;
}

QString TaskCardDelegate::dueText(const QDateTime &dueUtc, const QDateTime &nowUtc, bool finished, bool *overdue, bool *today)
{
    *overdue = *today = false;
    if (!dueUtc.isValid())
        return {};
    const QDate due = dueUtc.toLocalTime().date();
    const QDate now = nowUtc.toLocalTime().date();
    const QString day = LocaleFormat::dayMonth(due);
    if (finished)
        return tr("Due %1").arg(day);
    if (dueUtc < nowUtc && due < now) {
        *overdue = true;
        return tr("Overdue · %1").arg(day);
    }
    if (due == now) {
        *today = true;
        return dueUtc < nowUtc ? tr("Overdue · today") : tr("Due today");
    }
    return tr("Due %1").arg(day);
}

void TaskCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QPalette &pal = option.palette;
    const QRectF card = QRectF(option.rect).adjusted(4, 3, -4, -3);
    const bool selected = option.state & QStyle::State_Selected;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);

    QPainterPath shape;
    shape.addRoundedRect(card, 6, 6);
    painter->fillPath(shape, pal.color(QPalette::Base));
    painter->setPen(QPen(selected ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid), selected ? 2 : 1));
    painter->drawPath(shape);

    // Priority bar on the left edge.
    const QColor prio = priorityColor(index.data(TaskColumnModel::PriorityRole).toInt());
    painter->setClipPath(shape);
    painter->fillRect(QRectF(card.left(), card.top(), 5, card.height()), prio);
    painter->setClipping(false);

    const QRectF text = card.adjusted(12, 5, -8, -5);
    QFont titleFont = option.font;
    titleFont.setBold(true);
    painter->setFont(titleFont);
    painter->setPen(pal.color(QPalette::Text));
    const bool fromWorkflow = index.data(TaskColumnModel::FromWorkflowRole).toBool();
    const QString badge = tr("auto");
    const QFontMetrics small(option.font);
    const qreal badgeWidth = fromWorkflow ? small.horizontalAdvance(badge) + 12 : 0;
    const QRectF titleRect(text.left(), text.top(), text.width() - badgeWidth, text.height() / 2);
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(titleFont).elidedText(index.data().toString(), Qt::ElideRight, int(titleRect.width())));

    if (fromWorkflow) {
        const QRectF b(text.right() - badgeWidth + 4, text.top() + 2, badgeWidth - 4, small.height() + 2);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0x7c, 0x3a, 0xed, 40));
        painter->drawRoundedRect(b, 4, 4);
        painter->setPen(QColor(0x6d, 0x28, 0xd9));
        painter->setFont(option.font);
        painter->drawText(b, Qt::AlignCenter, badge);
    }

    painter->setFont(option.font);
    bool overdue = false, today = false;
    const auto status = static_cast<TaskStatus>(index.data(TaskColumnModel::StatusRole).toInt());
    const bool finished = status == TaskStatus::Completed || status == TaskStatus::Cancelled;
    const QString due =
        dueText(index.data(TaskColumnModel::DueRole).toDateTime(), Clock::currentUtc(), finished, &overdue, &today);
    const QRectF line(text.left(), text.top() + text.height() / 2, text.width(), text.height() / 2);
    qreal x = line.left();
    if (!due.isEmpty()) {
        painter->setPen(overdue     ? QColor(0xdc, 0x26, 0x26)
                            : today ? QColor(0xd9, 0x77, 0x06)
                                    : pal.color(QPalette::PlaceholderText));
        QFont f = option.font;
        f.setBold(overdue || today);
        painter->setFont(f);
        painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter, due);
        x += QFontMetrics(f).horizontalAdvance(due) + 10;
        painter->setFont(option.font);
    }
    const QString tags = index.data(TaskColumnModel::TagsRole).toString();
    if (!tags.isEmpty() && x < line.right() - 20) {
        painter->setPen(pal.color(QPalette::PlaceholderText));
        const QRectF tagRect(x, line.top(), line.right() - x, line.height());
        painter->drawText(
            tagRect, Qt::AlignLeft | Qt::AlignVCenter,
            small.elidedText(QStringLiteral("#") + QString(tags).replace(QStringLiteral(", "), QStringLiteral(" #")),
                             Qt::ElideRight, int(tagRect.width())));
    }
    painter->restore();
}

} // namespace doo
