#pragma once

#include <QStyledItemDelegate>
#include <QTimeZone>

namespace doo {

// A notification in the list: the type's colour as a stripe, the title (bold while unread, with
// a dot), the type and time on the right, the message below on one line. Fixed height.
class NotificationDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit NotificationDelegate(const QTimeZone &zone, QObject *parent = nullptr);
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QTimeZone m_zone;
};

} // namespace doo
