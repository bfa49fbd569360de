#include "NotificationsView.h"

#include "NotificationDelegate.h"
#include "PaletteStyleSheet.h"
#include "itemmodels/NotificationListModel.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>

namespace doo {

NotificationsView::NotificationsView(NotificationListModel *model, const QTimeZone &zone, QWidget *parent)
    : QWidget(parent), m_model(model)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_show = new QComboBox(this);
    m_show->setObjectName(QStringLiteral("notificationShow"));
    m_show->setAccessibleName(tr("Show"));
    m_show->addItem(tr("All notifications"));
    m_show->addItem(tr("Unread only"));
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("notificationType"));
    m_type->setAccessibleName(tr("Show type"));
    m_type->addItem(tr("Any type"), -1);
    for (int t = int(NotificationType::Info); t <= int(NotificationType::BudgetAlert); ++t)
        m_type->addItem(displayName(NotificationType(t)), t);
    bar->addWidget(m_show);
    bar->addWidget(m_type);
    bar->addStretch();
    m_toggle =
        makeAction("actionToggleRead", tr("Mark read"), QKeySequence(Qt::CTRL | Qt::Key_M), &NotificationsView::toggleRead);
    m_allRead = makeAction("actionMarkAllRead", tr("Mark all read"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M),
                           &NotificationsView::markAllRead);
    m_open = makeAction("actionOpenNotification", tr("Open"), QKeySequence(Qt::Key_Return), &NotificationsView::openSelected);
    m_delete = makeAction("actionDeleteNotification", tr("Delete"), QKeySequence::Delete, &NotificationsView::deleteSelected);
    for (QAction *action : {m_open, m_toggle, m_allRead, m_delete}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        bar->addWidget(button);
    }
    layout->addLayout(bar);
    m_note = new QLabel(this);
    m_note->setTextFormat(Qt::PlainText); // may quote what the user typed
    m_note->setObjectName(QStringLiteral("deliveryNote"));
    m_note->setWordWrap(true);
    m_note->setContentsMargins(8, 4, 8, 4);
    setPaletteStyleSheet(m_note,
                         QStringLiteral("QLabel#deliveryNote { background: palette(alternate-base); border-radius: 4px; }"));
    m_note->hide();
    layout->addWidget(m_note);

    m_stack = new QStackedWidget(this);
    m_list = new QListView(m_stack);
    m_list->setObjectName(QStringLiteral("notificationList"));
    m_list->setAccessibleName(tr("Notifications"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new NotificationDelegate(zone, m_list));
    m_list->setUniformItemSizes(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_empty = buildEmptyState();
    m_stack->addWidget(m_list);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);

    connect(m_show, &QComboBox::currentIndexChanged, this, &NotificationsView::applyFilter);
    connect(m_type, &QComboBox::currentIndexChanged, this, &NotificationsView::applyFilter);
    connect(m_list, &QListView::activated, this, &NotificationsView::openSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &NotificationsView::updateActions);
    connect(m_model, &NotificationListModel::errorOccurred, this, &NotificationsView::statusMessage);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &NotificationsView::updateActions);
    updateActions();
}

QWidget *NotificationsView::buildEmptyState()
{
    auto *empty = new QWidget(m_stack);
    empty->setObjectName(QStringLiteral("notificationsEmpty"));
    m_emptyTitle = new QLabel(empty);
    m_emptyTitle->setObjectName(QStringLiteral("notificationsEmptyTitle"));
    m_emptyTitle->setAlignment(Qt::AlignCenter);
    m_emptyTitle->setWordWrap(true);
    QFont font = m_emptyTitle->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    font.setBold(true);
    m_emptyTitle->setFont(font);
    m_emptyText = new QLabel(tr("Due tasks, finished and failed workflow runs, approvals waiting for you and new "
                                "consultation requests arrive here and in the system tray. Workflows are what "
                                "send most of them: start with one from a template."),
                             empty);
    m_emptyText->setObjectName(QStringLiteral("notificationsEmptyText"));
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    m_startFromTemplate = new QPushButton(tr("Start from a &template…"), empty);
    m_startFromTemplate->setObjectName(QStringLiteral("startFromTemplateButton"));
    connect(m_startFromTemplate, &QPushButton::clicked, this, &NotificationsView::startFromTemplateRequested);
    // A centred column of at most 36 average characters a line: the labels wrap in it (a label
    // aligned by its layout would keep its narrow size hint and cut its lines).
    auto *column = new QWidget(empty);
    column->setMaximumWidth(36 * column->fontMetrics().averageCharWidth() * 2);
    auto *lines = new QVBoxLayout(column);
    lines->addWidget(m_emptyTitle);
    lines->addWidget(m_emptyText);
    lines->addSpacing(8);
    lines->addWidget(m_startFromTemplate, 0, Qt::AlignHCenter);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 10);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(empty);
    layout->addStretch();
    layout->addLayout(row);
    layout->addStretch();
    return empty;
}

QAction *NotificationsView::makeAction(const char *name, const QString &text, const QKeySequence &key,
                                       void (NotificationsView::*slot)())
{
    auto *action = new QAction(text, this);
    action->setObjectName(QString::fromLatin1(name));
    action->setShortcut(key);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(QStringLiteral("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText)));
    connect(action, &QAction::triggered, this, slot);
    addAction(action);
    return action;
}

void NotificationsView::setUnreadOnly(bool unreadOnly)
{
    m_show->setCurrentIndex(unreadOnly ? 1 : 0);
}

void NotificationsView::applyFilter()
{
    const int type = m_type->currentData().toInt();
    m_model->setFilter(m_show->currentIndex() == 1,
                       type < 0 ? std::nullopt : std::optional<NotificationType>(NotificationType(type)));
}

int NotificationsView::currentRow() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void NotificationsView::updateActions()
{
    const int row = currentRow();
    const bool any = row >= 0;
    m_toggle->setEnabled(any);
    m_delete->setEnabled(any);
    m_open->setEnabled(any);
    m_allRead->setEnabled(m_model->unreadCount() > 0);
    if (any)
        m_toggle->setText(m_model->notification(row).isRead ? tr("Mark unread") : tr("Mark read"));
    const bool filtered = m_show->currentIndex() == 1 || m_type->currentIndex() > 0;
    // Nothing at all yet: a first step; nothing matching a filter: only that.
    m_emptyTitle->setText(filtered ? tr("No notifications match the filter.") : tr("No notifications yet"));
    m_emptyText->setVisible(!filtered);
    m_startFromTemplate->setVisible(!filtered);
    m_stack->setCurrentWidget(m_model->rowCount() > 0 ? static_cast<QWidget *>(m_list) : m_empty);
}

void NotificationsView::toggleRead()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const QString id = m_model->notification(row).id;
    m_model->setRead(row, !m_model->notification(row).isRead);
    const int again = m_model->rowOf(id);
    if (again >= 0)
        m_list->setCurrentIndex(m_model->index(again));
}

void NotificationsView::markAllRead()
{
    const int before = m_model->unreadCount();
    if (m_model->markAllRead() && before > 0)
        Q_EMIT statusMessage(tr("Marked %n notifications read", nullptr, before));
}

void NotificationsView::deleteSelected()
{
    const int row = currentRow();
    if (row < 0)
        return;
    m_model->remove(row);
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(std::min(row, m_model->rowCount() - 1)));
}

void NotificationsView::openSelected()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const Notification n = m_model->notification(row);
    if (!n.isRead)
        m_model->setRead(row, true);
    if (!n.taskId.isEmpty())
        Q_EMIT openTask(n.taskId);
    else if (!n.workflowId.isEmpty())
        Q_EMIT openWorkflow(n.workflowId);
    else if (!n.consultationId.isEmpty())
        Q_EMIT openConsultation(n.consultationId);
}

void NotificationsView::setTimeZone(const QTimeZone &zone)
{
    static_cast<NotificationDelegate *>(m_list->itemDelegate())->setTimeZone(zone);
    m_list->viewport()->update();
}

void NotificationsView::setNote(const QString &text)
{
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}

QString NotificationsView::note() const
{
    return m_note->text();
}

} // namespace doo
