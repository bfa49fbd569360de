#pragma once

#include "domain/User.h"
#include "domain/Workflow.h"

#include <QPointer>
#include <QTimeZone>
#include <QWidget>

#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QStackedWidget;
class QTableView;
class QUndoStack;

namespace doo {

class Database;
class DryRunPanel;
class WorkflowEditorDialog;
class WorkflowFilterProxy;
class WorkflowHistoryPanel;
class WorkflowIntents;
class WorkflowListModel;

// The Workflows part of the window: the user's workflows in a sortable, filterable table (name,
// type, frequency in words, an on/off switch, next run, last run, success rate, hours saved),
// the actions New (and New from template), Edit, Run now, Enable/Disable, Duplicate, Delete
// (undoable) and Dry run, and below it the history of runs, approvals and versions. Without
// workflows (or when the filter hides them all) an empty state says so and offers the next step.
class WorkflowsView : public QWidget
{
    Q_OBJECT

public:
    WorkflowsView(Database &db, const User &user, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~WorkflowsView() override;

    QList<QAction *> workflowActions() const { return m_actions; }
    WorkflowListModel *model() const { return m_model; }
    WorkflowFilterProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    WorkflowHistoryPanel *history() const { return m_history; }
    WorkflowIntents *intents() const { return m_intents; }

    // Test seams: how the editor is run (default: exec() == Accepted), and how a run is started
    // now (default: WorkflowIntents::runNow on this window's connection, with retries).
    using EditorRunner = std::function<bool(WorkflowEditorDialog &)>;
    void setEditorRunner(EditorRunner runner) { m_runEditor = std::move(runner); }
    using RunNow = std::function<Result<WorkflowExecution>(const Workflow &)>;
    void setRunNow(RunNow run) { m_runNow = std::move(run); }
    // The window hands "Run now" to its scheduler thread (the result comes back as a finished
    // run); without it the run happens here, synchronously (tests).
    using RunInBackground = std::function<void(const Workflow &)>;
    void setRunInBackground(RunInBackground run) { m_runInBackground = std::move(run); }

    // The workflow of the current row (none: an empty id).
    Workflow currentWorkflow() const;
    bool selectWorkflow(const QString &id);

    void reload();
    // The zone the schedules are read and the times shown in (the user's changed in the Settings
    // window); reads the workflows again, whose next runs were re-timed to it.
    void setTimeZone(const QTimeZone &zone);
    // Reads again when the workflows or their runs changed since (made elsewhere: the command
    // line, another window, a colleague); a cheap check otherwise. Also when the view is shown.
    void refreshIfStale();
    void newWorkflow(const Workflow &start = Workflow());
    void newFromTemplate(WorkflowType type);
    void editWorkflow();
    void runNow();
    // Runs the workflow `id` again now through the same path as "Run now" (Retry of a failed run).
    void retryWorkflow(const QString &id);
    void toggleActive();
    void duplicateWorkflow();
    void deleteWorkflow();
    void dryRun();

Q_SIGNALS:
    void statusMessage(const QString &text);
    // Workflows were saved, switched, added or deleted here: the scheduler should re-arm.
    void workflowsChanged();
    // A task a run created or changed was chosen: the window shows its card on the board.
    void openTask(const QString &taskId);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildFilterBar();
    QWidget *buildEmptyState();
    void updateEmptyState();
    void runWorkflow(Workflow w); // a copy: the run reloads the model it may come from
    void refreshDryRuns();
    void buildActions();
    void applyFilter();
    void updateActions();
    void showError(const QString &message);
    bool runEditor(const Workflow &workflow);
    void changed(const QString &selectId);

    User m_user;
    WorkflowIntents *m_intents = nullptr;
    QTimeZone m_zone;
    WorkflowListModel *m_model = nullptr;
    WorkflowFilterProxy *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    WorkflowHistoryPanel *m_history = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_typeFilter = nullptr;
    QComboBox *m_activeFilter = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_summary = nullptr;
    QStackedWidget *m_tableStack = nullptr; // the table, or the empty state when it shows no row
    QLabel *m_emptyTitle = nullptr;
    QLabel *m_emptyText = nullptr;
    QPushButton *m_emptyTemplate = nullptr;
    QPushButton *m_emptyClear = nullptr;
    QList<QPointer<DryRunPanel>> m_dryRuns; // the open dry-run windows, planned again after a run
    QList<QAction *> m_actions;
    QAction *m_edit = nullptr;
    QAction *m_run = nullptr;
    QAction *m_toggle = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_dryRun = nullptr;
    QMenu *m_templates = nullptr;
    EditorRunner m_runEditor;
    RunNow m_runNow;
    RunInBackground m_runInBackground;
};

} // namespace doo
