#pragma once

#include "domain/User.h"
#include "domain/Workflow.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTimeZone;
class QTextBrowser;
class QUrl;

namespace doo {

class ExecutionListModel;
class WorkflowIntents;

// Under the workflow list: the runs of the selected workflow or of all workflows (filtered by
// status) with a detail pane showing a run's output (each task it made or changed a link to its
// card), "Retry" for a failed run and "Undo run"; the approvals waiting on the
// user with Approve / Reject; and the saved versions of the selected workflow with a diff
// against the current definition and Restore.
class WorkflowHistoryPanel : public QWidget
{
    Q_OBJECT

public:
    // Reads and changes go through `intents` (its executions() model is the runs table's).
    explicit WorkflowHistoryPanel(WorkflowIntents &intents, QWidget *parent = nullptr);
    ~WorkflowHistoryPanel() override;

    // Test seam: asks before undoing a run, with the tasks it will revert (default: a message box).
    using ConfirmUndo = std::function<bool(const QString &question, const QStringList &tasks)>;
    void setConfirmUndo(ConfirmUndo confirm) { m_confirmUndo = std::move(confirm); }

    void setWorkflow(const Workflow &workflow);
    void reload();
    // Times are shown in this zone: the user's (the computer's until set). Set before the first load.
    void setTimeZone(const QTimeZone &zone);

    ExecutionListModel *executions() const { return m_model; }
    QSortFilterProxyModel *executionProxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QString detailText() const;
    QString diffText() const;
    QListWidget *approvalsList() const { return m_approvals; }
    QListWidget *versionsList() const { return m_versions; }

    // "" or an ExecutionStatus name ("FAILED").
    void setStatusFilter(const QString &status);
    void showAllWorkflows(bool all);

    void undoRun();
    // Asks for the selected failed run's workflow to run again now (retryRequested).
    void retryRun();
    // Opens the card of the first task the selected run created or changed (openTask).
    void openRunTask();
    void approveSelected(bool approve);
    void restoreVersion();

Q_SIGNALS:
    void statusMessage(const QString &text);
    // A workflow's definition changed here (a version was restored).
    void workflowsChanged();
    // Runs changed here (undone, approved, rejected): figures need reading again.
    void runsChanged();
    // Retry of a failed run: its workflow should run again now, through "Run now".
    void retryRequested(const QString &workflowId);
    // A task a run created or changed was chosen (an effect's link, a double-click on a run).
    void openTask(const QString &taskId);

private:
    QWidget *buildRunsTab();
    QWidget *buildApprovalsTab();
    QWidget *buildVersionsTab();
    void loadRuns();
    void loadApprovals();
    void loadVersions();
    void showDetail();
    void showDiff();
    void openLink(const QUrl &url);
    void updateButtons();
    QString selectedExecutionId() const;
    static QString definitionText(const QString &name, const QString &description, WorkflowType type, const QString &trigger,
                                  const QString &actions, double minutes);

    WorkflowIntents &m_intents;
    Workflow m_workflow;
    ConfirmUndo m_confirmUndo;
    QTabWidget *m_tabs = nullptr;
    // runs
    ExecutionListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QComboBox *m_scope = nullptr;
    QComboBox *m_status = nullptr;
    QTableView *m_table = nullptr;
    QTextBrowser *m_detail = nullptr;
    QPushButton *m_undo = nullptr;
    QPushButton *m_retry = nullptr;
    // approvals
    QListWidget *m_approvals = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_reject = nullptr;
    QLabel *m_approvalsNote = nullptr;
    // versions
    QListWidget *m_versions = nullptr;
    QList<WorkflowVersion> m_versionList;
    QTextBrowser *m_diff = nullptr;
    QPushButton *m_restore = nullptr;
    QLabel *m_versionsNote = nullptr;
};

} // namespace doo
