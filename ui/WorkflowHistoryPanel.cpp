#include "WorkflowHistoryPanel.h"

#include "workflow/RunUndo.h"
#include "domain/LocaleFormat.h"
#include "domain/WorkflowDefinition.h"
#include "domain/WorkflowTiming.h"
#include "itemmodels/ExecutionListModel.h"
#include "itemmodels/WorkflowIntents.h"
#include "itemmodels/LineDiff.h"
#include "itemmodels/WorkflowListModel.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimeZone>
#include <QUrl>
#include <QVBoxLayout>

namespace doo {

WorkflowHistoryPanel::WorkflowHistoryPanel(WorkflowIntents &intents, QWidget *parent) : QWidget(parent), m_intents(intents)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("historyTabs"));
    m_tabs->addTab(buildRunsTab(), tr("Runs"));
    m_tabs->addTab(buildApprovalsTab(), tr("Approvals"));
    m_tabs->addTab(buildVersionsTab(), tr("Versions"));
    layout->addWidget(m_tabs);
    updateButtons();
}

WorkflowHistoryPanel::~WorkflowHistoryPanel() = default;

QWidget *WorkflowHistoryPanel::buildRunsTab()
{
    auto *page = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(page);
    auto *bar = new QHBoxLayout;
    m_scope = new QComboBox(page);
    m_scope->setObjectName(QStringLiteral("historyScope"));
    m_scope->setAccessibleName(tr("Runs of"));
    m_scope->addItem(tr("Selected workflow"), false);
    m_scope->addItem(tr("All workflows"), true);
    m_status = new QComboBox(page);
    m_status->setObjectName(QStringLiteral("historyStatusFilter"));
    m_status->setAccessibleName(tr("Show status"));
    m_status->addItem(tr("Any status"), QString());
    for (const QString &s : enumNames<ExecutionStatus>())
        m_status->addItem(displayName(*enumFromString<ExecutionStatus>(s)), s);
    m_undo = new QPushButton(tr("Undo run…"), page);
    m_undo->setObjectName(QStringLiteral("undoRunButton"));
    m_undo->setToolTip(tr("Revert every task this run created or changed"));
    bar->addWidget(new QLabel(tr("Runs of"), page));
    bar->addWidget(m_scope);
    bar->addWidget(m_status);
    m_retry = new QPushButton(tr("Retry"), page);
    m_retry->setObjectName(QStringLiteral("retryRunButton"));
    m_retry->setToolTip(tr("Run this failed run's workflow again now"));
    bar->addStretch();
    bar->addWidget(m_retry);
    bar->addWidget(m_undo);
    layout->addLayout(bar);

    m_model = m_intents.executions();
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ExecutionListModel::SortRole);
    auto *splitter = new QSplitter(Qt::Horizontal, page);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setAccessibleName(tr("Runs"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ExecutionListModel::Started, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    // Times as wide as a time in the user's format, the figures and the status at least their
    // header in the user's language ("Min. eingespart"); the workflow's name and the error share
    // the rest and end in "…" (their tooltip has them whole): no sideways scrolling at 1366 px.
    QHeaderView *header = m_table->horizontalHeader();
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    header->setTextElideMode(Qt::ElideRight);
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(m_table->fontMetrics().averageCharWidth() * 6);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ExecutionListModel::WorkflowName, QHeaderView::Stretch);
    header->setSectionResizeMode(ExecutionListModel::ErrorText, QHeaderView::Stretch);
    const int time =
        m_table->fontMetrics().horizontalAdvance(LocaleFormat::dateTime(QDateTime(QDate(2026, 12, 28), QTime(23, 58), Qt::UTC)))
        + 16;
    const int widths[] = {0, 90, time, time, 56, 50, 64};
    for (int c = ExecutionListModel::Status; c < ExecutionListModel::ErrorText; ++c)
        m_table->setColumnWidth(c, std::max(widths[c], header->sectionSizeHint(c)));
    m_detail = new QTextBrowser(splitter);
    m_detail->setObjectName(QStringLiteral("executionDetail"));
    m_detail->setAccessibleName(tr("What the run did"));
    m_detail->setOpenLinks(false); // a task's link opens its card, a file's the file
    m_table->setToolTip(tr("Double-click a run to open the card of the task it created or changed"));
    m_detail->setPlaceholderText(tr("Choose a run to see what it did."));
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(m_scope, &QComboBox::currentIndexChanged, this, &WorkflowHistoryPanel::loadRuns);
    connect(m_status, &QComboBox::currentIndexChanged, this, &WorkflowHistoryPanel::loadRuns);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &WorkflowHistoryPanel::showDetail);
    connect(m_model, &QAbstractItemModel::modelReset, this, &WorkflowHistoryPanel::showDetail);
    connect(m_model, &ExecutionListModel::errorOccurred, this, &WorkflowHistoryPanel::statusMessage);
    connect(m_undo, &QPushButton::clicked, this, &WorkflowHistoryPanel::undoRun);
    connect(m_retry, &QPushButton::clicked, this, &WorkflowHistoryPanel::retryRun);
    connect(m_detail, &QTextBrowser::anchorClicked, this, &WorkflowHistoryPanel::openLink);
    connect(m_table, &QTableView::doubleClicked, this, &WorkflowHistoryPanel::openRunTask);
    return page;
}

QWidget *WorkflowHistoryPanel::buildApprovalsTab()
{
    auto *page = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(page);
    m_approvalsNote = new QLabel(tr("Runs waiting for your approval. Approving runs the rest of the workflow; "
                                    "rejecting cancels the run."),
                                 page);
    m_approvalsNote->setWordWrap(true);
    m_approvals = new QListWidget(page);
    m_approvals->setObjectName(QStringLiteral("approvalsList"));
    m_approvals->setAccessibleName(tr("Runs waiting for approval"));
    auto *bar = new QHBoxLayout;
    m_approve = new QPushButton(tr("Approve"), page);
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_reject = new QPushButton(tr("Reject"), page);
    m_reject->setObjectName(QStringLiteral("rejectButton"));
    bar->addStretch();
    bar->addWidget(m_approve);
    bar->addWidget(m_reject);
    layout->addWidget(m_approvalsNote);
    layout->addWidget(m_approvals, 1);
    layout->addLayout(bar);
    connect(m_approvals, &QListWidget::currentRowChanged, this, &WorkflowHistoryPanel::updateButtons);
    connect(m_approve, &QPushButton::clicked, this, [this] { approveSelected(true); });
    connect(m_reject, &QPushButton::clicked, this, [this] { approveSelected(false); });
    return page;
}

QWidget *WorkflowHistoryPanel::buildVersionsTab()
{
    auto *page = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(page);
    m_versionsNote = new QLabel(tr("Every save keeps the definition it replaced. The diff shows how a version "
                                   "differs from the current definition (– in the version, + now)."),
                                page);
    m_versionsNote->setWordWrap(true);
    auto *splitter = new QSplitter(Qt::Horizontal, page);
    m_versions = new QListWidget(splitter);
    m_versions->setObjectName(QStringLiteral("versionsList"));
    m_versions->setAccessibleName(tr("Versions"));
    m_diff = new QTextBrowser(splitter);
    m_diff->setObjectName(QStringLiteral("versionDiff"));
    m_diff->setAccessibleName(tr("Differences from the current definition"));
    splitter->addWidget(m_versions);
    splitter->addWidget(m_diff);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    auto *bar = new QHBoxLayout;
    m_restore = new QPushButton(tr("Restore this version"), page);
    m_restore->setObjectName(QStringLiteral("restoreVersionButton"));
    bar->addStretch();
    bar->addWidget(m_restore);
    layout->addWidget(m_versionsNote);
    layout->addWidget(splitter, 1);
    layout->addLayout(bar);
    connect(m_versions, &QListWidget::currentRowChanged, this, &WorkflowHistoryPanel::showDiff);
    connect(m_restore, &QPushButton::clicked, this, &WorkflowHistoryPanel::restoreVersion);
    return page;
}

void WorkflowHistoryPanel::setWorkflow(const Workflow &workflow)
{
    const bool same = workflow.id == m_workflow.id && workflow.version == m_workflow.version;
    m_workflow = workflow;
    if (same)
        return;
    if (!m_scope->currentData().toBool() || m_model->rowCount() == 0)
        loadRuns();
    loadVersions();
}

void WorkflowHistoryPanel::reload()
{
    loadRuns();
    loadApprovals();
    loadVersions();
}

void WorkflowHistoryPanel::setTimeZone(const QTimeZone &zone)
{
    m_model->setTimeZone(zone); // the runs table at once; approvals and versions on their next load
}

void WorkflowHistoryPanel::setStatusFilter(const QString &status)
{
    m_status->setCurrentIndex(std::max(0, m_status->findData(status)));
}

void WorkflowHistoryPanel::showAllWorkflows(bool all)
{
    m_scope->setCurrentIndex(all ? 1 : 0);
}

void WorkflowHistoryPanel::loadRuns()
{
    const QString selected = selectedExecutionId();
    const bool all = m_scope->currentData().toBool();
    const QString status = m_status->currentData().toString();
    if (!all && m_workflow.id.isEmpty())
        m_model->load(QStringLiteral("-"), status); // no workflow chosen: nothing to list
    else
        m_model->load(all ? QString() : m_workflow.id, status);
    m_table->setColumnHidden(ExecutionListModel::WorkflowName, !all);
    const int row = m_model->rowOf(selected);
    if (row >= 0)
        m_table->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
    else if (m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, ExecutionListModel::Status));
    showDetail();
}

QString WorkflowHistoryPanel::selectedExecutionId() const
{
    const QModelIndex index = m_proxy->mapToSource(m_table->currentIndex());
    return index.isValid() ? m_model->execution(index.row()).id : QString();
}

void WorkflowHistoryPanel::showDetail()
{
    const QModelIndex index = m_proxy->mapToSource(m_table->currentIndex());
    updateButtons();
    if (!index.isValid()) {
        m_detail->clear();
        return;
    }
    const WorkflowExecution &e = m_model->execution(index.row());
    QString html = QStringLiteral("<h3>%1 — %2</h3>").arg(e.workflowName.toHtmlEscaped(), displayName(e.status));
    const int changed = ExecutionListModel::tasksTouched(e) - e.tasksCreated;
    html += QStringLiteral("<p>%1 %2</p>")
                .arg(tr("Scheduled %1, started %2, took %3.")
                         .arg(m_model->data(m_model->index(index.row(), ExecutionListModel::Scheduled)).toString(),
                              m_model->data(m_model->index(index.row(), ExecutionListModel::Started)).toString(),
                              ExecutionListModel::durationText(e)),
                     tr("%n tasks created, %1 changed; %2 saved.", nullptr, e.tasksCreated)
                         .arg(LocaleFormat::integer(changed), LocaleFormat::minutes(e.minutesSaved)));
    if (e.undoneAt.isValid())
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(tr("Undone on %1: its tasks were reverted and its time saved taken back.")
                             .arg(WorkflowTiming::displayTime(e.undoneAt, m_model->timeZone())));
    if (!e.error.isEmpty())
        html += QStringLiteral("<p style=\"color:#c62828;\"><b>%1</b> %2</p>").arg(tr("Error:"), e.error.toHtmlEscaped());
    const QJsonObject out = QJsonDocument::fromJson(e.output.toUtf8()).object();
    const QList<RunEffect> effects = ExecutionListModel::effects(e);
    if (!effects.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("What it did"));
        for (const RunEffect &effect : effects) {
            if (effect.taskId.isEmpty())
                html += QStringLiteral("<li>%1</li>").arg(effect.text.toHtmlEscaped());
            else
                html += QStringLiteral("<li><a href=\"doo-task:%1\" title=\"%2\">%3</a></li>")
                            .arg(effect.taskId.toHtmlEscaped(), tr("Open the card on the board").toHtmlEscaped(),
                                 effect.text.toHtmlEscaped());
        }
        html += QStringLiteral("</ul>");
    }
    const QJsonArray files = out.value(QStringLiteral("files")).toArray();
    if (!files.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Files"));
        for (const QJsonValue &v : files)
            html += QStringLiteral("<li><a href=\"%1\">%2</a></li>")
                        .arg(QUrl::fromLocalFile(v.toString()).toString().toHtmlEscaped(), v.toString().toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    if (effects.isEmpty() && files.isEmpty() && e.error.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(tr("No output recorded."));
    m_detail->setHtml(html);
}

QString WorkflowHistoryPanel::detailText() const
{
    return m_detail->toPlainText();
}

void WorkflowHistoryPanel::updateButtons()
{
    const QModelIndex index = m_proxy->mapToSource(m_table->currentIndex());
    // RunUndo refuses the rest with a reason (a failed run with changes could be undone too).
    bool undoable = false;
    if (index.isValid()) {
        const WorkflowExecution &e = m_model->execution(index.row());
        undoable = !e.undoneAt.isValid() && e.status != ExecutionStatus::Running && e.status != ExecutionStatus::Waiting;
    }
    m_undo->setEnabled(undoable);
    m_retry->setEnabled(index.isValid() && m_model->execution(index.row()).status == ExecutionStatus::Failed);
    m_approve->setEnabled(m_approvals->currentRow() >= 0);
    m_reject->setEnabled(m_approvals->currentRow() >= 0);
    m_restore->setEnabled(m_versions->currentRow() >= 0);
}

void WorkflowHistoryPanel::undoRun()
{
    const QString id = selectedExecutionId();
    if (id.isEmpty())
        return;
    const auto preview = m_intents.undoPreview(id);
    if (!preview) {
        // Refused (already undone, still waiting, nothing to revert): said in the status bar.
        Q_EMIT statusMessage(tr("This run cannot be undone: %1").arg(preview.error().text()));
        return;
    }
    QStringList lines;
    for (const RunChange &c : *preview)
        lines << c.summary;
    const QString question = tr("Undo this run? %n tasks will be reverted in one step, and the time it saved "
                                "is taken back out of the analytics.",
                                nullptr, int(lines.size()));
    const bool yes = m_confirmUndo ? m_confirmUndo(question, lines) : [&] {
        QMessageBox box(QMessageBox::Question, tr("Undo run"), question, QMessageBox::Yes | QMessageBox::Cancel, this);
        box.setDefaultButton(QMessageBox::Cancel);
        box.setTextFormat(Qt::PlainText); // the task titles as typed
        box.setInformativeText(lines.isEmpty() ? tr("No task is touched.")
                                               : QStringLiteral("• ") + lines.join(QStringLiteral("\n• ")));
        return box.exec() == QMessageBox::Yes;
    }();
    if (!yes)
        return;
    const auto done = m_intents.undoRun(id);
    if (!done) {
        Q_EMIT statusMessage(tr("Undo failed: %1").arg(done.error().text()));
        return;
    }
    Q_EMIT statusMessage(tr("Run of \"%1\" undone: %n tasks reverted", nullptr, int(lines.size())).arg(done->workflowName));
    loadRuns();
    Q_EMIT runsChanged();
}

void WorkflowHistoryPanel::retryRun()
{
    const QModelIndex index = m_proxy->mapToSource(m_table->currentIndex());
    if (!index.isValid() || m_model->execution(index.row()).status != ExecutionStatus::Failed)
        return;
    Q_EMIT retryRequested(m_model->execution(index.row()).workflowId);
}

void WorkflowHistoryPanel::openRunTask()
{
    const QModelIndex index = m_proxy->mapToSource(m_table->currentIndex());
    if (!index.isValid())
        return;
    const QString task = ExecutionListModel::firstTask(m_model->execution(index.row()));
    if (task.isEmpty())
        Q_EMIT statusMessage(tr("This run did not create or change a task"));
    else
        Q_EMIT openTask(task);
}

void WorkflowHistoryPanel::openLink(const QUrl &url)
{
    if (url.scheme() == QLatin1String("doo-task"))
        Q_EMIT openTask(url.path());
    else
        QDesktopServices::openUrl(url);
}

void WorkflowHistoryPanel::loadApprovals()
{
    const int row = m_approvals->currentRow();
    m_approvals->clear();
    const auto waiting = m_intents.waitingApprovals();
    if (!waiting) {
        Q_EMIT statusMessage(waiting.error().text());
        updateButtons();
        return;
    }
    for (const WaitingApproval &a : *waiting) {
        const WorkflowExecution &e = a.execution;
        const QString title = a.taskTitle ? *a.taskTitle : tr("(approval task missing)");
        auto *item =
            new QListWidgetItem(tr("%1 — “%2”, waiting since %3")
                                    .arg(e.workflowName, title, WorkflowTiming::displayTime(e.startedAt, m_model->timeZone())),
                                m_approvals);
        item->setData(Qt::UserRole, e.id);
    }
    m_tabs->setTabText(1, waiting->isEmpty() ? tr("Approvals") : tr("Approvals (%1)").arg(waiting->size()));
    if (m_approvals->count() > 0)
        m_approvals->setCurrentRow(std::clamp(row, 0, m_approvals->count() - 1));
    updateButtons();
}

void WorkflowHistoryPanel::approveSelected(bool approve)
{
    QListWidgetItem *item = m_approvals->currentItem();
    if (!item)
        return;
    const QString id = item->data(Qt::UserRole).toString();
    const auto decided = approve ? m_intents.approveRun(id) : m_intents.rejectRun(id);
    if (!decided)
        Q_EMIT statusMessage(tr("Could not decide: %1").arg(decided.error().text()));
    else
        Q_EMIT statusMessage(approve
                                 ? tr("Approved: \"%1\" went on (%2)").arg(decided->workflowName, displayName(decided->status))
                                 : tr("Rejected: the run of \"%1\" was cancelled").arg(decided->workflowName));
    loadApprovals();
    loadRuns();
    Q_EMIT runsChanged();
}

QString WorkflowHistoryPanel::definitionText(const QString &name, const QString &description, WorkflowType type,
                                             const QString &trigger, const QString &actions, double minutes)
{
    Workflow w;
    w.name = name;
    w.description = description;
    w.type = type;
    w.trigger = trigger;
    w.actions = actions;
    w.estimatedMinutesSaved = minutes;
    return QString::fromUtf8(WorkflowFile::write(w));
}

void WorkflowHistoryPanel::loadVersions()
{
    m_versions->clear();
    m_diff->clear();
    m_versionList.clear();
    if (!m_workflow.id.isEmpty()) {
        auto versions = m_intents.versions(m_workflow.id);
        if (versions) {
            m_versionList = versions.takeValue();
        } else if (versions.error().kind != Error::Kind::NotFound) {
            Q_EMIT statusMessage(versions.error().text());
        }
    }
    for (const WorkflowVersion &v : std::as_const(m_versionList)) {
        auto *item = new QListWidgetItem(
            tr("Version %1 · replaced %2").arg(v.version).arg(WorkflowTiming::displayTime(v.savedAt, m_model->timeZone())),
            m_versions);
        item->setData(Qt::UserRole, v.version);
    }
    m_versionsNote->setVisible(true);
    if (m_versions->count() > 0)
        m_versions->setCurrentRow(0);
    else
        m_diff->setPlainText(m_workflow.id.isEmpty()
                                 ? QString()
                                 : tr("No earlier versions: this workflow has not been changed since it was created."));
    updateButtons();
}

void WorkflowHistoryPanel::showDiff()
{
    updateButtons();
    const int row = m_versions->currentRow();
    if (row < 0 || row >= m_versionList.size())
        return;
    const WorkflowVersion &v = m_versionList.at(row);
    const QString before = definitionText(v.name, v.description, v.type, v.trigger, v.actions, v.estimatedMinutesSaved);
    const QString now = definitionText(m_workflow.name, m_workflow.description, m_workflow.type, m_workflow.trigger,
                                       m_workflow.actions, m_workflow.estimatedMinutesSaved);
    m_diff->setHtml(LineDiff::toHtml(LineDiff::diff(before, now)));
}

QString WorkflowHistoryPanel::diffText() const
{
    return m_diff->toPlainText();
}

void WorkflowHistoryPanel::restoreVersion()
{
    const int row = m_versions->currentRow();
    if (row < 0 || row >= m_versionList.size() || m_workflow.id.isEmpty())
        return;
    const int version = m_versionList.at(row).version;
    const auto restored = m_intents.restoreVersion(m_workflow.id, version);
    if (!restored) {
        Q_EMIT statusMessage(tr("Could not restore version %1: %2").arg(version).arg(restored.error().text()));
        return;
    }
    Q_EMIT statusMessage(tr("Restored version %1 of \"%2\"").arg(version).arg(restored->name));
    m_workflow = *restored;
    loadVersions();
    Q_EMIT workflowsChanged();
}

} // namespace doo
