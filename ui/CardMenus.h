#pragma once

#include "domain/Task.h"

#include <QObject>

#include <functional>
#include <optional>

class QAction;
class QActionGroup;
class QMenu;
class QWidget;

namespace doo {

// The board's Move to ▸ and Priority ▸ menus, shown both in the Task menu and in a card's
// context menu, and that context menu itself, made of the board's own actions: one copy of each
// action, so the menus and the shortcuts always do the same thing.
class CardMenus : public QObject
{
    Q_OBJECT

public:
    struct Hooks
    {
        std::function<void(TaskStatus)> moveTo; // moves the selected cards to a column
        std::function<void(Priority)> setPriority; // gives the selected cards a priority
        std::function<std::optional<TaskStatus>()> column; // the selected cards' column
        std::function<std::optional<Priority>()> priority; // their priority when they share one
    };

    CardMenus(QWidget *owner, Hooks hooks);

    QMenu *moveMenu() const { return m_move; }
    QMenu *priorityMenu() const { return m_priority; }
    // Follows the selection: Move to offers the other columns, Priority checks the current one.
    void refresh();
    // Fills a card's context menu: Edit, Move to ▸, Priority ▸, Duplicate, Delete.
    void fill(QMenu &menu, QAction *edit, QAction *duplicate, QAction *remove);

private:
    Hooks m_hooks;
    QMenu *m_move = nullptr;
    QMenu *m_priority = nullptr;
    QActionGroup *m_priorities = nullptr;
};

} // namespace doo
