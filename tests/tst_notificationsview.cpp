#include "DatabaseTestCase.h"

#include "itemmodels/ChangeWatcher.h"
#include "MainWindow.h"
#include "NotificationsView.h"
#include "TrayNotifier.h"
#include "WorkflowsView.h"
#include "itemmodels/NotificationListModel.h"
#include "BoardWidget.h"
#include "itemmodels/TaskBoard.h"
#include "repositories/NotificationRepository.h"
#include "repositories/TaskRepository.h"
#include "repositories/WorkflowRepository.h"
#include "itemmodels/WorkflowListModel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>

using namespace doo;
using namespace doo::test;

namespace {

Notification make(const User &user, NotificationType type, const QString &title, const QString &workflowId = {})
{
    Notification n;
    n.userId = user.id;
    n.type = type;
    n.title = title;
    n.message = title + QStringLiteral(": details");
    n.workflowId = workflowId;
    return n;
}

QStringList titles(const QAbstractItemModel &model)
{
    QStringList all;
    for (int r = 0; r < model.rowCount(); ++r)
        all << model.index(r, 0).data().toString();
    return all;
}

} // namespace

// The Notifications part on both backends: the list model over real rows, the view's filters
// and actions writing the database, the unread count in the navigation, the tray announcing what
// arrives (also when another connection writes it) and opening what a notification is about.
class TestNotificationsView : public DatabaseTestCase
{
    Q_OBJECT

public:
    TestNotificationsView() : DatabaseTestCase(QStringLiteral("me@example.com"), UserRole::Director) { }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void modelListsFiltersAndWrites()
    {
        auto &t = database();
        const User &me = defaultUser();
        const User other = t.addUser(QStringLiteral("other@example.com"), UserRole::Director);
        NotificationRepository mine(t.db(), UserContext::of(me));
        QVERIFY(mine.create(make(me, NotificationType::Info, QStringLiteral("First"))).ok());
        QTest::qWait(5); // distinct creation times: newest first
        QVERIFY(mine.create(make(me, NotificationType::TaskDue, QStringLiteral("Second"))).ok());
        QTest::qWait(5);
        QVERIFY(mine.create(make(me, NotificationType::Error, QStringLiteral("Third"))).ok());
        QVERIFY(NotificationRepository(t.db(), UserContext::of(other))
                    .create(make(other, NotificationType::Info, QStringLiteral("Theirs")))
                    .ok());

        NotificationListModel model(t.db(), UserContext::of(me));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy arrived(&model, &NotificationListModel::arrived);
        QVERIFY(model.reload());
        QCOMPARE(titles(model), QStringList({QStringLiteral("Third"), QStringLiteral("Second"), QStringLiteral("First")}));
        QCOMPARE(model.unreadCount(), 3);
        QCOMPARE(arrived.count(), 0); // the first read announces nothing
        QCOMPARE(model.index(0).data(NotificationListModel::TypeNameRole).toString(), QStringLiteral("Error"));

        QVERIFY(model.setRead(model.rowOf(model.notification(1).id), true)); // Second
        QCOMPARE(model.unreadCount(), 2);
        model.setFilter(true, std::nullopt);
        QCOMPARE(titles(model), QStringList({QStringLiteral("Third"), QStringLiteral("First")}));
        model.setFilter(false, NotificationType::TaskDue);
        QCOMPARE(titles(model), QStringList({QStringLiteral("Second")}));
        model.setFilter(false, std::nullopt);

        QVERIFY(model.remove(model.rowOf(model.notification(0).id))); // Third
        QCOMPARE(titles(model), QStringList({QStringLiteral("Second"), QStringLiteral("First")}));
        QCOMPARE(t.rowCount(QStringLiteral("notification")), 3); // theirs stays
        QVERIFY(model.markAllRead());
        QCOMPARE(model.unreadCount(), 0);
        QCOMPARE(NotificationRepository(t.db(), UserContext::of(other)).unreadCount().value(), 1); // only mine

        // Something new: announced once.
        QVERIFY(mine.create(make(me, NotificationType::WorkflowComplete, QStringLiteral("Fourth"))).ok());
        QVERIFY(model.reload());
        QCOMPARE(arrived.count(), 1);
        const auto announced = arrived.takeFirst().first().value<QList<Notification>>();
        QCOMPARE(announced.size(), 1);
        QCOMPARE(announced.first().title, QStringLiteral("Fourth"));
        QVERIFY(model.reload());
        QCOMPARE(arrived.count(), 0);
    }

    void windowViewTrayAndOpening()
    {
        auto &t = database();
        const User &me = defaultUser();
        Workflow w;
        w.name = QStringLiteral("Weekly report");
        w.trigger = QStringLiteral("{\"type\":\"manual\"}");
        w.actions = QStringLiteral("[{\"type\":\"notify\",\"title\":\"Hi\"}]");
        w = *WorkflowRepository(t.db(), UserContext::of(me)).create(w);
        NotificationRepository mine(t.db(), UserContext::of(me));
        QVERIFY(mine.create(make(me, NotificationType::WorkflowComplete, QStringLiteral("Weekly report ran"), w.id)).ok());
        QVERIFY(mine.create(make(me, NotificationType::BudgetAlert, QStringLiteral("Budget at 90 %"))).ok());

        MainWindow window(t.db(), me);
        QList<QPair<QString, NotificationType>> shown;
        window.tray()->setShower([&shown](const QString &title, const QString &, NotificationType type) {
            shown.append({title, type});
        });
        window.show();
        auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        const int index = window.views().indexOf(QStringLiteral("notifications"));
        QCOMPARE(nav->item(index)->text(), QStringLiteral("Notifications (2)"));
        QCOMPARE(window.tray()->toolTip(), QStringLiteral("Director of One: 2 unread notifications"));
        QVERIFY(window.showView(QStringLiteral("notifications")));
        auto *view = window.findChild<NotificationsView *>(QStringLiteral("notificationsPage"));
        QVERIFY(view && view->isVisible());
        QCOMPARE(view->list()->model()->rowCount(), 2);

        // Unread only, then mark the current one read: it leaves the filtered list.
        view->setUnreadOnly(true);
        view->list()->setCurrentIndex(view->list()->model()->index(0, 0));
        view->toggleRead();
        QCOMPARE(view->list()->model()->rowCount(), 1);
        QCOMPARE(nav->item(index)->text(), QStringLiteral("Notifications (1)"));
        view->setUnreadOnly(false);
        QCOMPARE(view->list()->model()->rowCount(), 2);

        // Written by another connection (the scheduler's thread, the command line): the count,
        // the list and the tray follow without a click.
        auto elsewhere = t.openSecond(QStringLiteral("elsewhere"));
        QVERIFY(NotificationRepository(*elsewhere, UserContext::of(me))
                    .create(make(me, NotificationType::TaskDue, QStringLiteral("Plan the offsite is due")))
                    .ok());
        QTRY_COMPARE_WITH_TIMEOUT(view->list()->model()->rowCount(), 3, 10000);
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.first().first, QStringLiteral("Plan the offsite is due"));
        QCOMPARE(shown.first().second, NotificationType::TaskDue);
        QCOMPARE(nav->item(index)->text(), QStringLiteral("Notifications (2)"));

        // Mark all read; delete one.
        view->markAllRead();
        QCOMPARE(nav->item(index)->text(), QStringLiteral("Notifications"));
        QCOMPARE(NotificationRepository(t.db(), UserContext::of(me)).unreadCount().value(), 0);
        view->list()->setCurrentIndex(view->list()->model()->index(0, 0));
        view->deleteSelected();
        QCOMPARE(t.rowCount(QStringLiteral("notification")), 2);

        // Opening a workflow's notification shows that workflow.
        auto *model = window.notifications();
        int row = -1;
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->notification(r).workflowId == w.id)
                row = r;
        QVERIFY(row >= 0);
        view->list()->setCurrentIndex(model->index(row));
        view->openSelected();
        QCOMPARE(window.currentView(), QStringLiteral("workflows"));
        QCOMPARE(window.workflowsView()->currentWorkflow().id, w.id);

        // A task's notification shows its card on the board, selected.
        Task due;
        due.title = QStringLiteral("Plan the offsite");
        due = *TaskRepository(t.db(), UserContext::of(me)).create(due);
        Notification aboutTask = make(me, NotificationType::TaskDue, QStringLiteral("Plan the offsite is due"));
        aboutTask.taskId = due.id;
        QVERIFY(NotificationRepository(t.db(), UserContext::of(me)).create(aboutTask).ok());
        QVERIFY(window.showView(QStringLiteral("notifications")));
        QVERIFY(model->reload());
        int taskRow = -1;
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->notification(r).taskId == due.id)
                taskRow = r;
        QVERIFY(taskRow >= 0);
        view->list()->setCurrentIndex(model->index(taskRow));
        window.findChild<BoardWidget *>()->board()->reload();
        view->openSelected();
        QCOMPARE(window.currentView(), QStringLiteral("board"));
        auto *todo = window.findChild<QListView *>(QStringLiteral("column_TODO"));
        QVERIFY(todo);
        QCOMPARE(todo->currentIndex().data(Qt::DisplayRole).toString(), QStringLiteral("Plan the offsite"));
    }

    void emptyState()
    {
        auto &t = database();
        const User &me = defaultUser();
        MainWindow window(t.db(), me);
        window.show();
        QVERIFY(window.showView(QStringLiteral("notifications")));
        auto *empty = window.findChild<QWidget *>(QStringLiteral("notificationsEmpty"));
        auto *title = window.findChild<QLabel *>(QStringLiteral("notificationsEmptyTitle"));
        auto *text = window.findChild<QLabel *>(QStringLiteral("notificationsEmptyText"));
        auto *start = window.findChild<QPushButton *>(QStringLiteral("startFromTemplateButton"));
        QVERIFY(empty && title && text && start);
        QVERIFY(empty->isVisible() && text->isVisible() && start->isVisible());
        QCOMPARE(title->text(), QStringLiteral("No notifications yet"));
        QVERIFY2(text->text().contains(QStringLiteral("arrive here")), qPrintable(text->text())); // what comes here
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("actionMarkAllRead"))->isEnabled());

        // A filter that hides everything says so, without the first step.
        auto *view = window.findChild<NotificationsView *>();
        view->setUnreadOnly(true);
        QCOMPARE(title->text(), QStringLiteral("No notifications match the filter."));
        QVERIFY(!start->isVisible() && !text->isVisible());
        view->setUnreadOnly(false);
        QVERIFY(start->isVisible());

        // The first step: the view asks, the window opens the Workflows view's template chooser.
        QSignalSpy asked(view, &NotificationsView::startFromTemplateRequested);
        QTest::mouseClick(start, Qt::LeftButton);
        QCOMPARE(asked.count(), 1);
        QCOMPARE(window.currentView(), QStringLiteral("workflows"));
        auto *menu = window.findChild<QMenu *>(QStringLiteral("menuNewFromTemplate"));
        QVERIFY(menu);
        QTRY_VERIFY(menu->isVisible());
        QVERIFY(!menu->actions().isEmpty());
        menu->close();

        // With a notification there is no empty state.
        QVERIFY(NotificationRepository(t.db(), UserContext::of(me))
                    .create(make(me, NotificationType::Info, QStringLiteral("Hello")))
                    .ok());
        window.findChild<NotificationListModel *>()->reload();
        QVERIFY(window.showView(QStringLiteral("notifications")));
        QVERIFY(!empty->isVisible() && view->list()->isVisible());
    }
};

QTEST_MAIN(TestNotificationsView)
#include "tst_notificationsview.moc"
