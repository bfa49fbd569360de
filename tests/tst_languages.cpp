#include "DatabaseTestCase.h"
#include "languages_sweep.h"

#include "BoardWidget.h"
#include "ConsultationsWidget.h"
#include "MainWindow.h"
#include "SettingsDialog.h"
#include "ShortcutsDialog.h"
#include "TaskDialog.h"
#include "WorkflowEditorDialog.h"
#include "WorkflowsView.h"
#include "db/Database.h"
#include "exchange/Seeder.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace doo;
using namespace doo::test;

// A German and a French window on a seeded database: on every view and the main dialogs a sample
// of widgets shows the .ts translation of its English text (and a few key words spelled out),
// and a sweep over every visible text finds no "(s)" and no English source text left
// untranslated. The translators are installed before the window is made, as the program does.
// With DOO_LANGUAGE_SCREENSHOTS set to a folder, each view is also saved there as a PNG.
class TestLanguages : public DatabaseTestCase
{
    Q_OBJECT

public:
    TestLanguages() : DatabaseTestCase(QStringLiteral("director@example.com"), UserRole::Admin) { }

private:
    // The shown text is the translation of `source` in `context`, and that is not the English.
    void expect(const QString &shown, const char *context, const char *source, const QString &where)
    {
        const QString translated = QCoreApplication::translate(context, source);
        if (translated == QLatin1String(source))
            m_failures << QStringLiteral("%1: \"%2\" has no translation in %3")
                              .arg(where, QLatin1String(source), QLatin1String(context));
        else if (shown != translated)
            m_failures << QStringLiteral("%1 shows \"%2\", not \"%3\"").arg(where, shown, translated);
    }
    template<typename T>
    T *child(QWidget *parent, const char *name)
    {
        auto *found = parent->findChild<T *>(QLatin1String(name));
        if (!found)
            m_failures << QStringLiteral("no %1 in %2").arg(QLatin1String(name), parent->objectName());
        return found;
    }
    QString text(QWidget *parent, const char *name)
    {
        QWidget *w = child<QWidget>(parent, name);
        if (auto *label = qobject_cast<QLabel *>(w))
            return label->text();
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            return button->text();
        if (auto *edit = qobject_cast<QLineEdit *>(w))
            return edit->placeholderText();
        return QString();
    }
    QString item(QWidget *parent, const char *combo, int index)
    {
        auto *box = child<QComboBox>(parent, combo);
        return box ? box->itemText(index) : QString();
    }
    // The header of the view's `shown`-th shown column.
    QString header(QWidget *parent, const char *view, int shown)
    {
        auto *table = child<QAbstractItemView>(parent, view);
        for (int c = 0; table && table->model() && c < table->model()->columnCount(); ++c)
            if (!isColumnHidden(table, c) && shown-- == 0)
                return table->model()->headerData(c, Qt::Horizontal).toString();
        return QString();
    }
    QString actionText(QWidget *parent, const char *name)
    {
        auto *action = parent->findChild<QAction *>(QLatin1String(name));
        if (!action)
            m_failures << QStringLiteral("no action %1").arg(QLatin1String(name));
        return action ? action->text() : QString();
    }
    void sweep(QWidget *root, const QString &where, Reach reach = Reach::VisibleChildren)
    {
        const SweepResult result = sweepTexts(root, m_catalogue, m_allowed, reach);
        for (const QString &problem : result.problems)
            m_failures << where + QStringLiteral(": ") + problem;
        // A sweep that saw nothing proves nothing: every view and dialog shows some texts.
        if (result.texts < 3)
            m_failures << QStringLiteral("%1: only %2 texts found").arg(where).arg(result.texts);
        for (const QString &shown : result.enumNamesShown)
            qInfo("%s: stored enum name shown: %s", qPrintable(where), qPrintable(shown));
    }
    void screenshot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("DOO_LANGUAGE_SCREENSHOTS");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        w->grab().save(QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(m_language, name)));
    }
    // Seeds the database, reads the language's .ts and installs its translators.
    bool prepare(std::unique_ptr<InstalledLanguage> *installed);
    void windowSamples(MainWindow &w);
    void viewSamples(const QString &view, QWidget *page);
    void taskDialog(MainWindow &w);
    void workflowEditor(MainWindow &w);
    void settingsAndHelp(MainWindow &w);

    QString m_language;
    TsCatalogue m_catalogue;
    SweepAllowances m_allowed;
    QStringList m_failures;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("DirectorOfOneTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_languages"));
        QSettings().clear();
    }
    void cleanupTestCase() { QSettings().clear(); }
    void init()
    {
        QSettings().clear();
        m_failures.clear();
        DatabaseTestCase::init();
    }
    void everyView_data() { languages(); }
    void everyView();
    void dialogs_data() { languages(); }
    void dialogs();

private:
    static void languages()
    {
        // The language, and key words its window must show: the Analytics view, the Task menu,
        // and Qt's own Cancel (qtbase_<lang>).
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("analytics");
        QTest::addColumn<QString>("taskMenu");
        QTest::addColumn<QString>("close");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Auswertung") << QStringLiteral("A&ufgabe")
                            << QStringLiteral("Schließen");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Analyses") << QStringLiteral("&Tâche")
                            << QStringLiteral("Fermer");
    }
};

bool TestLanguages::prepare(std::unique_ptr<InstalledLanguage> *installed)
{
    QFETCH(QString, language);
    m_language = language;
    auto seeded = Seeder::seed(database().db(), defaultUser());
    if (!seeded) {
        qWarning("%s", qPrintable(seeded.error().text()));
        return false;
    }
    QString error;
    m_catalogue = TsCatalogue();
    if (!m_catalogue.load(QStringLiteral(DOO_TS_DIR "/director-of-one_%1.ts").arg(language), &error)
        || m_catalogue.size() < 500) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    m_allowed.data = storedTexts(database().db());
    // The stored enum names (TODO, IN_PROGRESS, DIRECTOR…) still show in some views until they
    // are replaced by their human names (issue 15, another part); until then they are no failure.
    m_allowed.enumNames = storedEnumNames();
    *installed = std::make_unique<InstalledLanguage>(language);
    return (*installed)->qtLoaded() && (*installed)->ownLoaded();
}

void TestLanguages::windowSamples(MainWindow &w)
{
    QFETCH(QString, analytics);
    QFETCH(QString, taskMenu);
    QStringList menus;
    for (QAction *a : w.menuBar()->actions())
        menus << a->text();
    expect(menus.value(0), "doo::MainWindow", "&File", QStringLiteral("File menu"));
    expect(menus.value(1), "doo::MainWindow", "&Edit", QStringLiteral("Edit menu"));
    expect(menus.value(2), "doo::MainWindow", "&View", QStringLiteral("View menu"));
    expect(menus.value(5), "doo::MainWindow", "&Help", QStringLiteral("Help menu"));
    QCOMPARE(menus.value(3), taskMenu);
    auto *nav = child<QListWidget>(&w, "navigation");
    QVERIFY(nav);
    const int index = int(w.views().indexOf(QStringLiteral("analytics")));
    QCOMPARE(nav->item(index)->text(), analytics);
    expect(nav->item(index)->text(), "doo::MainWindow", "Analytics", QStringLiteral("navigation"));
    expect(text(&w, "statusConnection"), "doo::MainWindow", "Connected", QStringLiteral("status"));
    expect(child<QWidget>(&w, "statusBackend")->toolTip(), "doo::MainWindow", "The database this window works on",
           QStringLiteral("status tool tip"));
    expect(actionText(&w, "actionKeyboardShortcuts"), "doo::MainWindow", "&Keyboard shortcuts", QStringLiteral("Help menu"));
}

void TestLanguages::viewSamples(const QString &view, QWidget *page)
{
    if (view == QLatin1String("board")) {
        expect(text(page, "searchEdit"), "doo::BoardWidget", "Search titles and descriptions…", view);
        expect(text(page, "clearFilters"), "doo::BoardWidget", "Clear filters", view);
        expect(item(page, "dueFilter", 1), "doo::BoardWidget", "Overdue", view);
        expect(child<QWidget>(page, "header_TODO")->toolTip(), "doo::BoardWidget", "Right-click to set a work-in-progress limit",
               view);
        expect(actionText(page, "actionNewTask"), "doo::BoardWidget", "&New task…", view);
    } else if (view == QLatin1String("workflows")) {
        expect(text(page, "workflowSearch"), "doo::WorkflowsView", "Filter by name, description or frequency", view);
        expect(item(page, "workflowActiveFilter", 0), "doo::WorkflowsView", "On and off", view);
        expect(header(page, "workflowTable", 2), "doo::WorkflowListModel", "Frequency", view);
        auto *tabs = child<QTabWidget>(page, "historyTabs");
        expect(tabs ? tabs->tabText(0) : QString(), "doo::WorkflowHistoryPanel", "Runs", view);
        expect(tabs ? tabs->tabText(1) : QString(), "doo::WorkflowHistoryPanel", "Approvals", view);
        expect(text(page, "undoRunButton"), "doo::WorkflowHistoryPanel", "Undo run…", view);
    } else if (view == QLatin1String("consultations")) {
        expect(text(page, "newRequestButton"), "doo::ConsultationsWidget", "New request…", view);
        expect(text(page, "searchEdit"), "doo::ConsultationsWidget", "Search booking, name, email, company…", view);
        expect(item(page, "statusFilter", 0), "doo::ConsultationsWidget", "All statuses", view);
        expect(header(page, "consultationTable", 0), "doo::ConsultationTableModel", "Booking", view);
        expect(header(page, "consultationTable", 5), "doo::ConsultationTableModel", "Scheduled", view);
    } else if (view == QLatin1String("analytics")) {
        expect(text(page, "exportButton"), "doo::AnalyticsPage", "Export", view);
        expect(item(page, "rangeCombo", 1), "doo::AnalyticsPage", "Last 30 days", view);
        expect(item(page, "bucketCombo", 2), "doo::AnalyticsPage", "By week", view);
        expect(actionText(page, "actionExportPdf"), "doo::AnalyticsPage", "Report as PDF…", view);
    } else if (view == QLatin1String("notifications")) {
        expect(item(page, "notificationShow", 0), "doo::NotificationsView", "All notifications", view);
        expect(item(page, "notificationShow", 1), "doo::NotificationsView", "Unread only", view);
        expect(item(page, "notificationType", 0), "doo::NotificationsView", "Any type", view);
        expect(actionText(page, "actionMarkAllRead"), "doo::NotificationsView", "Mark all read", view);
    } else if (view == QLatin1String("team")) {
        expect(text(page, "addPersonButton"), "doo::TeamPage", "&Add person…", view);
        expect(text(page, "reloadButton"), "doo::TeamPage", "Re&load", view);
        expect(header(page, "teamTable", 2), "doo::TeamTableModel", "Role", view);
    }
}

void TestLanguages::everyView()
{
    std::unique_ptr<InstalledLanguage> installed;
    QVERIFY(prepare(&installed));
    MainWindow w(database().db(), defaultUser());
    w.resize(1366, 768);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    windowSamples(w);
    if (QTest::currentTestFailed())
        return;
    // The window's own texts: menus (followed into every submenu), the navigation, the status bar.
    sweep(&w, QStringLiteral("window"));

    auto *stack = w.findChild<QStackedWidget *>();
    QVERIFY(stack);
    QStringList expected{QStringLiteral("board"), QStringLiteral("workflows"), QStringLiteral("consultations"),
                         QStringLiteral("analytics"), QStringLiteral("notifications")};
    if (database().db().type() == DbType::PostgreSQL)
        expected << QStringLiteral("team");
    for (const QString &view : expected) {
        QVERIFY2(w.showView(view), qPrintable(view));
        QTest::qWait(300); // the view loads and the charts settle
        QWidget *page = stack->currentWidget();
        viewSamples(view, page);
        sweep(page, view);
        screenshot(&w, view);
        if (auto *charts = page->findChild<QScrollArea *>(QStringLiteral("chartsArea")))
            screenshot(charts->widget(), QStringLiteral("analytics-charts"));
    }
    // The Data view (an administrator's) shows the tables' own names and columns: not swept.
    QVERIFY2(m_failures.isEmpty(), qPrintable(m_failures.join(QLatin1Char('\n'))));
}

void TestLanguages::taskDialog(MainWindow &w)
{
    auto *board = w.findChild<BoardWidget *>();
    QVERIFY(board);
    QSqlQuery query(database().db().handle());
    QVERIFY(query.exec(QStringLiteral("SELECT id FROM task WHERE status = 'IN_PROGRESS'")) && query.next());
    QVERIFY(w.showView(QStringLiteral("board")));
    QVERIFY(board->selectTask(query.value(0).toString()));
    int shown = 0;
    board->setDialogRunner([&](TaskDialog &dialog) {
        dialog.show();
        expect(dialog.windowTitle(), "doo::TaskDialog", shown == 0 ? "Edit task" : "New task", QStringLiteral("task dialog"));
        expect(text(&dialog, "titleEdit"), "doo::TaskDialog", "What needs to be done?", QStringLiteral("task dialog"));
        expect(text(&dialog, "tagsEdit"), "doo::TaskDialog", "Comma-separated, e.g. finance, q3", QStringLiteral("task dialog"));
        sweep(&dialog, QStringLiteral("task dialog"));
        screenshot(&dialog, shown == 0 ? QStringLiteral("task-edit") : QStringLiteral("task-new"));
        ++shown;
        return false;
    });
    w.findChild<QAction *>(QStringLiteral("actionEditTask"))->trigger();
    w.findChild<QAction *>(QStringLiteral("actionNewTask"))->trigger();
    QCOMPARE(shown, 2);
}

void TestLanguages::workflowEditor(MainWindow &w)
{
    auto *workflows = w.findChild<WorkflowsView *>();
    QVERIFY(workflows);
    QSqlQuery query(database().db().handle());
    QVERIFY(query.exec(QStringLiteral("SELECT id FROM workflow")) && query.next());
    QVERIFY(w.showView(QStringLiteral("workflows")));
    QVERIFY(workflows->selectWorkflow(query.value(0).toString()));
    // Texts of this branch that the .ts files do not have yet: the lead translates them after the
    // merge, and each leaves this list by itself then (translated, it is no longer the English).
    // Until then they must at least be asked for through tr() in their own class's context.
    const std::pair<const char *, const char *> awaiting[] = {{"doo::ActionListModel", "Tasks"},
                                                              {"doo::ActionListModel", "Consultations"},
                                                              {"doo::ActionListModel", "Day"},
                                                              {"doo::ActionListModel", "Week"},
                                                              {"doo::ActionListModel", "Month"}};
    const SweepAllowances allowed = m_allowed;
    for (const auto &[context, source] : awaiting)
        if (QCoreApplication::translate(context, source) == QLatin1String(source))
            m_allowed.awaitingTranslation.insert(QLatin1String(source));
    const RecordingTranslator recorder;
    int shown = 0;
    workflows->setEditorRunner([&](WorkflowEditorDialog &editor) {
        editor.resize(900, 700);
        editor.show();
        auto *tabs = child<QTabWidget>(&editor, "editorTabs");
        if (!tabs)
            return false;
        expect(text(&editor, "nameEdit"), "doo::WorkflowEditorDialog", "Weekly status report", QStringLiteral("editor"));
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            screenshot(&editor, QStringLiteral("workflow-editor-%1").arg(i));
        }
        // Every page of the trigger and action forms, not only the ones this workflow shows.
        sweep(&editor, QStringLiteral("workflow editor"), Reach::EveryChild);
        ++shown;
        return false;
    });
    w.findChild<QAction *>(QStringLiteral("actionEditWorkflow"))->trigger();
    m_allowed = allowed;
    QCOMPARE(shown, 1);
    for (const auto &[context, source] : awaiting)
        QVERIFY2(recorder.asked(context, source), source);
}

void TestLanguages::settingsAndHelp(MainWindow &w)
{
    QFETCH(QString, close);
    SettingsDialog *settings = w.showSettings();
    QVERIFY(settings && settings->isVisible());
    expect(settings->windowTitle(), "doo::SettingsDialog", "Preferences", QStringLiteral("settings"));
    for (const char *key : {"general", "profile", "database", "scheduler", "notifications", "board"}) {
        QVERIFY2(settings->showPage(QLatin1String(key)), key);
        QTest::qWait(50); // the page's scroll area lays it out
        sweep(settings, QStringLiteral("settings page %1").arg(QLatin1String(key)));
        screenshot(settings, QStringLiteral("settings-%1").arg(QLatin1String(key)));
    }
    settings->reject();

    w.findChild<QAction *>(QStringLiteral("actionAbout"))->trigger();
    auto *about = w.findChild<QMessageBox *>(QStringLiteral("aboutBox"));
    QVERIFY(about);
    expect(about->windowTitle(), "doo::MainWindow", "About Director of One", QStringLiteral("about"));
    QCOMPARE(about->button(QMessageBox::Close)->text(), close); // Qt's own text, from qtbase_<lang>
    sweep(about, QStringLiteral("about"));
    screenshot(about, QStringLiteral("about"));
    about->close();

    w.findChild<QAction *>(QStringLiteral("actionKeyboardShortcuts"))->trigger();
    auto *shortcuts = w.findChild<ShortcutsDialog *>();
    QVERIFY(shortcuts);
    expect(shortcuts->windowTitle(), "doo::ShortcutsDialog", "Keyboard shortcuts", QStringLiteral("shortcuts"));
    expect(text(shortcuts, "shortcutsSearch"), "doo::ShortcutsDialog", "Search actions and keys", QStringLiteral("shortcuts"));
    sweep(shortcuts, QStringLiteral("shortcuts"));
    screenshot(shortcuts, QStringLiteral("shortcuts"));
    shortcuts->close();
}

void TestLanguages::dialogs()
{
    std::unique_ptr<InstalledLanguage> installed;
    QVERIFY(prepare(&installed));
    MainWindow w(database().db(), defaultUser());
    w.resize(1366, 768);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    taskDialog(w);
    workflowEditor(w);
    settingsAndHelp(w);
    if (QTest::currentTestFailed())
        return;
    auto *consultations = w.findChild<ConsultationsWidget *>();
    QVERIFY(consultations && w.showView(QStringLiteral("consultations")));
    int shown = 0;
    const RecordingTranslator recorder;
    consultations->setDialogRunner([&](QDialog &dialog) {
        dialog.show();
        // An empty form: the problem names the field as the form does, not by its stored key.
        const QString problem = text(&dialog, "problemLabel");
        if (problem.startsWith(QLatin1String("name:")) || !recorder.asked("doo::ConsultationDialog", "Name"))
            m_failures << QStringLiteral("consultation dialog: the problem \"%1\" does not name the field").arg(problem);
        sweep(&dialog, QStringLiteral("consultation dialog"));
        screenshot(&dialog, QStringLiteral("consultation-new"));
        ++shown;
        return false;
    });
    qobject_cast<QPushButton *>(w.findChild<QWidget *>(QStringLiteral("newRequestButton")))->click();
    QCOMPARE(shown, 1);
    QVERIFY2(m_failures.isEmpty(), qPrintable(m_failures.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestLanguages)
#include "tst_languages.moc"
