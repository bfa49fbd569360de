#pragma once

#include "domain/User.h"

#include <QWidget>

class QAction;
class QUndoStack;

namespace doo {

class Database;

// The task board: a filter bar above five columns (TODO … CANCELLED), each a list view over a
// TaskColumnModel with fixed-height cards. Drag and drop, keyboard moves, dialogs, undo.
class BoardWidget : public QWidget
{
    Q_OBJECT

public:
    BoardWidget(Database &db, const User &user, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~BoardWidget() override;

    // New, Edit, Duplicate, Delete, move left/right/up/down, Find, Refresh — with shortcuts,
    // for the window's Task menu.
    QList<QAction *> taskActions() const;

Q_SIGNALS:
    void statusMessage(const QString &text);
};

} // namespace doo
