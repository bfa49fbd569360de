#include "WorkflowsView.h"

#include "ActiveSwitchDelegate.h"
#include "DryRunPanel.h"
#include "PaletteColours.h"
#include "WorkflowEditorDialog.h"
#include "WorkflowHistoryPanel.h"
#include "workflow/WorkflowEngine.h"
#include "domain/WorkflowTiming.h"
#include "itemmodels/WorkflowFilterProxy.h"
#include "itemmodels/WorkflowIntents.h"
#include "itemmodels/WorkflowListModel.h"
#include "itemmodels/WorkflowTemplates.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace doo {

WorkflowsView::WorkflowsView(Database &db, const User &user, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent), m_user(user)
{
    m_intents = new WorkflowIntents(db, UserContext::of(user), undoStack, this);
    m_zone = WorkflowTiming::zoneFor(m_user.timeZone);
    m_model = m_intents->workflows();
    m_model->setTimeZone(m_zone); // times in the zone the schedules are read in
    m_proxy = new WorkflowFilterProxy(this);
    m_proxy->setSourceModel(m_model);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    buildActions();
    auto *toolbar = new QToolBar(this);
    toolbar->setObjectName(QStringLiteral("workflowToolbar"));
    // Icons with their words beside them; each button as wide as its text and icon need (in German
    // too), the New button split: a click makes a blank workflow, its arrow offers the templates.
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addActions(m_actions);
    for (QAction *action : std::as_const(m_actions)) {
        if (auto *button = qobject_cast<QToolButton *>(toolbar->widgetForAction(action))) {
            button->setObjectName(action->objectName() + QStringLiteral("Button"));
            button->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
            if (action->menu())
                button->setPopupMode(QToolButton::MenuButtonPopup);
        }
    }
    layout->addWidget(toolbar);
    layout->addWidget(buildFilterBar());
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("workflowError"));
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("workflowSplitter"));
    m_tableStack = new QStackedWidget(splitter);
    m_table = new QTableView(m_tableStack);
    m_table->setObjectName(QStringLiteral("workflowTable"));
    m_table->setAccessibleName(tr("Workflows"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(WorkflowListModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight); // a long text ends in "…"; its tooltip has it whole
    m_table->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->setItemDelegateForColumn(WorkflowListModel::Active, new ActiveSwitchDelegate(m_table));
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(WorkflowListModel::Name, QHeaderView::Stretch);
    header->setSectionResizeMode(WorkflowListModel::Frequency, QHeaderView::Stretch);
    // The switch and its word ("Désactivé") take what they need; the other columns at least their
    // header in the user's language ("Nächste Ausführung").
    header->setSectionResizeMode(WorkflowListModel::Active, QHeaderView::ResizeToContents);
    const int widths[] = {0, 115, 0, 0, 122, 100, 92, 92};
    for (int c = 0; c < WorkflowListModel::ColumnCount; ++c)
        if (widths[c] > 0)
            m_table->setColumnWidth(c, std::max(widths[c], header->sectionSizeHint(c)));
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions(m_actions.mid(1));
    m_history = new WorkflowHistoryPanel(*m_intents, splitter);
    m_history->setTimeZone(m_zone);
    m_history->setObjectName(QStringLiteral("workflowHistory"));
    m_tableStack->addWidget(m_table);
    m_tableStack->addWidget(buildEmptyState());
    splitter->addWidget(m_tableStack);
    splitter->addWidget(m_history);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("workflowSummary"));
    m_summary->setContentsMargins(4, 0, 4, 4);
    layout->addWidget(m_summary);

    auto *open = new QShortcut(QKeySequence(Qt::Key_Return), m_table, this, &WorkflowsView::editWorkflow, Qt::WidgetShortcut);
    open->setObjectName(QStringLiteral("shortcutOpenWorkflow"));
    open->setKeys({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    open->setWhatsThis(tr("Open the selected workflow in the editor"));
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() != WorkflowListModel::Active)
            editWorkflow();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateActions();
        m_history->setWorkflow(currentWorkflow());
    });
    connect(m_model, &WorkflowListModel::errorOccurred, this, &WorkflowsView::showError);
    connect(m_model, &WorkflowListModel::workflowChanged, this, [this] {
        updateActions();
        m_history->setWorkflow(currentWorkflow());
        Q_EMIT workflowsChanged();
    });
    connect(m_intents, &WorkflowIntents::errorOccurred, this, &WorkflowsView::showError);
    connect(m_intents, &WorkflowIntents::workflowsChanged, this, &WorkflowsView::changed);
    connect(m_history, &WorkflowHistoryPanel::statusMessage, this, &WorkflowsView::statusMessage);
    connect(m_history, &WorkflowHistoryPanel::retryRequested, this, &WorkflowsView::retryWorkflow);
    connect(m_history, &WorkflowHistoryPanel::openTask, this, &WorkflowsView::openTask);
    connect(m_history, &WorkflowHistoryPanel::workflowsChanged, this, [this] { changed(currentWorkflow().id); });
    connect(m_history, &WorkflowHistoryPanel::runsChanged, this, [this] {
        const QString id = currentWorkflow().id;
        m_model->reload();
        selectWorkflow(id);
    });
    reload();
}

WorkflowsView::~WorkflowsView() = default;

namespace {
// The theme's icon of an action, else the style's standard one (a desktop without an icon theme).
// The style's Play and Pause are black glyphs: drawn in the palette's text colour instead, they
// show on a dark palette too.
QIcon icon(const char *action, const QPalette &palette)
{
    struct Icon
    {
        const char *action;
        const char *theme;
        QStyle::StandardPixmap fallback;
        bool glyph;
    };
    static const Icon icons[] = {
        {"actionNewWorkflow", "document-new", QStyle::SP_FileIcon, false},
        {"actionEditWorkflow", "document-edit", QStyle::SP_FileDialogDetailedView, false},
        {"actionRunWorkflow", "media-playback-start", QStyle::SP_MediaPlay, true},
        {"actionToggleWorkflow", "media-playback-pause", QStyle::SP_MediaPause, true},
        {"actionDuplicateWorkflow", "edit-copy", QStyle::SP_FileDialogNewFolder, false},
        {"actionDeleteWorkflow", "edit-delete", QStyle::SP_TrashIcon, false},
        {"actionDryRunWorkflow", "document-preview", QStyle::SP_FileDialogContentsView, false},
        {"actionRefreshWorkflows", "view-refresh", QStyle::SP_BrowserReload, false},
    };
    for (const Icon &i : icons) {
        if (qstrcmp(i.action, action) != 0)
            continue;
        const QString theme = QLatin1String(i.theme);
        if (QIcon::hasThemeIcon(theme))
            return QIcon::fromTheme(theme);
        const QIcon fallback = QApplication::style()->standardIcon(i.fallback);
        return i.glyph ? tintedIcon(fallback, palette.color(QPalette::ButtonText)) : fallback;
    }
    return {};
}
} // namespace

void WorkflowsView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::PaletteChange)
        return;
    for (QAction *action : std::as_const(m_actions)) // the glyphs in the new text colour
        action->setIcon(icon(action->objectName().toLatin1().constData(), palette()));
}

void WorkflowsView::buildActions()
{
    auto make = [this](const char *name, const QString &text, const QKeySequence &key, std::function<void()> slot) {
        auto *action = new QAction(text, this);
        action->setIcon(icon(name, palette()));
        action->setObjectName(QLatin1String(name));
        if (!key.isEmpty()) {
            action->setShortcut(key);
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        }
        connect(action, &QAction::triggered, this, [slot] { slot(); });
        QWidget::addAction(action);
        m_actions << action;
        return action;
    };
    QAction *create = make("actionNewWorkflow", tr("New…"), QKeySequence::New, [this] { newWorkflow(); });
    auto *menu = new QMenu(tr("New from template"), this);
    menu->setObjectName(QStringLiteral("menuNewFromTemplate"));
    menu->addAction(tr("Blank workflow…"), this, [this] { newWorkflow(); });
    menu->addSection(tr("From a template"));
    for (const Workflow &t : WorkflowTemplates::all()) {
        QAction *a = menu->addAction(tr("%1 — %2").arg(displayName(t.type), t.name));
        a->setObjectName(QStringLiteral("actionTemplate_") + toString(t.type));
        a->setToolTip(t.description);
        const WorkflowType type = t.type;
        connect(a, &QAction::triggered, this, [this, type] { newFromTemplate(type); });
    }
    create->setMenu(menu);
    m_templates = menu;
    m_edit = make("actionEditWorkflow", tr("Edit…"), QKeySequence(Qt::Key_F2), [this] { editWorkflow(); });
    m_run = make("actionRunWorkflow", tr("Run now"), QKeySequence(Qt::CTRL | Qt::Key_R), [this] { runNow(); });
    m_toggle = make("actionToggleWorkflow", tr("Disable"), QKeySequence(Qt::CTRL | Qt::Key_E), [this] { toggleActive(); });
    m_duplicate =
        make("actionDuplicateWorkflow", tr("Duplicate"), QKeySequence(Qt::CTRL | Qt::Key_D), [this] { duplicateWorkflow(); });
    m_delete = make("actionDeleteWorkflow", tr("Delete"), QKeySequence::Delete, [this] { deleteWorkflow(); });
    m_dryRun = make("actionDryRunWorkflow", tr("Dry run…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), [this] { dryRun(); });
    QAction *refresh = make("actionRefreshWorkflows", tr("Refresh"), QKeySequence::Refresh, [this] { reload(); });
    refresh->setToolTip(tr("Read the workflows and their runs again (F5)"));
}

QWidget *WorkflowsView::buildFilterBar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(4, 0, 4, 0);
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("workflowSearch"));
    m_search->setPlaceholderText(tr("Filter by name, description or frequency"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Filter workflows"));
    m_typeFilter = new QComboBox(bar);
    m_typeFilter->setObjectName(QStringLiteral("workflowTypeFilter"));
    m_typeFilter->setAccessibleName(tr("Show type"));
    m_typeFilter->addItem(tr("All types"), QString());
    for (const QString &t : enumNames<WorkflowType>())
        m_typeFilter->addItem(displayName(*enumFromString<WorkflowType>(t)), t);
    m_activeFilter = new QComboBox(bar);
    m_activeFilter->setObjectName(QStringLiteral("workflowActiveFilter"));
    m_activeFilter->setAccessibleName(tr("Show on or off"));
    m_activeFilter->addItem(tr("On and off"), QString());
    m_activeFilter->addItem(tr("On"), QStringLiteral("on"));
    m_activeFilter->addItem(tr("Off"), QStringLiteral("off"));
    layout->addWidget(m_search, 1);
    layout->addWidget(m_typeFilter);
    layout->addWidget(m_activeFilter);
    connect(m_search, &QLineEdit::textChanged, this, [this] { applyFilter(); });
    connect(m_typeFilter, &QComboBox::currentIndexChanged, this, [this] { applyFilter(); });
    connect(m_activeFilter, &QComboBox::currentIndexChanged, this, [this] { applyFilter(); });
    return bar;
}

QWidget *WorkflowsView::buildEmptyState()
{
    auto *page = new QWidget(m_tableStack);
    page->setObjectName(QStringLiteral("workflowEmptyState"));
    page->setAutoFillBackground(true);
    page->setBackgroundRole(QPalette::Base);
    auto *layout = new QVBoxLayout(page);
    m_emptyTitle = new QLabel(page);
    m_emptyTitle->setObjectName(QStringLiteral("workflowEmptyTitle"));
    m_emptyTitle->setAlignment(Qt::AlignCenter);
    QFont title = m_emptyTitle->font();
    title.setPointSizeF(title.pointSizeF() * 1.4);
    title.setBold(true);
    m_emptyTitle->setFont(title);
    m_emptyText = new QLabel(page);
    m_emptyText->setObjectName(QStringLiteral("workflowEmptyText"));
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    m_emptyText->setForegroundRole(QPalette::PlaceholderText);
    // The templates menu of the New button: a template opens in the editor, ready to save.
    m_emptyTemplate = new QPushButton(tr("Start from a template"), page);
    m_emptyTemplate->setObjectName(QStringLiteral("workflowEmptyTemplate"));
    m_emptyTemplate->setIcon(icon("actionNewWorkflow", palette()));
    m_emptyTemplate->setMenu(m_templates);
    m_emptyClear = new QPushButton(tr("Clear the filter"), page);
    m_emptyClear->setObjectName(QStringLiteral("workflowEmptyClear"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_emptyTemplate);
    buttons->addWidget(m_emptyClear);
    buttons->addStretch();
    layout->addStretch();
    layout->addWidget(m_emptyTitle);
    layout->addWidget(m_emptyText);
    layout->addSpacing(8);
    layout->addLayout(buttons);
    layout->addStretch();
    connect(m_emptyClear, &QPushButton::clicked, this, [this] {
        m_search->clear();
        m_typeFilter->setCurrentIndex(0);
        m_activeFilter->setCurrentIndex(0);
    });
    return page;
}

void WorkflowsView::updateEmptyState()
{
    const bool none = m_model->rowCount() == 0;
    const bool hidden = !none && m_proxy->rowCount() == 0;
    m_tableStack->setCurrentIndex(none || hidden ? 1 : 0);
    m_emptyTemplate->setVisible(none);
    m_emptyClear->setVisible(hidden);
    if (none) {
        m_emptyTitle->setText(tr("No workflows yet"));
        m_emptyText->setText(tr("A workflow does recurring work for you: it creates and moves tasks, reminds you and "
                                "writes reports. Start from a template and adjust it."));
    } else if (hidden) {
        const QString text = m_search->text().trimmed();
        m_emptyTitle->setText(text.isEmpty() ? tr("No workflow matches the filter") : tr("No workflow matches “%1”").arg(text));
        m_emptyText->setText(tr("%n workflows are hidden by the filter.", nullptr, m_model->rowCount()));
    }
}

void WorkflowsView::applyFilter()
{
    m_proxy->setText(m_search->text());
    m_proxy->setType(enumFromString<WorkflowType>(m_typeFilter->currentData().toString()));
    const QString active = m_activeFilter->currentData().toString();
    m_proxy->setActive(active.isEmpty() ? std::nullopt : std::optional<bool>(active == QLatin1String("on")));
    updateActions();
}

Workflow WorkflowsView::currentWorkflow() const
{
    const QModelIndex index = m_proxy->mapToSource(m_table->currentIndex());
    return index.isValid() ? m_model->workflow(index.row()) : Workflow();
}

bool WorkflowsView::selectWorkflow(const QString &id)
{
    const int row = m_model->rowOf(id);
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row < 0 ? 0 : row, WorkflowListModel::Name));
    if (row < 0 || !index.isValid()) {
        m_table->setCurrentIndex(QModelIndex());
        updateActions();
        m_history->setWorkflow(currentWorkflow());
        return false;
    }
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

void WorkflowsView::updateActions()
{
    const Workflow w = currentWorkflow();
    const bool has = !w.id.isEmpty();
    for (QAction *a : {m_edit, m_run, m_toggle, m_duplicate, m_delete, m_dryRun})
        a->setEnabled(has);
    m_toggle->setText(has && !w.isActive ? tr("Enable") : tr("Disable"));
    int active = 0;
    for (int i = 0; i < m_model->rowCount(); ++i)
        active += m_model->workflow(i).isActive ? 1 : 0;
    m_summary->setText(tr("%n workflows, %1 on · %2 shown", nullptr, m_model->rowCount()).arg(active).arg(m_proxy->rowCount()));
    updateEmptyState();
}

void WorkflowsView::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    if (!message.isEmpty())
        QTimer::singleShot(10000, m_error, [label = m_error, message] {
            if (label->text() == message)
                label->hide();
        });
}

void WorkflowsView::reload()
{
    const QString id = currentWorkflow().id;
    if (m_model->reload())
        showError(QString());
    if (!selectWorkflow(id) && m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, WorkflowListModel::Name));
    updateActions();
    m_history->reload();
    refreshDryRuns(); // a run in the background finished, or the data changed elsewhere
}

void WorkflowsView::refreshIfStale()
{
    if (m_model->isStale())
        reload();
}

void WorkflowsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refreshIfStale(); // what changed elsewhere while another view was shown
}

void WorkflowsView::changed(const QString &selectId)
{
    m_model->reload();
    if (!selectWorkflow(selectId) && m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, WorkflowListModel::Name));
    updateActions();
    m_history->setWorkflow(currentWorkflow());
    m_history->reload();
    refreshDryRuns();
    Q_EMIT workflowsChanged();
}

bool WorkflowsView::runEditor(const Workflow &workflow)
{
    WorkflowEditorDialog dialog(*m_intents, this);
    dialog.setTimeZone(m_zone);
    dialog.setWorkflow(workflow);
    dialog.setSaveHandler([this](Workflow &w) -> Status {
        auto saved = m_intents->saveWorkflow(w);
        if (!saved)
            return saved.error();
        w = *saved;
        return {};
    });
    const bool accepted = m_runEditor ? m_runEditor(dialog) : dialog.exec() == QDialog::Accepted;
    const Workflow saved = dialog.savedWorkflow();
    if (dialog.hasSaved()) {
        changed(saved.id);
        Q_EMIT statusMessage(tr("Workflow \"%1\" saved").arg(saved.name));
        return true;
    }
    if (saved.version != workflow.version)
        changed(saved.id); // it shows the version saved elsewhere after a conflict
    return accepted;
}

void WorkflowsView::newWorkflow(const Workflow &start)
{
    Workflow w = start;
    w.id.clear();
    w.userId = m_user.id;
    w.version = 1;
    runEditor(w);
}

void WorkflowsView::newFromTemplate(WorkflowType type)
{
    const Workflow t = WorkflowTemplates::forType(type);
    if (t.name.isEmpty()) {
        showError(tr("There is no template for %1 workflows.").arg(displayName(type)));
        return;
    }
    newWorkflow(t);
}

void WorkflowsView::editWorkflow()
{
    const Workflow w = currentWorkflow();
    if (!w.id.isEmpty())
        runEditor(w);
}

void WorkflowsView::runNow()
{
    runWorkflow(currentWorkflow());
}

void WorkflowsView::retryWorkflow(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0) {
        showError(tr("The workflow of this run was deleted."));
        return;
    }
    runWorkflow(m_model->workflow(row));
}

void WorkflowsView::runWorkflow(Workflow w)
{
    if (w.id.isEmpty())
        return;
    Q_EMIT statusMessage(tr("Running \"%1\"…").arg(w.name));
    if (m_runInBackground) {
        m_runInBackground(w);
        return;
    }
    Result<WorkflowExecution> run = [&]() -> Result<WorkflowExecution> {
        if (m_runNow)
            return m_runNow(w);
        return m_intents->runNow(w);
    }();
    changed(w.id);
    if (!run) {
        showError(tr("Could not run \"%1\": %2").arg(w.name, run.error().text()));
        return;
    }
    const WorkflowExecution &e = *run;
    if (e.status == ExecutionStatus::Failed)
        showError(tr("\"%1\" failed: %2").arg(w.name, e.error));
    else if (e.status == ExecutionStatus::Waiting)
        Q_EMIT statusMessage(tr("\"%1\" waits for your approval (a task in Review)").arg(w.name));
    else
        Q_EMIT statusMessage(tr("\"%1\" ran: %n tasks created", nullptr, e.tasksCreated).arg(w.name));
}

void WorkflowsView::toggleActive()
{
    const QModelIndex index = m_proxy->mapToSource(m_table->currentIndex());
    if (!index.isValid())
        return;
    const bool on = m_model->workflow(index.row()).isActive;
    m_model->setData(m_model->index(index.row(), WorkflowListModel::Active), on ? Qt::Unchecked : Qt::Checked,
                     Qt::CheckStateRole);
}

void WorkflowsView::duplicateWorkflow()
{
    const Workflow original = currentWorkflow();
    if (original.id.isEmpty())
        return;
    const auto created = m_intents->duplicateWorkflow(original, tr("%1 (copy)").arg(original.name).left(200));
    if (!created) {
        showError(created.error().text());
        return;
    }
    changed(created->id);
    Q_EMIT statusMessage(tr("Duplicated as \"%1\" (switched off)").arg(created->name));
}

void WorkflowsView::deleteWorkflow()
{
    const Workflow w = currentWorkflow();
    if (w.id.isEmpty())
        return;
    m_intents->deleteWorkflow(w);
    Q_EMIT statusMessage(tr("Deleted \"%1\" — Ctrl+Z brings it back").arg(w.name));
}

void WorkflowsView::dryRun()
{
    const Workflow w = currentWorkflow();
    if (w.id.isEmpty())
        return;
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("dryRunDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Dry run — %1").arg(w.name));
    auto *layout = new QVBoxLayout(dialog);
    auto *panel = new DryRunPanel(dialog);
    panel->setObjectName(QStringLiteral("dryRunPanel"));
    // The workflow as stored at each plan: after a run or an edit the list says what a run does now.
    panel->setPlanner([this, id = w.id]() -> Result<RunPlan> {
        const auto stored = m_intents->workflow(id);
        if (!stored)
            return stored.error();
        return m_intents->dryRun(*stored);
    });
    m_dryRuns.removeAll(nullptr);
    m_dryRuns << panel;
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(panel, 1);
    layout->addWidget(buttons);
    dialog->resize(640, 360);
    panel->refresh();
    dialog->show();
}

void WorkflowsView::refreshDryRuns()
{
    m_dryRuns.removeAll(nullptr);
    for (const QPointer<DryRunPanel> &panel : std::as_const(m_dryRuns))
        panel->refresh();
}

void WorkflowsView::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    m_model->setTimeZone(m_zone);
    m_history->setTimeZone(m_zone);
    reload();
}

} // namespace doo
