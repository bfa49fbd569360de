#pragma once

#include <QStyledItemDelegate>

namespace doo {

// Paints a checkable cell as an on/off switch and flips it on a click or Space (through the
// model's setData with Qt::CheckStateRole).
class ActiveSwitchDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

private:
    static QRect switchRect(const QRect &cell);
};

} // namespace doo
