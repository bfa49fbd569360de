#pragma once

#include <QMenu>
#include <QPointer>

namespace doo {

class WorkflowIntents;

// The tray icon's menu: Open Director of One, New task…, Pause scheduler (checked while
// paused), "Waiting for approval" with each run waiting for the user's approval and its
// Approve / Reject, and Quit. Built afresh each time it is about to show, so the approvals are
// the database's of that moment; approving and rejecting go through the window's WorkflowIntents.
class TrayMenu : public QMenu
{
    Q_OBJECT

public:
    explicit TrayMenu(QWidget *parent = nullptr);

    // The intents of the window shown (null: no window, nothing to approve).
    void setIntents(WorkflowIntents *intents);
    void setSchedulerPaused(bool paused);
    // Whether a scheduler runs in this program (off: the pause entry is greyed out).
    void setSchedulerAvailable(bool available);
    // Builds the entries (done on aboutToShow).
    void rebuild();

Q_SIGNALS:
    void openRequested();
    void newTaskRequested();
    void pauseRequested(bool paused);
    void quitRequested();
    // An approval was decided (or could not be): what to tell the user.
    void statusMessage(const QString &text);
    void approvalDecided();

private:
    void addApprovals();
    void decide(const QString &executionId, bool approve);

    QPointer<WorkflowIntents> m_intents;
    QPointer<QMenu> m_approvals;
    bool m_paused = false;
    bool m_schedulerAvailable = true;
};

} // namespace doo
