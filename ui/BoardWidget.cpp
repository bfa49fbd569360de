#include "BoardWidget.h"

namespace doo {

BoardWidget::BoardWidget(Database &, const User &, QUndoStack *, QWidget *parent) : QWidget(parent) {}

BoardWidget::~BoardWidget() = default;

QList<QAction *> BoardWidget::taskActions() const
{
    return {};
}

} // namespace doo
