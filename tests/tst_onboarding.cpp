#include "Checks.h"
#include "DatabaseTestCase.h"

#include "OnboardingDialog.h"
#include "ReportDrawing.h"
#include "db/Database.h"
#include "domain/WorkflowDefinition.h"
#include "exchange/Seeder.h"
#include "itemmodels/OnboardingIntents.h"
#include "itemmodels/WorkflowIntents.h"
#include "repositories/ExecutionRepository.h"
#include "repositories/NotificationRepository.h"
#include "repositories/TaskRepository.h"
#include "repositories/UserRepository.h"
#include "repositories/WorkflowRepository.h"
#include "workflow/ReportWriter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUndoStack>

using namespace doo;
using namespace doo::test;

// The first start on both backends: the onboarding dialog's time zone, the choice of where the
// data lives, "Load sample data" in the same transaction as the profile; and the sample data
// itself: notifications that follow from it, descriptions that say what the actions do, runs
// that do not fail for want of a folder.
class TestOnboarding : public DatabaseTestCase
{
    Q_OBJECT

public:
    TestOnboarding() : DatabaseTestCase(QStringLiteral("jane@example.com"), UserRole::Director) { }

private:
    template<typename T>
    static T *child(QObject *parent, const char *name)
    {
        T *found = parent->findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qWarning("no %s", name);
        return found;
    }
    User stored()
    {
        auto user = UserRepository(database().db(), UserContext::of(defaultUser())).findById(defaultUser().id);
        if (!user)
            qFatal("%s", qPrintable(user.error().text()));
        return *user;
    }
    int taskCount()
    {
        auto count = TaskRepository(database().db(), UserContext::of(defaultUser())).count();
        return count ? *count : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        ReportWriter::setPdfDrawing(&m_drawing);
    }
    void cleanupTestCase() { ReportWriter::setPdfDrawing(nullptr); }

    void timeZonePreselectedAndSaved()
    {
        QVERIFY(defaultUser().timeZone.isEmpty());
        OnboardingDialog dialog(database().db(), defaultUser());
        auto *zone = child<QComboBox>(&dialog, "timeZoneCombo");
        QVERIFY(zone);
        const QString system = QString::fromUtf8(QTimeZone::systemTimeZoneId());
        QCOMPARE(zone->currentText(), system);
        QVERIFY(zone->count() >= QTimeZone::availableTimeZoneIds().size());
        // Searchable: any part of a name, in any case.
        zone->completer()->setCompletionPrefix(QStringLiteral("tokyo"));
        QVERIFY(zone->completer()->completionCount() >= 1);
        QCOMPARE(zone->completer()->currentCompletion(), QStringLiteral("Asia/Tokyo"));

        // A name that is no zone stops Continue with the reason.
        zone->setEditText(QStringLiteral("Mars/Olympus_Mons"));
        auto *continueButton = child<QPushButton>(&dialog, "continueButton");
        QVERIFY(!continueButton->isEnabled());
        QVERIFY2(child<QLabel>(&dialog, "validationLabel")->text().contains(QStringLiteral("time zone")),
                 qPrintable(child<QLabel>(&dialog, "validationLabel")->text()));

        zone->setCurrentIndex(zone->findText(QStringLiteral("Asia/Tokyo")));
        QVERIFY(continueButton->isEnabled());
        QTest::mouseClick(continueButton, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(OnboardingDialog::Saved));
        const User saved = stored();
        QCOMPARE(saved.timeZone, QStringLiteral("Asia/Tokyo"));
        QVERIFY(saved.onboardingCompleted);
        QCOMPARE(taskCount(), 0); // no sample data unless asked
    }

    void loadSampleDataSeedsInTheChosenZone()
    {
        OnboardingDialog dialog(database().db(), defaultUser());
        auto *sample = child<QCheckBox>(&dialog, "sampleDataCheck");
        QVERIFY(sample && sample->isEnabled() && !sample->isChecked());
        auto *zone = child<QComboBox>(&dialog, "timeZoneCombo");
        zone->setCurrentIndex(zone->findText(QStringLiteral("Pacific/Auckland")));
        sample->setChecked(true);
        QTest::mouseClick(child<QPushButton>(&dialog, "continueButton"), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(OnboardingDialog::Saved));

        const UserContext ctx = UserContext::of(defaultUser());
        QVERIFY2(taskCount() >= 50, qPrintable(QString::number(taskCount())));
        const auto workflows = WorkflowRepository(database().db(), ctx).findByUserId(defaultUser().id);
        CHECK_OK(workflows);
        QVERIFY(workflows->size() >= 6);
        // The profile was saved first: the sample tasks fall due at 17:00 in the zone chosen.
        const auto tasks = TaskRepository(database().db(), ctx).list(TaskFilter());
        CHECK_OK(tasks);
        int due = 0;
        for (const Task &t : *tasks) {
            if (!t.dueDate.isValid())
                continue;
            ++due;
            QCOMPARE(t.dueDate.toTimeZone(QTimeZone("Pacific/Auckland")).time(), QTime(17, 0));
        }
        QVERIFY(due > 0);

        // Once there are tasks, the offer is gone (the seeder does not mix).
        OnboardingDialog again(database().db(), stored());
        QVERIFY(!child<QCheckBox>(&again, "sampleDataCheck")->isEnabled());
    }

    void sampleDataAndProfileInOneTransaction()
    {
        Task task;
        task.title = QStringLiteral("Already here");
        CHECK_OK(TaskRepository(database().db(), UserContext::of(defaultUser())).create(task));
        OnboardingIntents intents(database().db(), UserContext::of(defaultUser()));
        QVERIFY(!intents.canLoadSampleData());
        User profile = defaultUser();
        profile.name = QStringLiteral("Jane Director");
        profile.timeZone = QStringLiteral("Europe/Berlin");
        const auto refused = intents.completeOnboarding(profile, true); // the seeder refuses
        QVERIFY(!refused);
        const User after = stored();
        QVERIFY(!after.onboardingCompleted);
        QCOMPARE(after.name, defaultUser().name);
        QCOMPARE(after.timeZone, defaultUser().timeZone);
        QCOMPARE(taskCount(), 1);
        CHECK_OK(intents.completeOnboarding(profile, false));
        QVERIFY(stored().onboardingCompleted);
    }

    void teamServerLeadsToTheConnectionFlow()
    {
        OnboardingDialog dialog(database().db(), defaultUser());
        auto *place = child<QGroupBox>(&dialog, "placeGroup");
        auto *thisComputer = child<QRadioButton>(&dialog, "thisComputerRadio");
        auto *teamServer = child<QRadioButton>(&dialog, "teamServerRadio");
        QVERIFY(place && thisComputer && teamServer);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        if (database().db().type() == DbType::PostgreSQL) {
            // Already on a team server: the question is answered, Continue saves here.
            QVERIFY(!place->isVisible());
            QVERIFY(!dialog.teamServerChosen());
            return;
        }
        QVERIFY(place->isVisible() && thisComputer->isChecked());
        QSignalSpy requested(&dialog, &OnboardingDialog::teamServerRequested);
        auto *continueButton = child<QPushButton>(&dialog, "continueButton");
        child<QLineEdit>(&dialog, "nameEdit")->clear(); // the profile is asked on the server, not here
        QVERIFY(!continueButton->isEnabled());
        teamServer->click();
        QVERIFY(continueButton->isEnabled());
        QVERIFY(!child<QCheckBox>(&dialog, "sampleDataCheck")->isEnabled());
        QTest::mouseClick(continueButton, Qt::LeftButton);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(dialog.result(), int(OnboardingDialog::TeamServer));
        QVERIFY(!stored().onboardingCompleted); // nothing saved in the local file
        QCOMPARE(taskCount(), 0);
    }

    void sampleDataMakesSense();

private:
    ReportDrawing m_drawing;
};

// What the sample data says agrees with what it is.
void TestOnboarding::sampleDataMakesSense()
{
    auto &t = database();
    const UserContext ctx = UserContext::of(defaultUser());
    CHECK_OK(Seeder::seed(t.db(), defaultUser()));
    const auto workflows = WorkflowRepository(t.db(), ctx).findByUserId(defaultUser().id);
    CHECK_OK(workflows);
    QStringList names;
    for (const Workflow &w : *workflows)
        names << w.name;

    // Each description promises only what the actions do (as far as words tell).
    using Kind = ActionSpec::Kind;
    const QList<QPair<QRegularExpression, QList<Kind>>> promises = {
        {QRegularExpression(QStringLiteral("report|pdf")), {Kind::GenerateReport}},
        {QRegularExpression(QStringLiteral("csv|export")), {Kind::GenerateReport, Kind::ExportData}},
        {QRegularExpression(QStringLiteral("remind|warn|alert")), {Kind::Notify}},
        {QRegularExpression(QStringLiteral("approv")), {Kind::RequestApproval}},
        {QRegularExpression(QStringLiteral("creates|a task|tasks for|follow-up task")), {Kind::CreateTask}},
        {QRegularExpression(QStringLiteral("go back|moves")), {Kind::UpdateTasks}},
    };
    // No action sends mail, books a calendar or reads spending figures.
    const QRegularExpression impossible(QStringLiteral("sent to|send|e-?mail|calendar|blocks|passes \\d+%"));
    for (const Workflow &w : *workflows) {
        const auto definition = WorkflowDefinition::parse(w.trigger, w.actions);
        CHECK_OK(definition);
        QList<Kind> kinds;
        for (const ActionSpec &a : definition->actions)
            kinds << a.kind;
        const QString description = w.description.toLower();
        QVERIFY2(!description.isEmpty(), qPrintable(w.name));
        QVERIFY2(!description.contains(impossible), qPrintable(w.name + QStringLiteral(": ") + w.description));
        for (const auto &[words, able] : promises) {
            if (!description.contains(words))
                continue;
            const bool kept = std::any_of(able.begin(), able.end(), [&kinds](Kind k) { return kinds.contains(k); });
            QVERIFY2(kept, qPrintable(QStringLiteral("%1 promises \"%2\": %3").arg(w.name, words.pattern(), w.actions)));
        }
    }

    // Failed runs fail for a reason a run can meet, never for want of a folder.
    ExecutionFilter failedOnly;
    failedOnly.status = ExecutionStatus::Failed;
    failedOnly.limit = -1;
    const auto failed = ExecutionRepository(t.db(), ctx).executions(failedOnly);
    CHECK_OK(failed);
    const QRegularExpression permission(QStringLiteral("writ|permission|denied|folder"),
                                        QRegularExpression::CaseInsensitiveOption);
    QStringList failures;
    for (const WorkflowExecution &e : *failed) {
        QVERIFY2(!e.error.trimmed().isEmpty(), qPrintable(e.id));
        QVERIFY2(!e.error.contains(permission), qPrintable(e.error));
        failures << e.error;
    }

    // Notifications: real words, and what they speak of is in the data.
    const auto notes = NotificationRepository(t.db(), ctx).list();
    CHECK_OK(notes);
    QVERIFY(notes->size() >= 3);
    for (const Notification &n : *notes) {
        QVERIFY2(!n.title.contains(QStringLiteral("sample"), Qt::CaseInsensitive), qPrintable(n.title));
        QVERIFY2(!n.message.contains(QStringLiteral("sample"), Qt::CaseInsensitive), qPrintable(n.message));
        QVERIFY2(!n.message.trimmed().isEmpty() && n.message != n.title, qPrintable(n.title));
        const QRegularExpression quoted(QStringLiteral("^Workflow \"(.+)\" (finished|failed)$"));
        if (const auto m = quoted.match(n.title); m.hasMatch()) {
            QVERIFY2(names.contains(m.captured(1)), qPrintable(n.title));
            QVERIFY(!n.workflowId.isEmpty());
        }
        if (n.type == NotificationType::Error)
            QVERIFY2(failures.contains(n.message), qPrintable(n.message)); // the error of a seeded run
    }

    // The report and export workflows run: their folders are made below the home folder.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QByteArray oldHome = qgetenv("HOME");
    qputenv("HOME", home.path().toUtf8());
    const auto restoreHome = qScopeGuard([&oldHome] { qputenv("HOME", oldHome); });
    QUndoStack undo;
    WorkflowIntents intents(t.db(), ctx, &undo);
    int writers = 0;
    for (const Workflow &w : *workflows) {
        const auto definition = WorkflowDefinition::parse(w.trigger, w.actions);
        CHECK_OK(definition);
        for (const ActionSpec &a : definition->actions) {
            if (a.kind != Kind::GenerateReport && a.kind != Kind::ExportData)
                continue;
            ++writers;
            QVERIFY2(a.folder.startsWith(QLatin1String("~/")), qPrintable(a.folder));
            const auto run = intents.runNow(w);
            QVERIFY2(run, qPrintable(w.name + QStringLiteral(": ") + (run ? QString() : run.error().text())));
            QVERIFY2(run->status == ExecutionStatus::Success, qPrintable(w.name + QStringLiteral(": ") + run->error));
            const QDir folder(home.path() + a.folder.mid(1));
            QVERIFY2(!folder.entryList(QDir::Files).isEmpty(), qPrintable(folder.path()));
        }
    }
    QVERIFY(writers >= 2);
}

QTEST_MAIN(TestOnboarding)
#include "tst_onboarding.moc"
