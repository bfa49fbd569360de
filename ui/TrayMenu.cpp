#include "TrayMenu.h"

#include "itemmodels/WorkflowIntents.h"
#include "itemmodels/WorkflowListModel.h"

namespace doo {

TrayMenu::TrayMenu(QWidget *parent) : QMenu(parent)
{
    setObjectName(QStringLiteral("trayMenu"));
    connect(this, &QMenu::aboutToShow, this, &TrayMenu::rebuild);
    rebuild();
}

void TrayMenu::setIntents(WorkflowIntents *intents)
{
    m_intents = intents;
}

void TrayMenu::setSchedulerPaused(bool paused)
{
    m_paused = paused;
}

void TrayMenu::setSchedulerAvailable(bool available)
{
    m_schedulerAvailable = available;
}

void TrayMenu::rebuild()
{
    clear();
    delete m_approvals; // a submenu is a child widget, which clear() leaves
    QAction *open = addAction(tr("&Open Director of One"), this, &TrayMenu::openRequested);
    open->setObjectName(QStringLiteral("trayOpen"));
    QAction *newTask = addAction(tr("&New task…"), this, &TrayMenu::newTaskRequested);
    newTask->setObjectName(QStringLiteral("trayNewTask"));
    newTask->setEnabled(m_intents != nullptr);
    addSeparator();
    QAction *pause = addAction(m_paused ? tr("&Resume scheduler") : tr("&Pause scheduler"));
    pause->setObjectName(QStringLiteral("trayPause"));
    pause->setCheckable(true);
    pause->setChecked(m_paused);
    pause->setEnabled(m_schedulerAvailable);
    connect(pause, &QAction::triggered, this, &TrayMenu::pauseRequested);
    addApprovals();
    addSeparator();
    QAction *quit = addAction(tr("&Quit"), this, &TrayMenu::quitRequested);
    quit->setObjectName(QStringLiteral("trayQuit"));
}

void TrayMenu::addApprovals()
{
    QMenu *approvals = addMenu(tr("&Waiting for approval"));
    m_approvals = approvals;
    approvals->setObjectName(QStringLiteral("trayApprovals"));
    if (!m_intents) {
        approvals->setEnabled(false);
        return;
    }
    const auto waiting = m_intents->waitingApprovals();
    if (!waiting) {
        approvals->addAction(tr("Cannot list them: %1").arg(waiting.error().text()))->setEnabled(false);
        return;
    }
    if (waiting->isEmpty()) {
        approvals->setTitle(tr("Nothing waits for approval"));
        approvals->setEnabled(false);
        return;
    }
    approvals->setTitle(tr("&Waiting for approval (%1)").arg(waiting->size()));
    for (const WaitingApproval &a : *waiting) {
        const QString id = a.execution.id;
        const QString title = a.taskTitle ? *a.taskTitle : tr("(approval task missing)");
        // "&" would become a shortcut in a menu's text.
        QString text = tr("%1 — “%2”").arg(a.execution.workflowName, title);
        text.replace(QLatin1Char('&'), QStringLiteral("&&"));
        QMenu *run = approvals->addMenu(text);
        run->setObjectName(QStringLiteral("trayRun_") + id);
        QAction *approve = run->addAction(tr("&Approve"), this, [this, id] { decide(id, true); });
        approve->setObjectName(QStringLiteral("trayApprove_") + id);
        approve->setEnabled(a.taskTitle.has_value()); // a run whose task is gone can only be rejected
        QAction *reject = run->addAction(tr("&Reject"), this, [this, id] { decide(id, false); });
        reject->setObjectName(QStringLiteral("trayReject_") + id);
    }
}

void TrayMenu::decide(const QString &executionId, bool approve)
{
    if (!m_intents)
        return;
    const auto decided = approve ? m_intents->approveRun(executionId) : m_intents->rejectRun(executionId);
    if (!decided)
        Q_EMIT statusMessage(tr("Could not decide: %1").arg(decided.error().text()));
    else if (approve)
        Q_EMIT statusMessage(tr("Approved: \"%1\" went on (%2)").arg(decided->workflowName, displayName(decided->status)));
    else
        Q_EMIT statusMessage(tr("Rejected: the run of \"%1\" was cancelled").arg(decided->workflowName));
    Q_EMIT approvalDecided();
}

} // namespace doo
