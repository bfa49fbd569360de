#include "Checks.h"
#include "EngineTestHelpers.h"
#include "DatabaseTestCase.h"

#include "ActionListEditor.h"
#include "domain/Clock.h"
#include "DryRunPanel.h"
#include "TriggerEditor.h"
#include "WorkflowEditorDialog.h"
#include "repositories/TaskRepository.h"
#include "itemmodels/ActionListModel.h"
#include "itemmodels/WorkflowIntents.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>

#include <memory>
#include <vector>
#include <QTest>
#include <QTimeEdit>
#include <QTimeZone>

using namespace doo;
using namespace doo::test;

namespace {

QJsonValue json(const char *text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(text));
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

QStringList strings(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out << QString::fromUtf8(s);
    return out;
}

QByteArray file(const QJsonValue &trigger, const QJsonValue &actions)
{
    const QJsonObject o{{QStringLiteral("name"), QStringLiteral("Round trip")},
                        {QStringLiteral("description"), QStringLiteral("Form and JSON agree")},
                        {QStringLiteral("type"), QStringLiteral("REPORTING")},
                        {QStringLiteral("trigger"), trigger},
                        {QStringLiteral("actions"), actions},
                        {QStringLiteral("estimatedMinutesSaved"), 12.5}};
    return QJsonDocument(o).toJson();
}

// The value a form widget shows, as text: line and text edits their text, combos their item
// data, spins their value, check boxes true/false, time edits HH:mm.
QString valueOf(QWidget *w)
{
    if (auto *e = qobject_cast<QLineEdit *>(w))
        return e->text();
    if (auto *e = qobject_cast<QPlainTextEdit *>(w))
        return e->toPlainText();
    if (auto *c = qobject_cast<QComboBox *>(w))
        return c->currentData().toString();
    if (auto *t = qobject_cast<QTimeEdit *>(w))
        return t->time().toString(QStringLiteral("HH:mm"));
    if (auto *s = qobject_cast<QSpinBox *>(w))
        return QString::number(s->value());
    if (auto *s = qobject_cast<QDoubleSpinBox *>(w))
        return QString::number(s->value());
    if (auto *b = qobject_cast<QCheckBox *>(w))
        return b->isChecked() ? QStringLiteral("true") : QStringLiteral("false");
    return QStringLiteral("<unknown widget>");
}

// Sets a form widget as a person would (each setter emits the signal the editor listens to).
bool setValue(QWidget *w, const QString &value)
{
    if (auto *e = qobject_cast<QLineEdit *>(w)) {
        e->setText(value);
        Q_EMIT e->textEdited(value);
    } else if (auto *e = qobject_cast<QPlainTextEdit *>(w)) {
        e->setPlainText(value);
    } else if (auto *c = qobject_cast<QComboBox *>(w)) {
        const int i = c->findData(value);
        if (i < 0)
            return false;
        c->setCurrentIndex(i);
    } else if (auto *t = qobject_cast<QTimeEdit *>(w)) {
        t->setTime(QTime::fromString(value, QStringLiteral("HH:mm")));
    } else if (auto *s = qobject_cast<QSpinBox *>(w)) {
        s->setValue(value.toInt());
    } else if (auto *s = qobject_cast<QDoubleSpinBox *>(w)) {
        s->setValue(value.toDouble());
    } else if (auto *b = qobject_cast<QCheckBox *>(w)) {
        b->setChecked(value == QLatin1String("true"));
    } else {
        return false;
    }
    return true;
}

} // namespace

class TestWorkflowEditor : public DatabaseTestCase
{
    Q_OBJECT

public:
    TestWorkflowEditor() : DatabaseTestCase(QStringLiteral("editor@example.com"), UserRole::Director) { }

private:
    // The editor's intents, one per dialog, gone before the fixture drops the test's database.
    std::vector<std::unique_ptr<WorkflowIntents>> m_intents;

    std::unique_ptr<WorkflowEditorDialog> dialog()
    {
        m_intents.push_back(std::make_unique<WorkflowIntents>(database().db(), UserContext::of(defaultUser()), nullptr));
        auto d = std::make_unique<WorkflowEditorDialog>(*m_intents.back());
        d->setTimeZone(QTimeZone("Europe/Berlin"));
        return d;
    }
    static QWidget *widget(QWidget *root, const QString &name) { return root->findChild<QWidget *>(name); }

private Q_SLOTS:
    void cleanup()
    {
        m_intents.clear();
        DatabaseTestCase::cleanup();
    }
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void roundTrip_data();
    void roundTrip();
    void invalidJsonKeepsFormAndNamesField();
    void saveDisabledWithReason();
    void unsavedChangesPrompt();
    void actionsAddRemoveReorder();
    void actionListModelDragAndDrop();
    void nextRunsPreview();
    void dryRunListsEffects();
};

// Every trigger kind and every action kind: the form filled by hand gives the canonical JSON
// (form → JSON); that JSON shown again fills the same form (JSON → form); and a hand-written,
// non-canonical file fills it the same way.
void TestWorkflowEditor::roundTrip_data()
{
    QTest::addColumn<QByteArray>("input"); // a workflow file as a person may write it
    QTest::addColumn<QByteArray>("canonical"); // what the form writes
    QTest::addColumn<QStringList>("fields"); // objectName=value, applied in order
    const QJsonValue notify = json(R"([{"type":"notify","title":"Ping"}])");
    const QJsonValue notifyC = json(R"([{"type":"notify","notification_type":"INFO","title":"Ping"}])");
    const QStringList ping = {QStringLiteral("addAction_notify"), QStringLiteral("nt_title=Ping")};
    auto trigger = [&](const char *tag, const char *in, const char *out, std::initializer_list<const char *> fields) {
        QTest::newRow(tag) << file(json(in), notify) << file(json(out), notifyC) << strings(fields) + ping;
    };
    trigger("schedule hourly", R"({"type":"schedule","at":"Hourly at :15"})",
            R"({"type":"schedule","at":"hourly at :15","catch_up":true})",
            {"triggerKindCombo=schedule", "scheduleModeCombo=hourly", "scheduleMinuteSpin=15", "scheduleCatchUpCheck=true"});
    trigger("schedule daily", R"({"type":"schedule","at":"DAILY at 08:30","catch_up":false})",
            R"({"type":"schedule","at":"daily at 08:30","catch_up":false})",
            {"triggerKindCombo=schedule", "scheduleModeCombo=daily", "scheduleTimeEdit=08:30", "scheduleCatchUpCheck=false"});
    trigger("schedule weekly", R"({"type":"schedule","at":"weekly on fri at 17:45"})",
            R"({"type":"schedule","at":"weekly on friday at 17:45","catch_up":true})",
            {"triggerKindCombo=schedule", "scheduleModeCombo=weekly", "scheduleWeekdayCombo=friday", "scheduleTimeEdit=17:45",
             "scheduleCatchUpCheck=true"});
    trigger("schedule monthly", R"({"type":"schedule","at":"monthly on 31 at 06:00"})",
            R"({"type":"schedule","at":"monthly on 31 at 06:00","catch_up":true})",
            {"triggerKindCombo=schedule", "scheduleModeCombo=monthly", "scheduleDaySpin=31", "scheduleTimeEdit=06:00",
             "scheduleCatchUpCheck=true"});
    trigger("schedule cron", R"({"type":"schedule","at":"0 9 * * 1-5","catch_up":true})",
            R"({"type":"schedule","at":"0 9 * * 1-5","catch_up":true})",
            {"triggerKindCombo=schedule", "scheduleModeCombo=cron", "cronEdit=0 9 * * 1-5", "scheduleCatchUpCheck=true"});
    trigger("interval", R"({"type":"interval","minutes":90,"catch_up":false})",
            R"({"type":"interval","minutes":90,"catch_up":false})",
            {"triggerKindCombo=interval", "intervalMinutesSpin=90", "intervalCatchUpCheck=false"});
    trigger("event task.status_changed", R"({"type":"event","event":"task.status_changed","from":"REVIEW","to":"COMPLETED"})",
            R"({"type":"event","event":"task.status_changed","from":"REVIEW","to":"COMPLETED"})",
            {"triggerKindCombo=event", "eventCombo=task.status_changed", "eventFromCombo=REVIEW", "eventToCombo=COMPLETED"});
    trigger("event task.due_soon", R"({"type":"event","event":"task.due_soon","within_hours":48})",
            R"({"type":"event","event":"task.due_soon","within_hours":48})",
            {"triggerKindCombo=event", "eventCombo=task.due_soon", "withinHoursSpin=48"});
    trigger("event task.created", R"({"type":"event","event":"task.created"})", R"({"type":"event","event":"task.created"})",
            {"triggerKindCombo=event", "eventCombo=task.created"});
    trigger("event consultation.scheduled", R"({"type":"event","event":"consultation.scheduled"})",
            R"({"type":"event","event":"consultation.scheduled"})",
            {"triggerKindCombo=event", "eventCombo=consultation.scheduled"});
    trigger("manual", R"({"type":"manual"})", R"({"type":"manual"})", {"triggerKindCombo=manual"});

    const QJsonValue manual = json(R"({"type":"manual"})");
    auto action = [&](const char *tag, const char *in, const char *out, std::initializer_list<const char *> fields) {
        QTest::newRow(tag) << file(manual, json(in)) << file(manual, json(out))
                           << QStringList{QStringLiteral("triggerKindCombo=manual")} + strings(fields);
    };
    action(
        "create_task",
        R"([{"type":"create_task","title":"Report {date}","description":"Numbers","priority":"HIGH","due_in_days":2,"tags":["report","weekly"]}])",
        R"([{"type":"create_task","title":"Report {date}","description":"Numbers","priority":"HIGH","due_in_days":2,"tags":["report","weekly"]}])",
        {"addAction_create_task", "ct_title=Report {date}", "ct_description=Numbers", "ct_priority=HIGH", "ct_hasDue=true",
         "ct_dueInDays=2", "ct_tags=report, weekly"});
    action("create_task defaults", R"([{"type":"create_task","title":"Plain"}])",
           R"([{"type":"create_task","title":"Plain","priority":"MEDIUM"}])",
           {"addAction_create_task", "ct_title=Plain", "ct_description=", "ct_priority=MEDIUM", "ct_hasDue=false", "ct_tags="});
    action(
        "update_tasks every key",
        R"([{"type":"update_tasks","filter":{"status":["TODO","REVIEW"],"priority":"LOW","tag":"x","overdue":true,"due_within_days":3,"not_updated_for_days":14,"created_by_workflow":false},"set":{"status":"IN_PROGRESS","priority":"URGENT","add_tags":["a"],"remove_tags":["b"],"due_in_days":1}}])",
        R"([{"type":"update_tasks","filter":{"status":["TODO","REVIEW"],"priority":"LOW","tag":"x","overdue":true,"due_within_days":3,"not_updated_for_days":14,"created_by_workflow":false},"set":{"status":"IN_PROGRESS","priority":"URGENT","add_tags":["a"],"remove_tags":["b"],"due_in_days":1}}])",
        {"addAction_update_tasks",
         "ut_status_TODO=true",
         "ut_status_IN_PROGRESS=false",
         "ut_status_REVIEW=true",
         "ut_status_COMPLETED=false",
         "ut_status_CANCELLED=false",
         "ut_filterPriority=LOW",
         "ut_filterTag=x",
         "ut_overdue=true",
         "ut_hasDueWithin=true",
         "ut_dueWithinDays=3",
         "ut_hasStale=true",
         "ut_staleDays=14",
         "ut_createdByWorkflow=false",
         "ut_setStatus=IN_PROGRESS",
         "ut_setPriority=URGENT",
         "ut_addTags=a",
         "ut_removeTags=b",
         "ut_hasSetDue=true",
         "ut_setDueInDays=1"});
    action("update_tasks one status", R"([{"type":"update_tasks","filter":{"status":["REVIEW"]},"set":{"status":"TODO"}}])",
           R"([{"type":"update_tasks","filter":{"status":"REVIEW"},"set":{"status":"TODO"}}])",
           {"addAction_update_tasks", "ut_status_REVIEW=true", "ut_overdue=", "ut_setStatus=TODO",
            "ut_setPriority=", "ut_hasDueWithin=false", "ut_hasStale=false", "ut_createdByWorkflow=", "ut_hasSetDue=false"});
    action("notify", R"([{"type":"notify","notification_type":"WARNING","title":"Heads up","message":"Body {date}"}])",
           R"([{"type":"notify","notification_type":"WARNING","title":"Heads up","message":"Body {date}"}])",
           {"addAction_notify", "nt_type=WARNING", "nt_title=Heads up", "nt_message=Body {date}"});
    action("generate_report", R"([{"type":"generate_report","period":"month","format":"csv","folder":"~/Reports"}])",
           R"([{"type":"generate_report","period":"month","format":"csv","folder":"~/Reports"}])",
           {"addAction_generate_report", "gr_period=month", "gr_format=csv", "gr_folder=~/Reports"});
    action("generate_report defaults", R"([{"type":"generate_report","folder":"~/Reports"}])",
           R"([{"type":"generate_report","period":"week","format":"pdf","folder":"~/Reports"}])",
           {"addAction_generate_report", "gr_folder=~/Reports"});
    action("export_data", R"([{"type":"export_data","kind":"consultations","format":"json","folder":"~/Exports"}])",
           R"([{"type":"export_data","kind":"consultations","format":"json","folder":"~/Exports"}])",
           {"addAction_export_data", "ed_kind=consultations", "ed_format=json", "ed_folder=~/Exports"});
    action("request_approval", R"([{"type":"request_approval","title":"Approve {workflow.name}","description":"Please"}])",
           R"([{"type":"request_approval","title":"Approve {workflow.name}","description":"Please"}])",
           {"addAction_request_approval", "ra_title=Approve {workflow.name}", "ra_description=Please"});
}

void TestWorkflowEditor::roundTrip()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, canonical);
    QFETCH(QStringList, fields);
    const QStringList general = {QStringLiteral("nameEdit=Round trip"), QStringLiteral("descriptionEdit=Form and JSON agree"),
                                 QStringLiteral("typeCombo=REPORTING"), QStringLiteral("minutesSpin=12.5")};

    // Form → JSON: a blank editor filled in field by field.
    auto byHand = dialog();
    for (const QString &f : general + fields) {
        const QString name = f.section(QLatin1Char('='), 0, 0);
        if (!f.contains(QLatin1Char('='))) { // an Add menu entry
            auto *add = byHand->findChild<QAction *>(name);
            QVERIFY2(add, qPrintable(name));
            add->trigger();
            continue;
        }
        QWidget *w = widget(byHand.get(), name);
        QVERIFY2(w, qPrintable(name));
        QVERIFY2(setValue(w, f.section(QLatin1Char('='), 1)), qPrintable(f));
    }
    QVERIFY2(byHand->isValid(), qPrintable(byHand->validationError()));
    QCOMPARE(QJsonDocument::fromJson(byHand->jsonText().toUtf8()), QJsonDocument::fromJson(canonical));

    // JSON → form, for the form's own JSON and for the hand-written file.
    for (const QByteArray &text : {byHand->jsonText().toUtf8(), input}) {
        auto shown = dialog();
        shown->setJsonText(QString::fromUtf8(text));
        QVERIFY2(shown->isValid(), qPrintable(shown->validationError()));
        for (const QString &f : general + fields) {
            if (!f.contains(QLatin1Char('=')))
                continue;
            QWidget *w = widget(shown.get(), f.section(QLatin1Char('='), 0, 0));
            QVERIFY(w);
            QCOMPARE(valueOf(w), f.section(QLatin1Char('='), 1));
        }
        // The JSON tab keeps what was typed (no rewrite under the cursor) and counts as changed.
        QCOMPARE(shown->jsonText(), QString::fromUtf8(text));
        QVERIFY(shown->hasUnsavedChanges());
    }
}

void TestWorkflowEditor::invalidJsonKeepsFormAndNamesField()
{
    auto d = dialog();
    d->setJsonText(QString::fromUtf8(file(json(R"({"type":"schedule","at":"daily at 07:00"})"),
                                          json(R"([{"type":"create_task","title":"Kept","due_in_days":1}])"))));
    QVERIFY(d->isValid());
    auto *name = d->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    auto *title = d->findChild<QLineEdit *>(QStringLiteral("ct_title"));
    auto *save = d->findChild<QPushButton *>(QStringLiteral("saveButton"));
    QCOMPARE(title->text(), QStringLiteral("Kept"));
    QVERIFY(save->isEnabled());

    // A wrong value type deep inside: the form stays as it was, the path is named everywhere.
    QByteArray bad = file(json(R"({"type":"schedule","at":"daily at 07:00"})"),
                          json(R"([{"type":"create_task","title":"Changed","due_in_days":2.5}])"));
    bad.replace("Round trip", "Other name");
    d->setJsonText(QString::fromUtf8(bad));
    QVERIFY(!d->isValid());
    QVERIFY2(d->validationError().startsWith(QLatin1String("actions[0].due_in_days: ")), qPrintable(d->validationError()));
    QCOMPARE(name->text(), QStringLiteral("Round trip"));
    QCOMPARE(title->text(), QStringLiteral("Kept"));
    QCOMPARE(d->findChild<QSpinBox *>(QStringLiteral("ct_dueInDays"))->value(), 1);
    QVERIFY(!save->isEnabled());
    QVERIFY(d->findChild<QLabel *>(QStringLiteral("jsonStatus"))->text().contains(QLatin1String(": actions[0].due_in_days: ")));
    QVERIFY(d->findChild<QLabel *>(QStringLiteral("validationLabel"))->text().contains(QLatin1String("actions[0].due_in_days")));
    QCOMPARE(d->jsonText(), QString::fromUtf8(bad)); // the bad text stays for fixing

    // A bad trigger value and broken syntax: same.
    d->setJsonText(QString::fromUtf8(
        file(json(R"({"type":"schedule","at":"daily at 25:00"})"), json(R"([{"type":"create_task","title":"Changed"}])"))));
    QVERIFY(d->validationError().startsWith(QLatin1String("trigger.at: ")));
    d->setJsonText(QStringLiteral("{\"name\": \"Broken\", "));
    QVERIFY(!d->isValid());
    QCOMPARE(name->text(), QStringLiteral("Round trip"));
    QCOMPARE(title->text(), QStringLiteral("Kept"));

    // Back to a valid file: the form follows.
    d->setJsonText(QString::fromUtf8(file(json(R"({"type":"manual"})"), json(R"([{"type":"create_task","title":"Fixed"}])"))));
    QVERIFY(d->isValid());
    QCOMPARE(title->text(), QStringLiteral("Fixed"));
    QVERIFY(save->isEnabled());
}

void TestWorkflowEditor::saveDisabledWithReason()
{
    auto d = dialog();
    auto *save = d->findChild<QPushButton *>(QStringLiteral("saveButton"));
    auto *reason = d->findChild<QLabel *>(QStringLiteral("validationLabel"));
    // A blank workflow: no name yet.
    QVERIFY(!save->isEnabled());
    QVERIFY2(reason->text().contains(QLatin1String("name: ")), qPrintable(reason->text()));
    QVERIFY(save->toolTip().startsWith(QLatin1String("name: ")));
    setValue(widget(d.get(), QStringLiteral("nameEdit")), QStringLiteral("Named"));
    // Still no action.
    QVERIFY(!save->isEnabled());
    QVERIFY2(reason->text().contains(QLatin1String("actions: ")), qPrintable(reason->text()));
    d->findChild<QAction *>(QStringLiteral("addAction_create_task"))->trigger();
    QVERIFY2(save->isEnabled(), qPrintable(reason->text()));
    // An empty title, then a placeholder the trigger cannot fill.
    setValue(widget(d.get(), QStringLiteral("ct_title")), QString());
    QVERIFY(!save->isEnabled());
    QVERIFY2(reason->text().contains(QLatin1String("actions[0].title: ")), qPrintable(reason->text()));
    setValue(widget(d.get(), QStringLiteral("ct_title")), QStringLiteral("About {task.title}"));
    QVERIFY(!save->isEnabled());
    QVERIFY2(reason->text().contains(QLatin1String("actions[0].title: ")), qPrintable(reason->text()));
    setValue(widget(d.get(), QStringLiteral("triggerKindCombo")), QStringLiteral("event"));
    QVERIFY2(save->isEnabled(), qPrintable(reason->text())); // task.created fills {task.title}
    // A cron expression with a bad field.
    setValue(widget(d.get(), QStringLiteral("triggerKindCombo")), QStringLiteral("schedule"));
    setValue(widget(d.get(), QStringLiteral("scheduleModeCombo")), QStringLiteral("cron"));
    setValue(widget(d.get(), QStringLiteral("cronEdit")), QStringLiteral("61 * * * *"));
    QVERIFY(!save->isEnabled());
    QVERIFY2(reason->text().contains(QLatin1String("trigger.at: ")), qPrintable(reason->text()));
}

void TestWorkflowEditor::unsavedChangesPrompt()
{
    Workflow w;
    w.id = QStringLiteral("existing");
    w.name = QStringLiteral("Tidy");
    w.trigger = QStringLiteral("{\"type\":\"manual\"}");
    w.actions = QStringLiteral("[{\"type\":\"notify\",\"title\":\"Hi\"}]");
    int asked = 0;
    int saved = 0;
    QMessageBox::StandardButton answer = QMessageBox::Cancel;
    auto make = [&] {
        auto d = dialog();
        d->setWorkflow(w);
        d->setUnsavedPrompt([&](WorkflowEditorDialog &) {
            ++asked;
            return answer;
        });
        d->setSaveHandler([&](Workflow &wf) -> Status {
            ++saved;
            wf.version += 1;
            return {};
        });
        d->show();
        return d;
    };

    // Nothing changed: closing asks nothing.
    auto d = make();
    QVERIFY(!d->hasUnsavedChanges());
    d->reject();
    QCOMPARE(asked, 0);
    QCOMPARE(d->result(), int(QDialog::Rejected));
    QVERIFY(!d->isVisible());

    // Cancel keeps the dialog and the edits; Discard closes without saving; Save saves.
    d = make();
    setValue(widget(d.get(), QStringLiteral("nameEdit")), QStringLiteral("Tidy up"));
    QVERIFY(d->hasUnsavedChanges());
    answer = QMessageBox::Cancel;
    d->reject();
    QCOMPARE(asked, 1);
    QVERIFY(d->isVisible());
    QCOMPARE(d->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->text(), QStringLiteral("Tidy up"));
    answer = QMessageBox::Discard;
    d->close(); // the window's close button goes the same way
    QCOMPARE(asked, 2);
    QVERIFY(!d->isVisible());
    QCOMPARE(saved, 0);

    d = make();
    setValue(widget(d.get(), QStringLiteral("nameEdit")), QStringLiteral("Tidy up"));
    answer = QMessageBox::Save;
    d->reject();
    QCOMPARE(asked, 3);
    QCOMPARE(saved, 1);
    QCOMPARE(d->result(), int(QDialog::Accepted));
    QCOMPARE(d->savedWorkflow().name, QStringLiteral("Tidy up"));
    QCOMPARE(d->savedWorkflow().version, 2);

    // Save while invalid: nothing is saved and the dialog stays.
    d = make();
    setValue(widget(d.get(), QStringLiteral("nameEdit")), QString());
    d->reject();
    QCOMPARE(asked, 4);
    QCOMPARE(saved, 1);
    QVERIFY(d->isVisible());
    // Escape asks too.
    answer = QMessageBox::Discard;
    QTest::keyClick(d.get(), Qt::Key_Escape);
    QCOMPARE(asked, 5);
    QVERIFY(!d->isVisible());
}

void TestWorkflowEditor::actionsAddRemoveReorder()
{
    auto d = dialog();
    ActionListEditor *editor = d->actionsEditor();
    QAbstractItemModelTester tester(editor->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (const char *kind : {"addAction_notify", "addAction_create_task", "addAction_export_data"})
        d->findChild<QAction *>(QLatin1String(kind))->trigger();
    auto kinds = [&] {
        QStringList list;
        for (const QJsonValue &v :
             QJsonDocument::fromJson(d->jsonText().toUtf8()).object().value(QStringLiteral("actions")).toArray())
            list << v.toObject().value(QStringLiteral("type")).toString();
        return list.join(QLatin1Char(','));
    };
    QCOMPARE(kinds(), QStringLiteral("notify,create_task,export_data"));
    QCOMPARE(editor->currentRow(), 2);
    auto *up = d->findChild<QPushButton *>(QStringLiteral("moveActionUpButton"));
    auto *down = d->findChild<QPushButton *>(QStringLiteral("moveActionDownButton"));
    QVERIFY(!down->isEnabled());
    up->click();
    QCOMPARE(kinds(), QStringLiteral("notify,export_data,create_task"));
    QCOMPARE(editor->currentRow(), 1);
    up->click();
    QCOMPARE(kinds(), QStringLiteral("export_data,notify,create_task"));
    QVERIFY(!up->isEnabled());
    down->click();
    QCOMPARE(kinds(), QStringLiteral("notify,export_data,create_task"));
    QCOMPARE(editor->model()->index(1).data().toString(), QStringLiteral("Export data: Tasks, CSV → ~/Exports"));
    // Editing the chosen action's form changes that action only.
    QCOMPARE(editor->currentRow(), 1);
    setValue(widget(d.get(), QStringLiteral("ed_format")), QStringLiteral("json"));
    QVERIFY(d->jsonText().contains(QLatin1String("\"format\": \"json\"")));
    d->findChild<QPushButton *>(QStringLiteral("removeActionButton"))->click();
    QCOMPARE(kinds(), QStringLiteral("notify,create_task"));
    QCOMPARE(editor->currentRow(), 1);
    QCOMPARE(qobject_cast<QStackedWidget *>(widget(d.get(), QStringLiteral("actionForm")))->currentWidget()->objectName(),
             QStringLiteral("actionPage_create_task"));
    // The list view drags by internal move.
    QCOMPARE(editor->view()->dragDropMode(), QAbstractItemView::InternalMove);
}

void TestWorkflowEditor::actionListModelDragAndDrop()
{
    ActionListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setActions(
        json(
            R"([{"type":"notify","title":"A"},{"type":"notify","title":"B"},{"type":"notify","title":"C"},{"type":"notify","title":"D"}])")
            .toArray());
    QSignalSpy changed(&model, &ActionListModel::actionsChanged);
    auto titles = [&] {
        QString s;
        for (const QJsonValue &v : model.actions())
            s += v.toObject().value(QStringLiteral("title")).toString();
        return s;
    };
    // A drag carries ids: dropping A and C before D.
    std::unique_ptr<QMimeData> mime(model.mimeData({model.index(0), model.index(2)}));
    QVERIFY(mime->hasFormat(ActionListModel::kMimeType));
    QVERIFY(model.canDropMimeData(mime.get(), Qt::MoveAction, 3, 0, QModelIndex()));
    QVERIFY(!model.canDropMimeData(mime.get(), Qt::CopyAction, 3, 0, QModelIndex()));
    QVERIFY(model.dropMimeData(mime.get(), Qt::MoveAction, 3, 0, QModelIndex()));
    QCOMPARE(titles(), QStringLiteral("BACD"));
    // Dropping below the last row moves to the end; onto its own place changes nothing.
    mime.reset(model.mimeData({model.index(0)}));
    QVERIFY(model.dropMimeData(mime.get(), Qt::MoveAction, -1, -1, QModelIndex()));
    QCOMPARE(titles(), QStringLiteral("ACDB"));
    mime.reset(model.mimeData({model.index(1)}));
    QVERIFY(!model.dropMimeData(mime.get(), Qt::MoveAction, 1, 0, QModelIndex()));
    QCOMPARE(titles(), QStringLiteral("ACDB"));
    // What QListView's internal move does: moveRow.
    QVERIFY(model.moveRow(QModelIndex(), 3, QModelIndex(), 0));
    QCOMPARE(titles(), QStringLiteral("BACD"));
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("Notify: B"));
    QCOMPARE(changed.count(), 4); // one per row moved
    // A drop with a payload from elsewhere (unknown ids) moves nothing.
    QMimeData foreign;
    QByteArray payload;
    QDataStream out(&payload, QIODevice::WriteOnly);
    out << QList<int>{999};
    foreign.setData(ActionListModel::kMimeType, payload);
    QVERIFY(!model.dropMimeData(&foreign, Qt::MoveAction, 0, 0, QModelIndex()));
    QCOMPARE(titles(), QStringLiteral("BACD"));
}

void TestWorkflowEditor::nextRunsPreview()
{
    const FixedClock clock(QDateTime(QDate(2026, 3, 25), QTime(12, 0), Qt::UTC)); // a Wednesday
    Clock::setInstance(&clock);
    auto d = dialog(); // Europe/Berlin
    setValue(widget(d.get(), QStringLiteral("triggerKindCombo")), QStringLiteral("schedule"));
    setValue(widget(d.get(), QStringLiteral("scheduleModeCombo")), QStringLiteral("weekly"));
    setValue(widget(d.get(), QStringLiteral("scheduleWeekdayCombo")), QStringLiteral("sunday"));
    setValue(widget(d.get(), QStringLiteral("scheduleTimeEdit")), QStringLiteral("09:00"));
    auto *runs = d->findChild<QListWidget *>(QStringLiteral("nextRunsList"));
    QCOMPARE(runs->count(), 5);
    // Sunday 29 March is the night clocks go forward in Berlin: still 09:00 local.
    QVERIFY2(runs->item(0)->text().contains(QLatin1String("2026-03-29 09:00")), qPrintable(runs->item(0)->text()));
    QVERIFY(runs->item(4)->text().contains(QLatin1String("2026-04-26 09:00")));
    QVERIFY(runs->item(0)->text().contains(QLatin1String("Europe/Berlin")));
    QCOMPARE(d->findChild<QLabel *>(QStringLiteral("scheduleWords"))->text(), QStringLiteral("Every Sunday at 09:00"));
    // Cron: live, and an error instead of runs while it is wrong.
    setValue(widget(d.get(), QStringLiteral("scheduleModeCombo")), QStringLiteral("cron"));
    setValue(widget(d.get(), QStringLiteral("cronEdit")), QStringLiteral("30 7 1 * *"));
    QCOMPARE(runs->count(), 5);
    QVERIFY2(runs->item(0)->text().contains(QLatin1String("2026-04-01 07:30")), qPrintable(runs->item(0)->text()));
    setValue(widget(d.get(), QStringLiteral("cronEdit")), QStringLiteral("30 25 1 * *"));
    QCOMPARE(runs->count(), 0);
    QVERIFY(d->findChild<QLabel *>(QStringLiteral("scheduleWords"))->text().contains(QLatin1String("25")));
    Clock::setInstance(nullptr);
}

void TestWorkflowEditor::dryRunListsEffects()
{
    auto &t = database();
    const FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC)); // a Monday
    Clock::setInstance(&clock);
    const User user = t.addUser(QStringLiteral("dry@example.com"), UserRole::Director);
    setTimeZone(t.db(), user, QStringLiteral("UTC"));
    Task late;
    late.title = QStringLiteral("Late review");
    late.status = TaskStatus::Review;
    late.dueDate = QDateTime(QDate(2026, 2, 27), QTime(12, 0), Qt::UTC);
    TaskRepository tasks(t.db(), UserContext::of(user));
    CHECK_OK(tasks.create(late));

    WorkflowIntents intents(t.db(), UserContext::of(user), nullptr);
    WorkflowEditorDialog d(intents);
    d.setJsonText(QString::fromUtf8(file(json(R"({"type":"manual"})"), json(R"([
        {"type":"create_task","title":"Check {date}","priority":"HIGH","due_in_days":1},
        {"type":"update_tasks","filter":{"status":"REVIEW","overdue":true},"set":{"status":"TODO"}},
        {"type":"notify","title":"Triage done"}])"))));
    QVERIFY2(d.isValid(), qPrintable(d.validationError()));
    auto *tabs = d.findChild<QTabWidget *>(QStringLiteral("editorTabs"));
    tabs->setCurrentWidget(d.dryRunPanel()); // planned when shown: before anything is saved
    QCOMPARE(d.dryRunPanel()->effects(),
             QStringList({QStringLiteral("New task · Create task \"Check 2026-03-02\" (High, due 2026-03-03)"),
                          QStringLiteral("Task change · Change task \"Late review\": status Review → To do"),
                          QStringLiteral("Notification · Notify (Information): Triage done")}));
    // Nothing was written.
    QCOMPARE(t.rowCount(QStringLiteral("task")), 1);
    QCOMPARE(t.rowCount(QStringLiteral("workflow")), 0);
    QCOMPARE(t.rowCount(QStringLiteral("notification")), 0);
    // An invalid definition says why instead.
    setValue(widget(&d, QStringLiteral("nameEdit")), QString());
    d.findChild<QPushButton *>(QStringLiteral("dryRunButton"))->click();
    QVERIFY(d.dryRunPanel()->effects().isEmpty());
    QVERIFY(d.findChild<QLabel *>(QStringLiteral("dryRunStatus"))->text().contains(QLatin1String("name: ")));
    Clock::setInstance(nullptr);
}

QTEST_MAIN(TestWorkflowEditor)
#include "tst_workfloweditor.moc"
