#include "ColumnEmptyState.h"

#include <QAbstractItemView>
#include <QEvent>

namespace doo {

ColumnEmptyState::ColumnEmptyState(QAbstractItemView *view, TaskStatus status)
    : QLabel(view->viewport()), m_view(view), m_status(status)
{
    setObjectName(QStringLiteral("emptyState_") + toString(status));
    setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    setWordWrap(true);
    setMargin(12);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    // The palette's placeholder colour: the words read in light and dark palettes alike.
    setForegroundRole(QPalette::PlaceholderText);
    view->viewport()->installEventFilter(this);
    QAbstractItemModel *model = view->model();
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, &ColumnEmptyState::follow);
    connect(model, &QAbstractItemModel::modelReset, this, &ColumnEmptyState::follow);
    connect(model, &QAbstractItemModel::layoutChanged, this, &ColumnEmptyState::follow);
    setFiltered(false);
    follow();
}

void ColumnEmptyState::setFiltered(bool filtered)
{
    if (filtered)
        return setText(tr("No matching tasks"));
    switch (m_status) {
    case TaskStatus::Todo:
        return setText(tr("No tasks to do"));
    case TaskStatus::InProgress:
        return setText(tr("Nothing in progress"));
    case TaskStatus::Review:
        return setText(tr("Nothing waiting for review"));
    case TaskStatus::Completed:
        return setText(tr("No completed tasks yet"));
    case TaskStatus::Cancelled:
        return setText(tr("No cancelled tasks"));
    }
}

void ColumnEmptyState::follow()
{
    setGeometry(m_view->viewport()->rect());
    setVisible(m_view->model()->rowCount() == 0);
}

bool ColumnEmptyState::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        setGeometry(m_view->viewport()->rect());
    return QLabel::eventFilter(watched, event);
}

} // namespace doo
