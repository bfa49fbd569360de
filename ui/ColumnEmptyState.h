#pragma once

#include "domain/Enums.h"

#include <QLabel>

class QAbstractItemView;

namespace doo {

// The words an empty board column shows in its area ("No tasks to do"; "No matching tasks"
// while a search or filter is on), over the list view's viewport in the palette's placeholder
// colour; hidden while the column has cards. It lets mouse presses and drops through to the view.
class ColumnEmptyState : public QLabel
{
    Q_OBJECT

public:
    ColumnEmptyState(QAbstractItemView *view, TaskStatus status);
    void setFiltered(bool filtered);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void follow();

    QAbstractItemView *m_view;
    TaskStatus m_status;
};

} // namespace doo
