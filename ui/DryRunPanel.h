#pragma once

#include "domain/Result.h"

#include <QWidget>

#include <functional>

class QLabel;
class QListWidget;
class QPushButton;

namespace doo {

struct RunPlan;

// What a run would do now (WorkflowEngine::dryRun): one line per effect — tasks it would create
// or change, notifications, files, approvals — written nowhere. The planner is given by the
// owner (the editor plans its unsaved definition, the list the saved one).
class DryRunPanel : public QWidget
{
    Q_OBJECT

public:
    using Planner = std::function<Result<RunPlan>()>;

    explicit DryRunPanel(QWidget *parent = nullptr);

    void setPlanner(Planner planner) { m_planner = std::move(planner); }
    // Plans again and lists the effects (or the reason there are none).
    void refresh();
    // The effect lines shown (for tests and the window).
    QStringList effects() const;

private:
    Planner m_planner;
    QLabel *m_status = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_run = nullptr;
};

} // namespace doo
