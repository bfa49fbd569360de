#include "Checks.h"
#include "DatabaseTestCase.h"
#include "EngineTestHelpers.h"
#include "exchange/Seeder.h"

#include "MainWindow.h"
#include "WorkflowEditorDialog.h"
#include "WorkflowHistoryPanel.h"
#include "WorkflowsView.h"
#include "itemmodels/WorkflowFilterProxy.h"
#include "itemmodels/WorkflowListModel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenu>
#include <QPalette>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QToolTip>
#include <QTranslator>
#include <QUndoStack>

using namespace doo;
using namespace doo::test;

// How the Workflows view looks at 1366×768: long texts cut with "…" and whole in their tooltip,
// toolbar buttons with icons and room for their words (also in German), the empty states; and
// screenshots in light and dark, English and German (build/screenshots/workflows/*.png).
class TestWorkflowsLook : public DatabaseTestCase
{
    Q_OBJECT

public:
    TestWorkflowsLook() : DatabaseTestCase(QStringLiteral("director@example.com")) { }

private:
    static const QString kManual;
    static void save(QWidget &window, const QString &name)
    {
        const QDir dir(QStringLiteral(DOO_SCREENSHOT_DIR "/workflows"));
        QVERIFY(dir.mkpath(QStringLiteral(".")));
        QTest::qWait(50);
        QVERIFY(window.grab().save(dir.filePath(name + QStringLiteral(".png"))));
    }
    // Every button of the toolbar shows an icon and is at least as wide as its icon and words.
    static void checkToolbar(WorkflowsView *view)
    {
        auto *toolbar = view->findChild<QToolBar *>(QStringLiteral("workflowToolbar"));
        QVERIFY(toolbar);
        int buttons = 0;
        for (QAction *action : view->workflowActions()) {
            auto *button = qobject_cast<QToolButton *>(toolbar->widgetForAction(action));
            QVERIFY2(button, qPrintable(action->text()));
            QVERIFY2(button->isVisible(), qPrintable(action->text())); // not pushed into the overflow menu
            QVERIFY2(!button->icon().isNull(), qPrintable(action->text()));
            QCOMPARE(button->toolButtonStyle(), Qt::ToolButtonTextBesideIcon);
            const int text = button->fontMetrics().horizontalAdvance(action->text().remove(QLatin1Char('&')));
            const int needed = text + button->iconSize().width();
            QVERIFY2(button->sizeHint().width() >= needed, qPrintable(action->text()));
            QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(action->text())); // not squashed
            ++buttons;
        }
        QCOMPARE(buttons, 8);
        auto *create = qobject_cast<QToolButton *>(toolbar->widgetForAction(view->workflowActions().first()));
        QCOMPARE(create->popupMode(), QToolButton::MenuButtonPopup);
        QVERIFY(create->defaultAction()->menu());
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void longTextsElideWithTooltips();
    void toolbarButtonsHaveIconsAndRoom();
    void emptyViewInvitesTheFirstStep();
    void filterHidingEveryRowSaysSo();
    void screenshots();
};

const QString TestWorkflowsLook::kManual = QStringLiteral("{\"type\":\"manual\"}");

void TestWorkflowsLook::longTextsElideWithTooltips()
{
    const QString name = QStringLiteral("Collect the signed quarterly budget statements of every department and "
                                        "remind the heads who have not sent theirs yet");
    Workflow w;
    w.name = name;
    w.description = QStringLiteral("Runs on the first Monday of the quarter.");
    w.type = WorkflowType::Reporting;
    w.trigger = QStringLiteral("{\"type\":\"schedule\",\"at\":\"weekly on monday at 09:00\"}");
    w.actions = QStringLiteral("[{\"type\":\"notify\",\"title\":\"x\"}]");
    CHECK_OK(WorkflowRepository(database().db(), UserContext::of(defaultUser())).create(w));
    MainWindow window(database().db(), defaultUser());
    window.resize(1366, 740);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.showView(QStringLiteral("workflows")));
    QTableView *table = window.workflowsView()->table();
    QVERIFY(table->isVisible());

    // Every column fits the window (no sideways scrolling hides one), and each fixed column is at
    // least as wide as its header.
    QCOMPARE(table->horizontalScrollBar()->maximum(), 0);
    for (int c = 0; c < WorkflowListModel::ColumnCount; ++c)
        QVERIFY2(table->columnWidth(c) >= table->horizontalHeader()->sectionSizeHint(c) || c == WorkflowListModel::Name
                     || c == WorkflowListModel::Frequency,
                 qPrintable(QString::number(c)));

    // The long name does not fit its column: it ends in "…" and its tooltip says it whole.
    const QModelIndex cell = table->model()->index(0, WorkflowListModel::Name);
    QVERIFY(table->columnWidth(WorkflowListModel::Name) < table->fontMetrics().horizontalAdvance(name));
    QCOMPARE(table->textElideMode(), Qt::ElideRight);
    const QRect rect = table->visualRect(cell);
    QHelpEvent help(QEvent::ToolTip, rect.center(), table->viewport()->mapToGlobal(rect.center()));
    QApplication::sendEvent(table->viewport(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), name + QStringLiteral("\nRuns on the first Monday of the quarter."));
    QToolTip::hideText();
    const QModelIndex frequency = table->model()->index(0, WorkflowListModel::Frequency);
    QCOMPARE(frequency.data(Qt::ToolTipRole).toString(), frequency.data().toString());
    save(window, QStringLiteral("long-name-1366"));
}

void TestWorkflowsLook::toolbarButtonsHaveIconsAndRoom()
{
    QUndoStack undo;
    {
        WorkflowsView view(database().db(), defaultUser(), &undo);
        view.resize(1366 - 160, 700); // the window less its navigation list
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        checkToolbar(&view);
    }
    // In German the words are longer.
    QTranslator german;
    QVERIFY(german.load(QStringLiteral(DOO_QM_DIR "/director-of-one_de.qm")));
    QCoreApplication::installTranslator(&german);
    const QLocale previous;
    QLocale::setDefault(QLocale(QStringLiteral("de_DE")));
    const auto restore = qScopeGuard([&] {
        QCoreApplication::removeTranslator(&german);
        QLocale::setDefault(previous);
    });
    WorkflowsView view(database().db(), defaultUser(), &undo);
    view.resize(1366 - 160, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.workflowActions().at(2)->text(), QStringLiteral("Jetzt ausführen"));
    checkToolbar(&view);
}

void TestWorkflowsLook::emptyViewInvitesTheFirstStep()
{
    QUndoStack undo;
    WorkflowsView view(database().db(), defaultUser(), &undo);
    view.resize(1200, 700);
    view.show();
    auto *empty = view.findChild<QWidget *>(QStringLiteral("workflowEmptyState"));
    QVERIFY(empty);
    QVERIFY(empty->isVisible());
    QVERIFY(!view.table()->isVisible());
    QCOMPARE(view.findChild<QLabel *>(QStringLiteral("workflowEmptyTitle"))->text(), QStringLiteral("No workflows yet"));
    auto *start = view.findChild<QPushButton *>(QStringLiteral("workflowEmptyTemplate"));
    QVERIFY(start && start->isVisible());
    QCOMPARE(start->text(), QStringLiteral("Start from a template"));
    QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("workflowEmptyClear"))->isVisible());
    // Centred: as much room left of the button as right of it.
    const QRect r = start->geometry();
    QVERIFY(qAbs(r.left() - (empty->width() - r.right())) <= 2);
    save(view, QStringLiteral("empty"));

    // Its menu is the New button's templates: one opens in the editor, saved it is listed.
    QMenu *menu = start->menu();
    QVERIFY(menu);
    QCOMPARE(menu, view.workflowActions().first()->menu());
    auto *triage = menu->findChild<QAction *>(QStringLiteral("actionTemplate_TASK_AUTOMATION"));
    QVERIFY(triage);
    QString opened;
    view.setEditorRunner([&opened](WorkflowEditorDialog &dialog) {
        opened = dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->text();
        dialog.findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
        return dialog.result() == QDialog::Accepted;
    });
    triage->trigger();
    QCOMPARE(opened, QStringLiteral("Daily triage of overdue reviews"));
    QCOMPARE(view.model()->rowCount(), 1);
    QVERIFY(!empty->isVisible());
    QVERIFY(view.table()->isVisible());
}

void TestWorkflowsLook::filterHidingEveryRowSaysSo()
{
    CHECK_OK(addWorkflow(database().db(), defaultUser(), QStringLiteral("Weekly report"), kManual,
                         QStringLiteral("[{\"type\":\"notify\",\"title\":\"x\"}]")));
    QUndoStack undo;
    WorkflowsView view(database().db(), defaultUser(), &undo);
    view.show();
    auto *empty = view.findChild<QWidget *>(QStringLiteral("workflowEmptyState"));
    QVERIFY(!empty->isVisible());
    auto *search = view.findChild<QLineEdit *>(QStringLiteral("workflowSearch"));
    QTest::keyClicks(search, QStringLiteral("invoices"));
    QVERIFY(empty->isVisible());
    QCOMPARE(view.findChild<QLabel *>(QStringLiteral("workflowEmptyTitle"))->text(),
             QStringLiteral("No workflow matches “invoices”"));
    QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("workflowEmptyTemplate"))->isVisible());
    auto *clear = view.findChild<QPushButton *>(QStringLiteral("workflowEmptyClear"));
    QVERIFY(clear->isVisible());
    QTest::mouseClick(clear, Qt::LeftButton);
    QVERIFY(search->text().isEmpty());
    QVERIFY(!empty->isVisible());
    QCOMPARE(view.proxy()->rowCount(), 1);
}

void TestWorkflowsLook::screenshots()
{
    auto seeded = Seeder::seed(database().db(), defaultUser());
    QVERIFY2(seeded, seeded ? "" : qPrintable(seeded.error().text()));
    const QPalette light = QApplication::palette();
    QPalette dark = light;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x6e, 0xb5));
    dark.setColor(QPalette::PlaceholderText, QColor(0x9e, 0x9e, 0x9e));
    const auto restore = qScopeGuard([&light] { QApplication::setPalette(light); });
    for (const bool german : {false, true}) {
        QTranslator translator;
        const QLocale previous;
        if (german) {
            QVERIFY(translator.load(QStringLiteral(DOO_QM_DIR "/director-of-one_de.qm")));
            QCoreApplication::installTranslator(&translator);
            QLocale::setDefault(QLocale(QStringLiteral("de_DE")));
        }
        const auto back = qScopeGuard([&] {
            QCoreApplication::removeTranslator(&translator);
            QLocale::setDefault(previous);
        });
        for (const bool isDark : {false, true}) {
            QApplication::setPalette(isDark ? dark : light);
            MainWindow window(database().db(), defaultUser());
            window.resize(1366, 740);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.showView(QStringLiteral("workflows")));
            window.workflowsView()->history()->showAllWorkflows(true);
            save(window,
                 QStringLiteral("workflows-%1-%2")
                     .arg(german ? QStringLiteral("de") : QStringLiteral("en"),
                          isDark ? QStringLiteral("dark") : QStringLiteral("light")));
            checkToolbar(window.workflowsView());
        }
    }
}

QTEST_MAIN(TestWorkflowsLook)
#include "tst_workflowslook.moc"
