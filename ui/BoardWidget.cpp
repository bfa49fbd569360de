#include "BoardWidget.h"

#include "itemmodels/ChangeWatcher.h"
#include "domain/Clock.h"
#include "domain/WorkflowTiming.h"
#include "BoardColumnView.h"
#include "CardMenus.h"
#include "ColumnEmptyState.h"
#include "PaletteColours.h"
#include "PaletteStyleSheet.h"
#include "TaskCardDelegate.h"
#include "TaskDialog.h"
#include "itemmodels/PreferencesIntents.h"
#include "itemmodels/TaskBoard.h"
#include "itemmodels/TaskColumnModel.h"

#include <QAction>
#include <QComboBox>
#include <QFont>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace doo {

BoardWidget::BoardWidget(Database &db, const User &user, QUndoStack *undoStack, QWidget *parent, PreferencesIntents *preferences)
    : QWidget(parent), m_preferences(preferences), m_undo(undoStack), m_zone(WorkflowTiming::zoneFor(user.timeZone))
{
    setObjectName(QStringLiteral("boardWidget"));
    m_board = new TaskBoard(db, UserContext::of(user), undoStack, this);
    const bool ownPreferences = !m_preferences;
    if (ownPreferences)
        m_preferences = new PreferencesIntents(db, UserContext::of(user), this);
    m_runDialog = [](TaskDialog &dialog) { return dialog.exec() == QDialog::Accepted; };

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buildFilterBar());
    // A search or filter that finds nothing says so, with the way back.
    m_noResults = new QWidget(this);
    m_noResults->setObjectName(QStringLiteral("noResults"));
    auto *noResultsRow = new QHBoxLayout(m_noResults);
    noResultsRow->setContentsMargins(4, 0, 0, 4);
    m_noResultsText = new QLabel(m_noResults);
    m_noResultsText->setObjectName(QStringLiteral("noResultsLabel"));
    m_noResultsText->setTextFormat(Qt::PlainText);
    auto *noResultsClear = new QPushButton(tr("Clear filters"), m_noResults);
    noResultsClear->setObjectName(QStringLiteral("noResultsClear"));
    noResultsClear->setFlat(true);
    noResultsClear->setCursor(Qt::PointingHandCursor);
    QFont link = noResultsClear->font();
    link.setUnderline(true); // reads as a link in any palette
    noResultsClear->setFont(link);
    connect(noResultsClear, &QPushButton::clicked, this, &BoardWidget::clearFilters);
    noResultsRow->addWidget(m_noResultsText);
    noResultsRow->addWidget(noResultsClear);
    noResultsRow->addStretch(1);
    m_noResults->hide();
    layout->addWidget(m_noResults);
    m_error = new QLabel(this);
    m_error->setTextFormat(Qt::PlainText); // may quote what the user typed
    m_error->setObjectName(QStringLiteral("errorBanner"));
    m_error->setWordWrap(true);
    setPaletteStyleSheet(m_error, [](const QPalette &palette) {
        return QStringLiteral("QLabel { background: %1; color: %2; padding: 6px; border-radius: 4px; }")
            .arg(alertBackground(palette).name(), alertText(palette).name());
    });
    m_error->hide();
    layout->addWidget(m_error);
    auto *columns = new QHBoxLayout;
    for (TaskStatus status : kBoardColumns)
        columns->addWidget(buildColumn(status), 1);
    layout->addLayout(columns, 1);

    m_errorTimer = new QTimer(this);
    m_errorTimer->setSingleShot(true);
    connect(m_errorTimer, &QTimer::timeout, m_error, &QLabel::hide);
    connect(m_board, &TaskBoard::errorOccurred, this, &BoardWidget::showError);
    connect(m_board, &TaskBoard::reloaded, this, &BoardWidget::reloadTagChoices);
    connect(m_preferences, &PreferencesIntents::changed, this, [this] {
        for (TaskStatus status : kBoardColumns)
            updateHeader(status);
    });

    auto makeAction = [this](const QString &name, const QString &text, const QKeySequence &key, auto slot) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        QWidget::addAction(action);
        return action;
    };
    QAction *newTaskAction =
        makeAction(QStringLiteral("actionNewTask"), tr("&New task…"), QKeySequence::New, [this] { newTask(); });
    m_edit = makeAction(QStringLiteral("actionEditTask"), tr("&Edit task…"), QKeySequence(Qt::Key_F2), [this] { editTask(); });
    m_duplicate = makeAction(QStringLiteral("actionDuplicateTask"), tr("D&uplicate task…"), QKeySequence(Qt::CTRL | Qt::Key_D),
                             [this] { duplicateTask(); });
    m_delete =
        makeAction(QStringLiteral("actionDeleteTask"), tr("&Delete task"), QKeySequence::Delete, [this] { deleteTasks(); });
    QAction *left = makeAction(QStringLiteral("actionMoveLeft"), tr("Move &left"), QKeySequence(Qt::CTRL | Qt::Key_Left),
                               [this] { moveSideways(-1); });
    QAction *right = makeAction(QStringLiteral("actionMoveRight"), tr("Move &right"), QKeySequence(Qt::CTRL | Qt::Key_Right),
                                [this] { moveSideways(1); });
    QAction *up = makeAction(QStringLiteral("actionMoveUp"), tr("Move &up"), QKeySequence(Qt::CTRL | Qt::Key_Up),
                             [this] { moveVertically(-1); });
    QAction *down = makeAction(QStringLiteral("actionMoveDown"), tr("Move do&wn"), QKeySequence(Qt::CTRL | Qt::Key_Down),
                               [this] { moveVertically(1); });
    QAction *find = makeAction(QStringLiteral("actionFind"), tr("&Find…"), QKeySequence::Find, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    QAction *refresh =
        makeAction(QStringLiteral("actionRefresh"), tr("Re&fresh"), QKeySequence::Refresh, [this] { m_board->reload(); });

    CardMenus::Hooks hooks;
    hooks.moveTo = [this](TaskStatus status) { moveSelectionTo(status); };
    hooks.setPriority = [this](Priority priority) { setSelectionPriority(priority); };
    hooks.column = [this]() -> std::optional<TaskStatus> {
        return static_cast<TaskColumnModel *>(currentView()->model())->status();
    };
    hooks.priority = [this]() -> std::optional<Priority> {
        QListView *view = currentView();
        QModelIndexList rows = view->selectionModel()->selectedIndexes();
        if (rows.isEmpty() && view->currentIndex().isValid())
            rows << view->currentIndex();
        std::optional<Priority> shared;
        for (const QModelIndex &row : std::as_const(rows)) {
            const auto p = static_cast<Priority>(row.data(TaskColumnModel::PriorityRole).toInt());
            if (shared && *shared != p)
                return std::nullopt;
            shared = p;
        }
        return shared;
    };
    m_cardMenus = new CardMenus(this, std::move(hooks));
    auto separator = [this] {
        auto *action = new QAction(this);
        action->setSeparator(true);
        return action;
    };
    m_cardActions = {
        m_edit, m_duplicate, m_cardMenus->moveMenu()->menuAction(), m_cardMenus->priorityMenu()->menuAction(), left, right, up,
        down,   m_delete};
    m_actions = {newTaskAction,
                 separator(),
                 m_edit,
                 m_duplicate,
                 separator(),
                 m_cardMenus->moveMenu()->menuAction(),
                 m_cardMenus->priorityMenu()->menuAction(),
                 left,
                 right,
                 up,
                 down,
                 separator(),
                 m_delete,
                 separator(),
                 find,
                 refresh};
    updateActions();
    updateEmptyStates();

    if (ownPreferences) {
        if (Status s = m_preferences->reload(); !s)
            showError(s.error().text());
    }
    m_board->reload();
    m_board->watcher()->start(1000);
}

BoardWidget::~BoardWidget() = default;

QList<QAction *> BoardWidget::taskActions() const
{
    return m_actions;
}

QListView *BoardWidget::columnView(TaskStatus status) const
{
    return m_views.at(std::size_t(boardColumn(status)));
}

QWidget *BoardWidget::buildFilterBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 4);
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search titles and descriptions…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search tasks"));
    // From the search: Return goes to the first card found, Escape clears it and goes back.
    auto *toCards = new QShortcut(
        QKeySequence(Qt::Key_Return), m_search, [this] { focusFirstCard(); }, Qt::WidgetShortcut);
    toCards->setObjectName(QStringLiteral("shortcutSearchToCards"));
    toCards->setKeys({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    toCards->setWhatsThis(tr("Go from the board's search to the first card found"));
    auto *leave = new QShortcut(QKeySequence(Qt::Key_Escape), m_search, this, &BoardWidget::leaveSearch, Qt::WidgetShortcut);
    leave->setObjectName(QStringLiteral("shortcutLeaveSearch"));
    leave->setWhatsThis(tr("Clear the board's search and go back to the cards"));
    m_priority = new QComboBox(bar);
    m_priority->setObjectName(QStringLiteral("priorityFilter"));
    m_priority->setAccessibleName(tr("Show priority"));
    m_priority->addItem(tr("Any priority"), -1);
    for (int p = 0; p < 4; ++p)
        m_priority->addItem(displayName(static_cast<Priority>(p)), p);
    m_tag = new QComboBox(bar);
    m_tag->setObjectName(QStringLiteral("tagFilter"));
    m_tag->setAccessibleName(tr("Show tag"));
    m_tag->addItem(tr("Any tag"), QString());
    m_due = new QComboBox(bar);
    m_due->setObjectName(QStringLiteral("dueFilter"));
    m_due->setAccessibleName(tr("Show due date"));
    m_due->addItem(tr("Any due date"), 0);
    m_due->addItem(tr("Overdue"), 1);
    m_due->addItem(tr("Due today"), 2);
    m_due->addItem(tr("Due this week"), 3);
    m_origin = new QComboBox(bar);
    m_origin->setObjectName(QStringLiteral("originFilter"));
    m_origin->setAccessibleName(tr("Show origin"));
    m_origin->addItem(tr("Any origin"), 0);
    m_origin->addItem(tr("Created by a workflow"), 1);
    m_origin->addItem(tr("Created by hand"), 2);
    auto *clear = new QPushButton(tr("Clear filters"), bar);
    clear->setObjectName(QStringLiteral("clearFilters"));
    row->addWidget(m_search, 2);
    for (QComboBox *box : {m_priority, m_tag, m_due, m_origin}) {
        row->addWidget(box);
        connect(box, &QComboBox::currentIndexChanged, this, &BoardWidget::applyFilter);
    }
    row->addWidget(clear);
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &BoardWidget::applyFilter);
    connect(clear, &QPushButton::clicked, this, &BoardWidget::clearFilters);
    return bar;
}

void BoardWidget::clearFilters()
{
    {
        const QSignalBlocker blockers[] = {QSignalBlocker(m_priority), QSignalBlocker(m_tag), QSignalBlocker(m_due),
                                           QSignalBlocker(m_origin)};
        for (QComboBox *box : {m_priority, m_tag, m_due, m_origin})
            box->setCurrentIndex(0);
    }
    // Not blocked: the field hides its clear button when told it is empty.
    m_search->clear();
    m_searchDelay->stop(); // filtered once, now
    applyFilter();
}

QWidget *BoardWidget::buildColumn(TaskStatus status)
{
    const auto i = std::size_t(boardColumn(status));
    auto *column = new QWidget(this);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(2, 0, 2, 0);
    auto *header = new QLabel(column);
    header->setObjectName(QStringLiteral("header_") + toString(status));
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setToolTip(tr("Right-click to set a work-in-progress limit"));
    connect(header, &QLabel::customContextMenuRequested, this, [this, status, header](const QPoint &pos) {
        QMenu menu;
        menu.addAction(tr("Set WIP limit…"), this, [this, status] {
            bool ok = false;
            const int limit =
                QInputDialog::getInt(this, tr("WIP limit"), tr("Most cards in %1 (0 = no limit):").arg(displayName(status)),
                                     wipLimit(status), 0, 9999, 1, &ok);
            if (ok)
                setWipLimit(status, limit);
        });
        menu.exec(header->mapToGlobal(pos));
    });
    m_headers[i] = header;

    auto *view = new BoardColumnView(column); // cards, drag and drop, scrolling: see BoardColumnView
    view->setObjectName(QStringLiteral("column_") + toString(status));
    view->setModel(m_board->column(status));
    connect(view, &QListView::doubleClicked, this, [this] { editTask(); });
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, [this, view](const QPoint &pos) { showCardMenu(view, pos); });
    auto *menuKey = new QShortcut(
        QKeySequence(Qt::Key_Menu), view, [this, view] { showCardMenu(view, QPoint(), true); }, Qt::WidgetShortcut);
    menuKey->setObjectName(QStringLiteral("shortcutCardMenu_") + toString(status));
    menuKey->setKeys({QKeySequence(Qt::Key_Menu), QKeySequence(Qt::SHIFT | Qt::Key_F10)});
    menuKey->setWhatsThis(tr("Open the menu of the selected cards"));
    auto *open = new QShortcut(QKeySequence(Qt::Key_Return), view, this, &BoardWidget::editTask, Qt::WidgetShortcut);
    open->setObjectName(QStringLiteral("shortcutOpenCard_") + toString(status));
    open->setKeys({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    open->setWhatsThis(tr("Open the selected card"));
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this, view] {
        m_lastFocused = view;
        updateActions();
    });
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &BoardWidget::updateActions);
    TaskColumnModel *model = m_board->column(status);
    connect(model, &TaskColumnModel::totalCountChanged, this, [this, status] {
        updateHeader(status);
        updateEmptyStates();
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this, status] {
        updateHeader(status);
        updateEmptyStates();
    });
    // A reload drops the selection without a signal.
    connect(model, &QAbstractItemModel::modelReset, this, &BoardWidget::updateActions);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &BoardWidget::updateActions);
    m_views[i] = view;
    m_emptyStates[i] = new ColumnEmptyState(view, status);
    // Every column, empty or not, takes a new card at its foot.
    auto *add = new QPushButton(tr("+ Add a card"), column);
    add->setObjectName(QStringLiteral("addCard_") + toString(status));
    add->setFlat(true);
    add->setToolTip(tr("Add a card to %1").arg(displayName(status)));
    add->setAccessibleName(add->toolTip());
    connect(add, &QPushButton::clicked, this, [this, status] { newTaskIn(status); });
    layout->addWidget(header);
    layout->addWidget(view, 1);
    layout->addWidget(add);
    updateHeader(status);
    return column;
}

void BoardWidget::updateHeader(TaskStatus status)
{
    const auto i = std::size_t(boardColumn(status));
    if (!m_headers[i] || !m_views[i])
        return;
    const int count = m_board->column(status)->totalCount();
    const int limit = wipLimit(status);
    const bool over = limit > 0 && count > limit;
    m_headers[i]->setText(
        limit > 0 ? QStringLiteral("<b>%1</b> &nbsp;%2 / %3").arg(displayName(status).toHtmlEscaped()).arg(count).arg(limit)
                  : QStringLiteral("<b>%1</b> &nbsp;%2").arg(displayName(status).toHtmlEscaped()).arg(count));
    const QVariant wasOver = m_headers[i]->property("overLimit");
    m_headers[i]->setProperty("overLimit", over);
    m_views[i]->setAccessibleName(tr("%1 column, %n cards", nullptr, count).arg(displayName(status)));
    m_views[i]->setAccessibleDescription(limit > 0 ? tr("Work-in-progress limit %1").arg(limit) : QString());
    if (wasOver.isValid() && wasOver.toBool() == over)
        return;
    if (over)
        setPaletteStyleSheet(m_headers[i], [](const QPalette &palette) {
            return QStringLiteral("QLabel { color: %1; background: %2; padding: 4px; border-radius: 4px; }")
                .arg(alertText(palette).name(), alertBackground(palette).name());
        });
    else
        setPaletteStyleSheet(m_headers[i], QStringLiteral("QLabel { padding: 4px; }"));
}

void BoardWidget::setWipLimit(TaskStatus status, int limit)
{
    if (Status s = m_preferences->setWipLimit(status, limit); !s)
        showError(s.error().text()); // the headers follow the preferences' changed()
}

int BoardWidget::wipLimit(TaskStatus status) const
{
    return m_preferences->preferences().wipLimit(status);
}

void BoardWidget::applyFilter()
{
    TaskFilter f;
    f.text = m_search->text().trimmed();
    if (const int p = m_priority->currentData().toInt(); p >= 0)
        f.priority = static_cast<Priority>(p);
    f.tag = m_tag->currentData().toString();
    const QDateTime now = Clock::currentUtc();
    const QDate today = now.toLocalTime().date();
    const QDateTime startOfToday = QDateTime(today, QTime(0, 0)).toUTC();
    switch (m_due->currentData().toInt()) {
    case 1:
        f.dueBefore = now;
        break;
    case 2:
        f.dueFrom = startOfToday;
        f.dueBefore = startOfToday.addDays(1);
        break;
    case 3:
        f.dueFrom = QDateTime(today.addDays(1 - today.dayOfWeek()), QTime(0, 0)).toUTC();
        f.dueBefore = f.dueFrom.addDays(7);
        break;
    default:
        break;
    }
    if (const int origin = m_origin->currentData().toInt(); origin > 0)
        f.createdByWorkflow = origin == 1;
    m_board->setFilter(f);
    // A new search or filter shows every column from its top: an old scroll position would hide
    // the first results.
    for (QListView *view : m_views)
        if (view)
            view->scrollToTop();
}

void BoardWidget::reloadTagChoices()
{
    const auto tags = m_board->tags();
    if (!tags)
        return;
    const QString current = m_tag->currentData().toString();
    const QSignalBlocker block(m_tag);
    while (m_tag->count() > 1)
        m_tag->removeItem(1);
    for (const QString &tag : *tags)
        m_tag->addItem(QStringLiteral("#") + tag, tag);
    m_tag->setCurrentIndex(std::max(0, m_tag->findData(current)));
}

void BoardWidget::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
    m_errorTimer->start(10000);
    Q_EMIT statusMessage(message);
}

QListView *BoardWidget::currentView() const
{
    for (QListView *view : m_views)
        if (view->hasFocus())
            return view;
    return m_lastFocused ? m_lastFocused : m_views[0];
}

QListView *BoardWidget::lastColumn() const
{
    return m_lastFocused ? m_lastFocused : m_views[0];
}

void BoardWidget::focusFirstCard()
{
    for (TaskStatus status : kBoardColumns) {
        auto *model = m_board->column(status);
        if (model->rowCount() > 0) {
            selectIds(status, {model->index(0).data(TaskColumnModel::IdRole).toString()});
            return;
        }
    }
}

void BoardWidget::leaveSearch()
{
    if (!m_search->text().isEmpty()) {
        m_search->clear();
        m_searchDelay->stop();
        applyFilter();
    }
    lastColumn()->setFocus(Qt::ShortcutFocusReason);
}

QStringList BoardWidget::selectedIds(QListView *view) const
{
    QModelIndexList rows = view->selectionModel()->selectedIndexes();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList ids;
    for (const QModelIndex &index : std::as_const(rows))
        ids << index.data(TaskColumnModel::IdRole).toString();
    if (ids.isEmpty() && view->currentIndex().isValid())
        ids << view->currentIndex().data(TaskColumnModel::IdRole).toString();
    return ids;
}

bool BoardWidget::selectTask(const QString &id)
{
    for (TaskStatus status : kBoardColumns) {
        if (m_board->column(status)->rowOf(id) >= 0) {
            selectIds(status, {id});
            return true;
        }
    }
    return false;
}

void BoardWidget::selectIds(TaskStatus status, const QStringList &ids)
{
    QListView *view = columnView(status);
    auto *model = m_board->column(status);
    view->selectionModel()->clearSelection();
    for (const QString &id : ids) {
        const int row = model->rowOf(id);
        if (row < 0)
            continue;
        view->selectionModel()->select(model->index(row), QItemSelectionModel::Select);
        view->selectionModel()->setCurrentIndex(model->index(row), QItemSelectionModel::NoUpdate);
        view->scrollTo(model->index(row));
    }
    view->setFocus();
    m_lastFocused = view;
}

std::optional<Task> BoardWidget::runDialog(const Task &task, std::function<Result<Task>(const Task &)> save)
{
    const auto tags = m_board->tags();
    QList<TaskHistoryEntry> history;
    if (!task.id.isEmpty()) {
        if (auto h = m_board->taskHistory(task.id); h)
            history = *h;
    }
    TaskDialog dialog(task, tags ? *tags : QStringList(), history, this, m_zone);
    dialog.setStore(std::move(save), [this](const QString &id) { return m_board->task(id); });
    if (!m_runDialog(dialog) || dialog.result() != QDialog::Accepted)
        return std::nullopt;
    return dialog.savedTask();
}

void BoardWidget::newTask()
{
    newTaskIn(static_cast<TaskColumnModel *>(currentView()->model())->status());
}

void BoardWidget::newTaskIn(TaskStatus status)
{
    Task task;
    task.status = status;
    const auto created = runDialog(task, [this](const Task &t) { return m_board->createTask(t); });
    if (!created)
        return;
    selectIds(created->status, {created->id});
    Q_EMIT statusMessage(tr("Created \"%1\"").arg(created->title));
}

void BoardWidget::editTask()
{
    const QStringList ids = selectedIds(currentView());
    if (ids.isEmpty())
        return;
    auto task = m_board->task(ids.first());
    if (!task)
        return showError(task.error().text());
    const auto saved = runDialog(*task, [this](const Task &t) { return m_board->updateTask(t); });
    if (saved)
        selectIds(saved->status, {saved->id});
}

void BoardWidget::duplicateTask()
{
    const QStringList ids = selectedIds(currentView());
    if (ids.isEmpty())
        return;
    auto task = m_board->task(ids.first());
    if (!task)
        return showError(task.error().text());
    Task copy = *task;
    copy.id.clear();
    copy.version = 1;
    copy.title = tr("%1 (copy)").arg(copy.title).left(200);
    const auto created = runDialog(copy, [this](const Task &t) { return m_board->createTask(t); });
    if (created)
        selectIds(created->status, {created->id});
}

void BoardWidget::deleteTasks()
{
    const QStringList ids = selectedIds(currentView());
    if (ids.isEmpty())
        return;
    if (Status s = m_board->deleteTasks(ids); !s)
        return showError(s.error().text());
    Q_EMIT statusMessage(tr("Deleted %n tasks — Undo brings them back", nullptr, int(ids.size())));
}

void BoardWidget::moveSideways(int direction)
{
    const auto from = static_cast<TaskColumnModel *>(currentView()->model())->status();
    const int to = boardColumn(from) + direction;
    if (to >= 0 && to < kTaskStatusCount)
        moveSelectionTo(kBoardColumns[std::size_t(to)]);
}

// The cards land at the row they left (or the target's end), as with Ctrl+Left/Right.
void BoardWidget::moveSelectionTo(TaskStatus target)
{
    QListView *view = currentView();
    auto *model = static_cast<TaskColumnModel *>(view->model());
    const QStringList ids = selectedIds(view);
    if (ids.isEmpty() || model->status() == target)
        return;
    m_board->moveTasks(ids, target, std::max(model->rowOf(ids.first()), 0));
    selectIds(target, ids);
}

void BoardWidget::setSelectionPriority(Priority priority)
{
    QListView *view = currentView();
    const auto status = static_cast<TaskColumnModel *>(view->model())->status();
    const QStringList ids = selectedIds(view);
    if (ids.isEmpty())
        return;
    if (Status s = m_board->setPriority(ids, priority); !s)
        return showError(s.error().text());
    selectIds(status, ids);
    Q_EMIT statusMessage(tr("Priority %1 for %n tasks", nullptr, int(ids.size())).arg(displayName(priority)));
}

void BoardWidget::showCardMenu(QListView *view, const QPoint &pos, bool fromKeyboard)
{
    const auto status = static_cast<TaskColumnModel *>(view->model())->status();
    QPoint at;
    if (fromKeyboard) {
        const QModelIndex current = view->currentIndex();
        if (!current.isValid() || selectedIds(view).isEmpty())
            return;
        at = view->viewport()->mapToGlobal(view->visualRect(current).center());
    } else {
        const QModelIndex index = view->indexAt(pos);
        if (!index.isValid())
            return;
        if (!view->selectionModel()->isSelected(index)) {
            selectIds(status, {index.data(TaskColumnModel::IdRole).toString()});
        } else {
            view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
            view->setFocus();
            m_lastFocused = view;
        }
        at = view->viewport()->mapToGlobal(pos);
    }
    updateActions();
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("cardMenu"));
    m_cardMenus->fill(menu, m_edit, m_duplicate, m_delete);
    if (m_runMenu)
        m_runMenu(menu, at);
    else
        menu.exec(at);
}

bool BoardWidget::filterActive() const
{
    const TaskFilter &f = m_board->filter();
    return !f.text.isEmpty() || f.priority || !f.tag.isEmpty() || f.dueFrom.isValid() || f.dueBefore.isValid()
        || f.createdByWorkflow.has_value();
}

void BoardWidget::updateEmptyStates()
{
    if (!m_noResults)
        return; // still building
    const bool filtered = filterActive();
    int shown = 0;
    for (TaskStatus status : kBoardColumns) {
        const auto i = std::size_t(boardColumn(status));
        shown += m_board->column(status)->totalCount();
        if (m_emptyStates[i])
            m_emptyStates[i]->setFiltered(filtered);
    }
    const QString search = m_board->filter().text;
    m_noResultsText->setText(search.isEmpty() ? tr("No task matches these filters.") : tr("No task matches “%1”.").arg(search));
    m_noResults->setVisible(filtered && shown == 0);
}

void BoardWidget::updateActions()
{
    if (m_cardActions.isEmpty())
        return; // still building
    const bool selected = !selectedIds(currentView()).isEmpty();
    for (QAction *action : std::as_const(m_cardActions))
        action->setEnabled(selected);
}

void BoardWidget::moveVertically(int direction)
{
    QListView *view = currentView();
    auto *model = static_cast<TaskColumnModel *>(view->model());
    const QStringList ids = selectedIds(view);
    if (ids.isEmpty())
        return;
    const int first = model->rowOf(ids.first());
    const int target = first + direction;
    if (first < 0 || target < 0 || target > model->rowCount() - ids.size())
        return;
    m_board->moveTasks(ids, model->status(), target);
    selectIds(model->status(), ids);
}

} // namespace doo
