#include "DryRunPanel.h"

#include "workflow/WorkflowEngine.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace doo {

namespace {
QString kindLabel(const QString &kind)
{
    if (kind == QLatin1String("create_task"))
        return DryRunPanel::tr("New task");
    if (kind == QLatin1String("update_task"))
        return DryRunPanel::tr("Task change");
    if (kind == QLatin1String("notify"))
        return DryRunPanel::tr("Notification");
    if (kind == QLatin1String("write_file"))
        return DryRunPanel::tr("File");
    if (kind == QLatin1String("request_approval"))
        return DryRunPanel::tr("Approval");
    if (kind == QLatin1String("wait"))
        return DryRunPanel::tr("Waits");
    return kind;
}
} // namespace

DryRunPanel::DryRunPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_status = new QLabel(tr("What a run would do now. Nothing is written."), this);
    m_status->setTextFormat(Qt::PlainText); // may quote what the user typed
    m_status->setObjectName(QStringLiteral("dryRunStatus"));
    m_status->setWordWrap(true);
    m_run = new QPushButton(tr("Plan again"), this);
    m_run->setObjectName(QStringLiteral("dryRunButton"));
    top->addWidget(m_status, 1);
    top->addWidget(m_run);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("dryRunList"));
    m_list->setAccessibleName(tr("Planned effects"));
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    connect(m_run, &QPushButton::clicked, this, &DryRunPanel::refresh);
}

void DryRunPanel::refresh()
{
    m_list->clear();
    if (!m_planner) {
        m_status->setText(tr("Nothing to plan."));
        return;
    }
    const Result<RunPlan> plan = m_planner();
    if (!plan) {
        m_status->setText(tr("Cannot plan a run: %1").arg(plan.error().text()));
        m_status->setStyleSheet(QStringLiteral("color: #c62828;"));
        return;
    }
    m_status->setStyleSheet(QString());
    m_status->setText(plan->effects.isEmpty()
                          ? tr("A run now would change nothing.")
                          : tr("A run now would do %n things; nothing is written.", nullptr, int(plan->effects.size())));
    for (const PlannedEffect &e : plan->effects) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 · %2").arg(kindLabel(e.kind), e.summary), m_list);
        item->setData(Qt::UserRole, e.kind);
        item->setToolTip(tr("Action %1").arg(e.action + 1));
    }
}

QStringList DryRunPanel::effects() const
{
    QStringList lines;
    for (int i = 0; i < m_list->count(); ++i)
        lines << m_list->item(i)->text();
    return lines;
}

} // namespace doo
