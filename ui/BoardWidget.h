#pragma once

#include "domain/Task.h"
#include "domain/User.h"

#include <QTimeZone>
#include <QWidget>

#include <array>
#include <functional>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QMenu;
class QTimer;
class QUndoStack;

namespace doo {

class CardMenus;
class ColumnEmptyState;
class Database;
class PreferencesIntents;
class TaskBoard;
class TaskDialog;

// The task board: a filter bar above five columns (TODO … CANCELLED), each a list view over a
// TaskColumnModel with fixed-height cards. Drag and drop, keyboard moves, dialogs, undo.
class BoardWidget : public QWidget
{
    Q_OBJECT

public:
    // The WIP limits come from `preferences` (the window's, shared with the Settings window);
    // null: the board reads the user's preferences itself.
    BoardWidget(Database &db, const User &user, QUndoStack *undoStack, QWidget *parent = nullptr,
                PreferencesIntents *preferences = nullptr);
    ~BoardWidget() override;

    // New, Edit, Duplicate, Move To ▸, Priority ▸, move left/right/up/down, Delete, Find,
    // Refresh — with shortcuts, grouped by separators, for the window's Task menu. The ones that
    // act on cards are disabled while no card is selected.
    QList<QAction *> taskActions() const;
    TaskBoard *board() const { return m_board; }
    QListView *columnView(TaskStatus status) const;
    // The column last worked in (the keyboard focus goes there when the board is shown).
    QListView *lastColumn() const;

    // Test seam: how a task dialog is run (default: exec() == Accepted).
    using DialogRunner = std::function<bool(TaskDialog &)>;
    void setDialogRunner(DialogRunner runner) { m_runDialog = std::move(runner); }
    // Test seam: how a card's context menu is shown (default: QMenu::exec at the global point).
    using MenuRunner = std::function<void(QMenu &, const QPoint &)>;
    void setMenuRunner(MenuRunner runner) { m_runMenu = std::move(runner); }
    // The WIP limit of a column (0 = none): the user's preference, kept in the database. A limit
    // that cannot be saved shows in the error banner.
    void setWipLimit(TaskStatus status, int limit);
    int wipLimit(TaskStatus status) const;

    // The owner's time zone, in which the task dialog shows and takes due dates (from the user's
    // profile; the window passes a new one when the profile changes).
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }

    // Selects the task's card and scrolls to it; false when it is not among the cards loaded.
    bool selectTask(const QString &id);
    void newTask();
    // A new task in `status`'s column (a column's "+ Add a card").
    void newTaskIn(TaskStatus status);
    void editTask();
    void duplicateTask();
    void deleteTasks();
    void moveSideways(int direction); // -1 left, +1 right
    void moveVertically(int direction); // -1 up, +1 down
    void moveSelectionTo(TaskStatus status);
    void setSelectionPriority(Priority priority);
    // The context menu of the cards selected in `view`. A right-click (`pos` in the viewport) on a
    // card not selected selects it first; from the keyboard it opens at the current card.
    void showCardMenu(QListView *view, const QPoint &pos, bool fromKeyboard = false);

Q_SIGNALS:
    void statusMessage(const QString &text);

private:
    QWidget *buildFilterBar();
    QWidget *buildColumn(TaskStatus status);
    void applyFilter();
    void clearFilters();
    bool filterActive() const;
    // The empty columns' words and the board's "No task matches" line follow the cards shown.
    void updateEmptyStates();
    // The card actions are enabled while a card is selected.
    void updateActions();
    void updateHeader(TaskStatus status);
    void showError(const QString &message);
    void reloadTagChoices();
    void focusFirstCard();
    void leaveSearch();
    QListView *currentView() const;
    QStringList selectedIds(QListView *view) const;
    void selectIds(TaskStatus status, const QStringList &ids);
    // Runs the task dialog for `task`, which writes through `save` (create or update) and reads
    // the stored task on a conflict; the saved task, or nothing when the dialog was cancelled.
    std::optional<Task> runDialog(const Task &task, std::function<Result<Task>(const Task &)> save);

    TaskBoard *m_board = nullptr;
    PreferencesIntents *m_preferences = nullptr;
    QUndoStack *m_undo = nullptr;
    QTimeZone m_zone;
    std::array<QListView *, kTaskStatusCount> m_views{};
    std::array<QLabel *, kTaskStatusCount> m_headers{};
    QListView *m_lastFocused = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_priority = nullptr;
    QComboBox *m_tag = nullptr;
    QComboBox *m_due = nullptr;
    QComboBox *m_origin = nullptr;
    QLabel *m_error = nullptr;
    QWidget *m_noResults = nullptr;
    QLabel *m_noResultsText = nullptr;
    std::array<ColumnEmptyState *, kTaskStatusCount> m_emptyStates{};
    CardMenus *m_cardMenus = nullptr;
    QTimer *m_searchDelay = nullptr;
    QTimer *m_errorTimer = nullptr;
    QList<QAction *> m_actions; // for the Task menu, with separators and submenus
    QList<QAction *> m_cardActions; // need a selected card
    QAction *m_edit = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_delete = nullptr;
    DialogRunner m_runDialog;
    MenuRunner m_runMenu;
};

} // namespace doo
