#include "Checks.h"
#include "DatabaseTestCase.h"
#include "EngineTestHelpers.h"

#include "BoardWidget.h"
#include "MainWindow.h"
#include "BackupActions.h"
#include "SettingsDialog.h"
#include "SettingsPage.h"
#include "itemmodels/Autostart.h"
#include "itemmodels/LocalSettings.h"
#include "itemmodels/PreferencesIntents.h"
#include "repositories/PreferenceRepository.h"
#include "repositories/TaskRepository.h"
#include "repositories/UserRepository.h"
#include "repositories/WorkflowRepository.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>

using namespace doo;
using namespace doo::test;

// The Settings window offscreen over a real database: every page's values round-trip (the
// user's through PreferenceRepository on both backends, this computer's through QSettings in
// test mode) and take effect (the board's WIP limits, the workflows' time zone, the autostart
// entry); an invalid value names its field and writes nothing.
class TestSettingsDialog : public DatabaseTestCase
{
    Q_OBJECT

public:
    TestSettingsDialog() : DatabaseTestCase(QStringLiteral("me@example.com"), UserRole::Director)
    {
        useFixedClock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    }

private:
    template<typename T>
    static T *child(QObject *parent, const QString &name)
    {
        T *found = parent->findChild<T *>(name);
        if (!found)
            qFatal("no %s", qPrintable(name));
        return found;
    }
    static void press(SettingsDialog &dialog, QDialogButtonBox::StandardButton which)
    {
        dialog.findChild<QDialogButtonBox *>()->button(which)->click();
    }
    Preferences stored()
    {
        auto loaded = PreferenceRepository(database().db(), UserContext::of(defaultUser())).load();
        if (!loaded)
            qFatal("%s", qPrintable(loaded.error().text()));
        return *loaded;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("DirectorOfOneTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_settingsdialog"));
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
    }
    void init()
    {
        QSettings().clear();
        QFile::remove(Autostart::entryPath());
        DatabaseTestCase::init();
    }
    void cleanupTestCase() { QSettings().clear(); }

    void userPreferencesRoundTrip();
    void localSettingsRoundTrip();
    void startAtLoginWritesTheAutostartEntry();
    void invalidValueNamesTheFieldAndSavesNothing();
    void profileTimeZoneRetimesTheWorkflows();
    void invalidProfileNamesTheField();
    void refusedProfileLeavesThePreferencesUnsaved();
    void wipLimitShowsOnTheBoardAtOnce();
    void wipLimitIsPerDatabase();
    void ctrlCommaOpensTheDialog();
    void databasePageShowsTheConnection();

private:
    QTemporaryDir m_config;
};

void TestSettingsDialog::userPreferencesRoundTrip()
{
    PreferencesIntents intents(database().db(), UserContext::of(defaultUser()));
    {
        SettingsDialog dialog(&intents, database().url());
        auto *week = child<QComboBox>(&dialog, QStringLiteral("weekStartCombo"));
        week->setCurrentIndex(week->findData(int(Qt::Sunday)));
        child<QCheckBox>(&dialog, QStringLiteral("popup_TASK_DUE"))->setChecked(false);
        child<QCheckBox>(&dialog, QStringLiteral("popup_INFO"))->setChecked(false);
        child<QGroupBox>(&dialog, QStringLiteral("quietHours"))->setChecked(true);
        child<QTimeEdit>(&dialog, QStringLiteral("quietFrom"))->setTime(QTime(21, 30));
        child<QTimeEdit>(&dialog, QStringLiteral("quietTo"))->setTime(QTime(6, 15));
        child<QDoubleSpinBox>(&dialog, QStringLiteral("weeklyTarget"))->setValue(7.5);
        child<QSpinBox>(&dialog, QStringLiteral("purgeReadAfterDays"))->setValue(30);
        child<QSpinBox>(&dialog, QStringLiteral("archiveAfterDays"))->setValue(200);
        child<QSpinBox>(&dialog, QStringLiteral("wipLimit_IN_PROGRESS"))->setValue(3);
        QSignalSpy changed(&intents, &PreferencesIntents::changed);
        press(dialog, QDialogButtonBox::Ok);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(changed.count(), 1);
    }
    const Preferences p = stored();
    QCOMPARE(p.weekStart, Qt::Sunday);
    QVERIFY(!p.popupTypes.contains(NotificationType::TaskDue) && !p.popupTypes.contains(NotificationType::Info));
    QVERIFY(p.popupTypes.contains(NotificationType::BudgetAlert));
    QVERIFY(p.quietHours);
    QCOMPARE(p.quietFrom, QTime(21, 30));
    QCOMPARE(p.quietTo, QTime(6, 15));
    QCOMPARE(p.weeklyTargetHours, 7.5);
    QCOMPARE(p.purgeReadAfterDays, 30);
    QCOMPARE(p.archiveAfterDays, 200);
    QCOMPARE(p.wipLimit(TaskStatus::InProgress), 3);
    QCOMPARE(p.wipLimit(TaskStatus::Todo), 0);
    QCOMPARE(intents.preferences(), p);

    // Reopened (a fresh intents object, as another window would have): the stored values show.
    PreferencesIntents fresh(database().db(), UserContext::of(defaultUser()));
    SettingsDialog again(&fresh, database().url());
    QCOMPARE(child<QComboBox>(&again, QStringLiteral("weekStartCombo"))->currentData().toInt(), int(Qt::Sunday));
    QVERIFY(!child<QCheckBox>(&again, QStringLiteral("popup_TASK_DUE"))->isChecked());
    QVERIFY(child<QCheckBox>(&again, QStringLiteral("popup_WARNING"))->isChecked());
    QVERIFY(child<QGroupBox>(&again, QStringLiteral("quietHours"))->isChecked());
    QCOMPARE(child<QTimeEdit>(&again, QStringLiteral("quietFrom"))->time(), QTime(21, 30));
    QCOMPARE(child<QTimeEdit>(&again, QStringLiteral("quietTo"))->time(), QTime(6, 15));
    QCOMPARE(child<QDoubleSpinBox>(&again, QStringLiteral("weeklyTarget"))->value(), 7.5);
    QCOMPARE(child<QSpinBox>(&again, QStringLiteral("purgeReadAfterDays"))->value(), 30);
    QCOMPARE(child<QSpinBox>(&again, QStringLiteral("archiveAfterDays"))->value(), 200);
    QCOMPARE(child<QSpinBox>(&again, QStringLiteral("wipLimit_IN_PROGRESS"))->value(), 3);
}

void TestSettingsDialog::localSettingsRoundTrip()
{
    PreferencesIntents intents(database().db(), UserContext::of(defaultUser()));
    {
        SettingsDialog dialog(&intents, database().url());
        QVERIFY(child<QCheckBox>(&dialog, QStringLiteral("schedulerEnabled"))->isChecked()); // the defaults
        QVERIFY(!child<QCheckBox>(&dialog, QStringLiteral("schedulerPaused"))->isChecked());
        QCOMPARE(child<QSpinBox>(&dialog, QStringLiteral("backupsKept"))->value(), 7);
        auto *language = child<QComboBox>(&dialog, QStringLiteral("languageCombo"));
        language->setCurrentIndex(language->findData(QStringLiteral("de")));
        child<QCheckBox>(&dialog, QStringLiteral("showTrayIcon"))->setChecked(false);
        child<QCheckBox>(&dialog, QStringLiteral("minimiseToTray"))->setChecked(true);
        child<QCheckBox>(&dialog, QStringLiteral("closeToTray"))->setChecked(true);
        child<QCheckBox>(&dialog, QStringLiteral("schedulerEnabled"))->setChecked(false);
        child<QCheckBox>(&dialog, QStringLiteral("schedulerPaused"))->setChecked(true);
        child<QSpinBox>(&dialog, QStringLiteral("backupsKept"))->setValue(12);
        QSignalSpy local(&dialog, &SettingsDialog::localSettingsChanged);
        QSignalSpy pause(&dialog, &SettingsDialog::schedulerPauseRequested);
        QSignalSpy enabled(&dialog, &SettingsDialog::schedulerEnabledChanged);
        press(dialog, QDialogButtonBox::Apply);
        QCOMPARE(local.count(), 1);
        QCOMPARE(pause.count(), 1);
        QCOMPARE(pause.first().first().toBool(), true);
        QCOMPARE(enabled.count(), 1);
        QCOMPARE(enabled.first().first().toBool(), false);
        press(dialog, QDialogButtonBox::Apply); // nothing changed since: nothing said
        QCOMPARE(local.count(), 1);
        QCOMPARE(pause.count(), 1);
        press(dialog, QDialogButtonBox::Ok);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    QCOMPARE(LocalSettings::language(), QStringLiteral("de"));
    QVERIFY(!LocalSettings::showTrayIcon());
    QVERIFY(LocalSettings::minimiseToTray());
    QCOMPARE(LocalSettings::closeToTray(), std::optional<bool>(true));
    QVERIFY(!LocalSettings::schedulerEnabled());
    QVERIFY(LocalSettings::schedulerPaused());
    QCOMPARE(LocalSettings::backupsKept(), 12);
    QCOMPARE(stored(), Preferences()); // this computer's settings are not the user's

    SettingsDialog again(&intents, database().url());
    QCOMPARE(child<QComboBox>(&again, QStringLiteral("languageCombo"))->currentData().toString(), QStringLiteral("de"));
    QVERIFY(!child<QCheckBox>(&again, QStringLiteral("showTrayIcon"))->isChecked());
    QVERIFY(child<QCheckBox>(&again, QStringLiteral("minimiseToTray"))->isChecked());
    QVERIFY(child<QCheckBox>(&again, QStringLiteral("closeToTray"))->isChecked());
    QVERIFY(!child<QCheckBox>(&again, QStringLiteral("schedulerEnabled"))->isChecked());
    QVERIFY(child<QCheckBox>(&again, QStringLiteral("schedulerPaused"))->isChecked());
    QCOMPARE(child<QSpinBox>(&again, QStringLiteral("backupsKept"))->value(), 12);
    // Cancel writes nothing.
    child<QSpinBox>(&again, QStringLiteral("backupsKept"))->setValue(3);
    press(again, QDialogButtonBox::Cancel);
    QCOMPARE(again.result(), int(QDialog::Rejected));
    QCOMPARE(LocalSettings::backupsKept(), 12);
}

void TestSettingsDialog::startAtLoginWritesTheAutostartEntry()
{
    const QString entry = m_config.filePath(QStringLiteral("autostart/director-of-one.desktop"));
    QCOMPARE(Autostart::entryPath(), entry);
    PreferencesIntents intents(database().db(), UserContext::of(defaultUser()));
    SettingsDialog dialog(&intents, database().url());
    auto *box = child<QCheckBox>(&dialog, QStringLiteral("startAtLogin"));
    QVERIFY(!box->isChecked());
    box->setChecked(true);
    QVERIFY(dialog.apply());
    QFile file(entry);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY2(text.startsWith("[Desktop Entry]\n"), text.constData());
    QVERIFY2(text.contains("\nType=Application\n") && text.contains("\nExec=director-of-one --background\n"), text.constData());
    QVERIFY(Autostart::isEnabled());
    SettingsDialog reopened(&intents, database().url());
    QVERIFY(child<QCheckBox>(&reopened, QStringLiteral("startAtLogin"))->isChecked());
    child<QCheckBox>(&reopened, QStringLiteral("startAtLogin"))->setChecked(false);
    QVERIFY(reopened.apply());
    QVERIFY(!QFile::exists(entry));
    QVERIFY(!Autostart::isEnabled());
}

void TestSettingsDialog::invalidValueNamesTheFieldAndSavesNothing()
{
    PreferencesIntents intents(database().db(), UserContext::of(defaultUser()));
    SettingsDialog dialog(&intents, database().url());
    dialog.show();
    child<QSpinBox>(&dialog, QStringLiteral("wipLimit_TODO"))->setValue(4);
    child<QLineEdit>(&dialog, QStringLiteral("profileName"))->setText(QStringLiteral("Someone Else"));
    auto *language = child<QComboBox>(&dialog, QStringLiteral("languageCombo"));
    language->setCurrentIndex(language->findData(QStringLiteral("fr")));
    child<QGroupBox>(&dialog, QStringLiteral("quietHours"))->setChecked(true);
    child<QTimeEdit>(&dialog, QStringLiteral("quietFrom"))->setTime(QTime(8, 0));
    child<QTimeEdit>(&dialog, QStringLiteral("quietTo"))->setTime(QTime(8, 0));
    dialog.showPage(QStringLiteral("board"));
    QSignalSpy local(&dialog, &SettingsDialog::localSettingsChanged);
    press(dialog, QDialogButtonBox::Ok);
    QVERIFY(dialog.isVisible()); // not closed
    QCOMPARE(dialog.currentPage(), QStringLiteral("notifications"));
    const QString error = dialog.page(QStringLiteral("notifications"))->errorText();
    QVERIFY2(error.startsWith(QLatin1String("Quiet hours: ")) && error.contains(QLatin1String("same time")), qPrintable(error));
    QVERIFY(child<QLabel>(dialog.page(QStringLiteral("notifications")), QStringLiteral("pageError"))->isVisible());
    // Nothing saved: the database's preferences and profile, and this computer's language.
    QCOMPARE(stored(), Preferences());
    QCOMPARE(UserRepository(database().db(), UserContext::of(defaultUser())).findById(defaultUser().id)->name,
             defaultUser().name);
    QCOMPARE(LocalSettings::language(), QString());
    QCOMPARE(local.count(), 0);

    // Corrected, the same dialog saves everything and the error goes.
    child<QTimeEdit>(&dialog, QStringLiteral("quietTo"))->setTime(QTime(9, 0));
    press(dialog, QDialogButtonBox::Ok);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.page(QStringLiteral("notifications"))->errorText(), QString());
    QCOMPARE(stored().wipLimit(TaskStatus::Todo), 4);
    QCOMPARE(UserRepository(database().db(), UserContext::of(defaultUser())).findById(defaultUser().id)->name,
             QStringLiteral("Someone Else"));
    QCOMPARE(LocalSettings::language(), QStringLiteral("fr"));
}

void TestSettingsDialog::profileTimeZoneRetimesTheWorkflows()
{
    auto &t = database();
    User me = defaultUser();
    me.timeZone = QStringLiteral("Europe/Berlin");
    auto updated = UserRepository(t.db(), UserContext::of(me)).update(me);
    CHECK_OK(updated);
    const auto w = addWorkflow(t.db(), *updated, QStringLiteral("Evening review"),
                               QStringLiteral("{\"type\":\"schedule\",\"at\":\"daily at 17:00\"}"),
                               QStringLiteral("[{\"type\":\"notify\",\"title\":\"Review\"}]"));
    CHECK_OK(w);
    QCOMPARE(w->nextRunAt, QDateTime(QDate(2026, 3, 2), QTime(16, 0), Qt::UTC)); // 17:00 in Berlin (UTC+1)

    MainWindow window(t.db(), *updated);
    QSignalSpy workflowsChanged(&window, &MainWindow::workflowsChanged);
    SettingsDialog *dialog = window.showSettings();
    auto *zone = child<QComboBox>(dialog, QStringLiteral("profileTimeZone"));
    QCOMPARE(zone->currentData().toString(), QStringLiteral("Europe/Berlin"));
    zone->setCurrentIndex(zone->findData(QStringLiteral("Asia/Tokyo")));
    press(*dialog, QDialogButtonBox::Ok);
    QVERIFY(!dialog->isVisible());

    // As `user set --time-zone` does: the stored zone, and the next run at 17:00 in Tokyo (UTC+9),
    // the first one after now (09:00 UTC is 18:00 there).
    auto after = UserRepository(t.db(), UserContext::of(me)).findById(me.id);
    CHECK_OK(after);
    QCOMPARE(after->timeZone, QStringLiteral("Asia/Tokyo"));
    auto retimed = WorkflowRepository(t.db(), UserContext::of(me)).findById(w->id);
    CHECK_OK(retimed);
    QCOMPARE(retimed->nextRunAt, QDateTime(QDate(2026, 3, 3), QTime(8, 0), Qt::UTC));
    QCOMPARE(workflowsChanged.count(), 1); // the window's scheduler reads the new time

    // Reopened, the profile shows the zone; saving the dialog unchanged writes no profile.
    SettingsDialog *again = window.showSettings();
    QVERIFY(again->isVisible());
    QCOMPARE(child<QComboBox>(again, QStringLiteral("profileTimeZone"))->currentData().toString(), QStringLiteral("Asia/Tokyo"));
    press(*again, QDialogButtonBox::Ok);
    QCOMPARE(UserRepository(t.db(), UserContext::of(me)).findById(me.id)->version, after->version);
}

void TestSettingsDialog::invalidProfileNamesTheField()
{
    PreferencesIntents intents(database().db(), UserContext::of(defaultUser()));
    SettingsDialog dialog(&intents, database().url());
    child<QLineEdit>(&dialog, QStringLiteral("profileName"))->setText(QStringLiteral("   "));
    child<QSpinBox>(&dialog, QStringLiteral("archiveAfterDays"))->setValue(100);
    QVERIFY(!dialog.apply());
    QCOMPARE(dialog.currentPage(), QStringLiteral("profile"));
    const QString error = dialog.page(QStringLiteral("profile"))->errorText();
    QVERIFY2(error.startsWith(QLatin1String("Name: ")), qPrintable(error));
    QCOMPARE(stored().archiveAfterDays, 365); // the valid change on another page waits too
}

// The profile and the preferences go in one transaction: the database refusing the profile (changed
// elsewhere since the dialog read it) leaves the preferences as they were.
void TestSettingsDialog::refusedProfileLeavesThePreferencesUnsaved()
{
    auto &t = database();
    PreferencesIntents intents(t.db(), UserContext::of(defaultUser()));
    SettingsDialog dialog(&intents, t.url());
    child<QLineEdit>(&dialog, QStringLiteral("profileDepartment"))->setText(QStringLiteral("Finance"));
    child<QDoubleSpinBox>(&dialog, QStringLiteral("weeklyTarget"))->setValue(5);
    User elsewhere = *UserRepository(t.db(), UserContext::of(defaultUser())).findById(defaultUser().id);
    elsewhere.company = QStringLiteral("Changed on the command line");
    CHECK_OK(UserRepository(t.db(), UserContext::of(defaultUser())).update(elsewhere));
    QVERIFY(!dialog.apply());
    QVERIFY2(dialog.errorText().contains(QLatin1String("changed elsewhere")), qPrintable(dialog.errorText()));
    QCOMPARE(stored(), Preferences());
    QCOMPARE(intents.preferences(), Preferences());
    QCOMPARE(UserRepository(t.db(), UserContext::of(defaultUser())).findById(defaultUser().id)->department, QString());
}

void TestSettingsDialog::wipLimitShowsOnTheBoardAtOnce()
{
    auto &t = database();
    TaskRepository tasks(t.db(), UserContext::of(defaultUser()));
    for (const QString &title : {QStringLiteral("a"), QStringLiteral("b")}) {
        Task task;
        task.title = title;
        CHECK_OK(tasks.create(task));
    }
    MainWindow window(t.db(), defaultUser());
    auto *header = child<QLabel>(&window, QStringLiteral("header_TODO"));
    QVERIFY(!header->property("overLimit").toBool());
    SettingsDialog *dialog = window.showSettings();
    child<QSpinBox>(dialog, QStringLiteral("wipLimit_TODO"))->setValue(1);
    press(*dialog, QDialogButtonBox::Apply);
    QVERIFY2(header->text().contains(QLatin1String("2 / 1")), qPrintable(header->text()));
    QVERIFY(header->property("overLimit").toBool());
    press(*dialog, QDialogButtonBox::Cancel);

    // The board's own way (the heading's menu) goes through the same preferences.
    auto *board = child<BoardWidget>(&window, QStringLiteral("boardPage"));
    board->setWipLimit(TaskStatus::Todo, 5);
    QCOMPARE(stored().wipLimit(TaskStatus::Todo), 5);
    QVERIFY(!header->property("overLimit").toBool());
    QCOMPARE(window.preferences()->preferences().wipLimit(TaskStatus::Todo), 5);
    SettingsDialog *reopened = window.showSettings();
    QCOMPARE(child<QSpinBox>(reopened, QStringLiteral("wipLimit_TODO"))->value(), 5);
    QVERIFY(QSettings().allKeys().filter(QStringLiteral("wip")).isEmpty()); // nothing per computer
}

void TestSettingsDialog::wipLimitIsPerDatabase()
{
    QFETCH_GLOBAL(QString, backend);
    QString skip;
    QString failure;
    auto other = TestDatabase::create(backend, true, &skip, &failure);
    QVERIFY2(other, qPrintable(failure + skip));
    const User there = other->addUser(QStringLiteral("me@example.com"), UserRole::Director);

    MainWindow here(database().db(), defaultUser());
    SettingsDialog *dialog = here.showSettings();
    child<QSpinBox>(dialog, QStringLiteral("wipLimit_REVIEW"))->setValue(2);
    press(*dialog, QDialogButtonBox::Ok);
    QVERIFY(child<QLabel>(&here, QStringLiteral("header_REVIEW"))->text().contains(QLatin1String(" / 2")));

    MainWindow elsewhere(other->db(), there);
    const QString header = child<QLabel>(&elsewhere, QStringLiteral("header_REVIEW"))->text();
    QVERIFY2(!header.contains(QLatin1String(" / ")), qPrintable(header));
    QCOMPARE(PreferenceRepository(other->db(), UserContext::of(there)).load()->wipLimit(TaskStatus::Review), 0);
}

void TestSettingsDialog::ctrlCommaOpensTheDialog()
{
    MainWindow window(database().db(), defaultUser());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction *action = child<QAction>(&window, QStringLiteral("actionPreferences"));
    QVERIFY(action->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    QVERIFY(!window.findChild<SettingsDialog *>());
    QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier);
    SettingsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<SettingsDialog *>()) && dialog->isVisible());
    QCOMPARE(dialog->currentPage(), QStringLiteral("general"));
    auto *categories = child<QListWidget>(dialog, QStringLiteral("settingsCategories"));
    QCOMPARE(categories->count(), 6);
    for (int i = 0; i < categories->count(); ++i)
        QVERIFY(!categories->item(i)->icon().isNull());
    categories->setCurrentRow(5);
    QCOMPARE(dialog->currentPage(), QStringLiteral("board"));

    // The Database page's buttons are the File menu's Back up… and Restore… (each asks for a file:
    // cancelled here).
    QList<bool> asked;
    BackupActions::setFileChooser([&asked](bool save) {
        asked << save;
        return QString();
    });
    child<QPushButton>(dialog, QStringLiteral("backUpButton"))->click();
    child<QPushButton>(dialog, QStringLiteral("restoreButton"))->click();
    BackupActions::setFileChooser({});
    QCOMPARE(asked, (QList<bool>{true, false}));
    // Connect… saves and closes the settings first (a switch of database replaces the window).
    QSignalSpy connectTo(&window, &MainWindow::connectRequested);
    const QPointer<SettingsDialog> open = dialog;
    child<QSpinBox>(dialog, QStringLiteral("wipLimit_TODO"))->setValue(6);
    child<QPushButton>(dialog, QStringLiteral("connectButton"))->click();
    QVERIFY(!open || !open->isVisible());
    QTRY_COMPARE(connectTo.count(), 1);
    QCOMPARE(stored().wipLimit(TaskStatus::Todo), 6);
}

void TestSettingsDialog::databasePageShowsTheConnection()
{
    PreferencesIntents intents(database().db(), UserContext::of(defaultUser()));
    DatabaseUrl url = database().url();
    url.password = QStringLiteral("s3cret-pass");
    SettingsDialog dialog(&intents, url);
    SettingsPage *page = dialog.page(QStringLiteral("database"));
    QStringList shown;
    for (QLabel *label : page->findChildren<QLabel *>())
        shown << label->text();
    const QString all = shown.join(QLatin1Char('\n'));
    QVERIFY2(!all.contains(QLatin1String("s3cret-pass")), qPrintable(all));
    if (url.type == DbType::SQLite) {
        QCOMPARE(child<QLabel>(page, QStringLiteral("connectionFile"))->text(), QDir::toNativeSeparators(url.path));
    } else {
        QCOMPARE(child<QLabel>(page, QStringLiteral("connectionDatabase"))->text(), url.database);
        QCOMPARE(child<QLabel>(page, QStringLiteral("connectionLogin"))->text(), url.user);
    }
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
