#include "CardMenus.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QWidget>

namespace doo {

CardMenus::CardMenus(QWidget *owner, Hooks hooks) : QObject(owner), m_hooks(std::move(hooks))
{
    m_move = new QMenu(tr("&Move to"), owner);
    m_move->setObjectName(QStringLiteral("menuMoveTo"));
    m_move->menuAction()->setObjectName(QStringLiteral("actionMoveTo"));
    for (TaskStatus status : kBoardColumns) {
        QAction *action = m_move->addAction(displayName(status));
        action->setObjectName(QStringLiteral("actionMoveTo_") + toString(status));
        connect(action, &QAction::triggered, this, [this, status] { m_hooks.moveTo(status); });
    }
    m_priority = new QMenu(tr("&Priority"), owner);
    m_priority->setObjectName(QStringLiteral("menuPriority"));
    m_priority->menuAction()->setObjectName(QStringLiteral("actionPriority"));
    m_priorities = new QActionGroup(this);
    // Optional: cards of several priorities check none.
    m_priorities->setExclusionPolicy(QActionGroup::ExclusionPolicy::ExclusiveOptional);
    for (Priority p : {Priority::Low, Priority::Medium, Priority::High, Priority::Urgent}) {
        QAction *action = m_priority->addAction(displayName(p));
        action->setObjectName(QStringLiteral("actionPriority_") + toString(p));
        action->setCheckable(true);
        action->setData(int(p));
        m_priorities->addAction(action);
        connect(action, &QAction::triggered, this, [this, p] { m_hooks.setPriority(p); });
    }
    connect(m_move, &QMenu::aboutToShow, this, &CardMenus::refresh);
    connect(m_priority, &QMenu::aboutToShow, this, &CardMenus::refresh);
}

void CardMenus::refresh()
{
    const std::optional<TaskStatus> column = m_hooks.column();
    for (QAction *action : m_move->actions())
        action->setVisible(!column || action->objectName() != QStringLiteral("actionMoveTo_") + toString(*column));
    const std::optional<Priority> priority = m_hooks.priority();
    for (QAction *action : m_priorities->actions())
        action->setChecked(priority && action->data().toInt() == int(*priority));
}

void CardMenus::fill(QMenu &menu, QAction *edit, QAction *duplicate, QAction *remove)
{
    refresh();
    menu.addAction(edit);
    menu.addMenu(m_move);
    menu.addMenu(m_priority);
    menu.addAction(duplicate);
    menu.addSeparator();
    menu.addAction(remove);
}

} // namespace doo
