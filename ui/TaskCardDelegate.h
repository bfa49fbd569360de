#pragma once

#include <QStyledItemDelegate>

namespace doo {

// Paints a task card at a fixed height: priority colour bar, title, due date (overdue and
// due-today marked), tags, and a badge when a workflow created the task. Fixed height keeps a
// column of 100,000 cards as fast to scroll as one of ten.
class TaskCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit TaskCardDelegate(QObject *parent = nullptr);

    static constexpr int kCardHeight = 62;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static QColor priorityColor(int priority);
    // "Overdue · 12 Nov", "Due today", "Due 28 Nov" (local time); empty without a due date.
    // Finished work (completed or cancelled) is never overdue: its date shows without alarm.
    static QString dueText(const QDateTime &dueUtc, const QDateTime &nowUtc, bool finished, bool *overdue, bool *today);
};

} // namespace doo
