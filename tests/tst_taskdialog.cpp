// The task dialog, driven through its real widgets (found by objectName) on the offscreen platform.
#include "ClockGuard.h"
#include "TaskDialog.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QTimeZone>
#include <QToolButton>

#include <ctime>

using namespace doo;

namespace {

template<typename T>
T *child(const QWidget &dialog, const QString &name)
{
    T *widget = dialog.findChild<T *>(name);
    if (!widget)
        qFatal("no child %s", qPrintable(name));
    return widget;
}

QLineEdit *titleEdit(const QWidget &d)
{
    return child<QLineEdit>(d, QStringLiteral("titleEdit"));
}
QLineEdit *tagsEdit(const QWidget &d)
{
    return child<QLineEdit>(d, QStringLiteral("tagsEdit"));
}
QPushButton *saveButton(const QWidget &d)
{
    return child<QPushButton>(d, QStringLiteral("saveButton"));
}
QLabel *validationLabel(const QWidget &d)
{
    return child<QLabel>(d, QStringLiteral("validationLabel"));
}
QCheckBox *dueCheck(const QWidget &d)
{
    return child<QCheckBox>(d, QStringLiteral("dueCheck"));
}
QDateTimeEdit *dueEdit(const QWidget &d)
{
    return child<QDateTimeEdit>(d, QStringLiteral("dueEdit"));
}
QListWidget *historyList(const QWidget &d)
{
    return child<QListWidget>(d, QStringLiteral("historyList"));
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}

// A saved task as the board would pass it for editing.
Task storedTask()
{
    Task t;
    t.id = QStringLiteral("task-1");
    t.userId = QStringLiteral("user-1");
    t.workflowId = QStringLiteral("wf-1");
    t.executionId = QStringLiteral("run-1");
    t.title = QStringLiteral("Quarterly report");
    t.description = QStringLiteral("Numbers from finance");
    t.priority = Priority::High;
    t.status = TaskStatus::InProgress;
    t.position = 4096;
    t.dueDate = utc(2026, 11, 25, 13, 39, 27); // 19:09 in the test's local zone, with seconds
    t.tags = {QStringLiteral("finance"), QStringLiteral("Q3")};
    t.createdAt = utc(2026, 11, 1, 8, 0);
    t.updatedAt = utc(2026, 11, 20, 8, 0);
    t.version = 7;
    return t;
}

QStringList items(const QListWidget *list)
{
    QStringList texts;
    for (int i = 0; i < list->count(); ++i)
        texts << list->item(i)->text();
    return texts;
}

} // namespace

class TestTaskDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // A fixed zone with a half-hour offset and no daylight saving, so local ↔ UTC is visible.
        qputenv("TZ", "IST-5:30");
        tzset();
        QCOMPARE(utc(2026, 11, 25, 13, 39).toLocalTime().time(), QTime(19, 9));
    }

    void newTaskStartsInvalid()
    {
        TaskDialog dialog(Task(), {}, {});
        QCOMPARE(dialog.windowTitle(), QStringLiteral("New task"));
        QCOMPARE(saveButton(dialog)->text(), QStringLiteral("Save"));
        QVERIFY(!saveButton(dialog)->isEnabled());
        // Said only once the title was typed in (typingTitleEnablesSave).
        QVERIFY(validationLabel(dialog)->text().isEmpty());
        QVERIFY(!dueCheck(dialog)->isChecked());
        QVERIFY(!dueEdit(dialog)->isEnabled());
        // No made-up date while there is none; ticking the box proposes tomorrow 09:00.
        QCOMPARE(dueEdit(dialog)->text(), QStringLiteral("No due date"));
        dueCheck(dialog)->setChecked(true);
        QCOMPARE(dueEdit(dialog)->date(), QDate::currentDate().addDays(1));
        QCOMPARE(dueEdit(dialog)->time(), QTime(9, 0));
        QCOMPARE(dialog.task().dueDate, QDateTime(QDate::currentDate().addDays(1), QTime(9, 0)).toUTC());
        QVERIFY(dueEdit(dialog)->text() != QStringLiteral("No due date"));
        dueCheck(dialog)->setChecked(false);
        QCOMPARE(dueEdit(dialog)->text(), QStringLiteral("No due date"));
        QVERIFY(!dialog.task().dueDate.isValid());
        QVERIFY(dueEdit(dialog)->calendarPopup());
        QVERIFY(historyList(dialog)->isHidden());
        QVERIFY(dialog.minimumWidth() >= 480);

        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QCOMPARE(QApplication::focusWidget(), titleEdit(dialog));
    }

    void typingTitleEnablesSave()
    {
        TaskDialog dialog(Task(), {}, {});
        QTest::keyClicks(titleEdit(dialog), QStringLiteral("   "));
        QVERIFY(!saveButton(dialog)->isEnabled());
        QCOMPARE(validationLabel(dialog)->text(), QStringLiteral("Title is required"));
        QTest::keyClicks(titleEdit(dialog), QStringLiteral("Write report"));
        QVERIFY(saveButton(dialog)->isEnabled());
        QVERIFY(validationLabel(dialog)->text().isEmpty());
        QCOMPARE(dialog.task().title, QStringLiteral("Write report"));
    }

    void titleTooLong()
    {
        TaskDialog dialog(Task(), {}, {});
        QTest::keyClicks(titleEdit(dialog), QString(201, QLatin1Char('x')));
        QCOMPARE(titleEdit(dialog)->text().size(), 201); // not cut off silently
        QVERIFY(!saveButton(dialog)->isEnabled());
        QCOMPARE(validationLabel(dialog)->text(), QStringLiteral("Title must be at most 200 characters (it has 201)"));
        QTest::keyClick(titleEdit(dialog), Qt::Key_Backspace);
        QVERIFY(saveButton(dialog)->isEnabled());
        QVERIFY(validationLabel(dialog)->text().isEmpty());
    }

    void descriptionTooLong()
    {
        TaskDialog dialog(storedTask(), {}, {});
        auto *description = child<QPlainTextEdit>(dialog, QStringLiteral("descriptionEdit"));
        description->setPlainText(QString(10001, QLatin1Char('d')));
        QVERIFY(!saveButton(dialog)->isEnabled());
        QCOMPARE(validationLabel(dialog)->text(), QStringLiteral("Description must be at most 10000 characters (it has 10001)"));
        description->setPlainText(QString(10000, QLatin1Char('d')));
        QVERIFY(saveButton(dialog)->isEnabled());
    }

    void tagTooLong()
    {
        TaskDialog dialog(storedTask(), {}, {});
        const QString longTag(51, QLatin1Char('t'));
        tagsEdit(dialog)->clear();
        QTest::keyClicks(tagsEdit(dialog), QStringLiteral("ok, ") + longTag);
        QVERIFY(!saveButton(dialog)->isEnabled());
        const QString message = validationLabel(dialog)->text();
        QVERIFY2(message.startsWith(QStringLiteral("The tag ")), qPrintable(message));
        QVERIFY2(message.endsWith(QStringLiteral(" is longer than 50 characters")), qPrintable(message));
        QTest::keyClick(tagsEdit(dialog), Qt::Key_Backspace);
        QVERIFY(saveButton(dialog)->isEnabled());
    }

    void tooManyTags()
    {
        TaskDialog dialog(storedTask(), {}, {});
        QStringList tags;
        for (int i = 1; i <= 20; ++i)
            tags << QStringLiteral("tag%1").arg(i);
        tagsEdit(dialog)->setText(tags.join(QLatin1Char(',')));
        QVERIFY(saveButton(dialog)->isEnabled());
        // A duplicate in another case does not count.
        tagsEdit(dialog)->setText(tags.join(QLatin1Char(',')) + QStringLiteral(", TAG7"));
        QVERIFY(saveButton(dialog)->isEnabled());
        QCOMPARE(dialog.task().tags.size(), 20);
        tagsEdit(dialog)->setText(tags.join(QLatin1Char(',')) + QStringLiteral(", tag21"));
        QVERIFY(!saveButton(dialog)->isEnabled());
        QCOMPARE(validationLabel(dialog)->text(), QStringLiteral("At most 20 tags (there are 21)"));
    }

    void loadsEveryField()
    {
        const Task input = storedTask();
        TaskDialog dialog(input, {}, {});
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Edit task"));
        QCOMPARE(titleEdit(dialog)->text(), input.title);
        QCOMPARE(child<QPlainTextEdit>(dialog, QStringLiteral("descriptionEdit"))->toPlainText(), input.description);
        auto *priority = child<QComboBox>(dialog, QStringLiteral("priorityCombo"));
        QCOMPARE(priority->count(), 4);
        QCOMPARE(priority->currentData().value<Priority>(), Priority::High);
        QCOMPARE(priority->currentText(), displayName(Priority::High));
        auto *status = child<QComboBox>(dialog, QStringLiteral("statusCombo"));
        QCOMPARE(status->count(), kTaskStatusCount);
        QCOMPARE(status->currentData().value<TaskStatus>(), TaskStatus::InProgress);
        QCOMPARE(status->currentText(), QStringLiteral("In progress"));
        QVERIFY(dueCheck(dialog)->isChecked());
        QVERIFY(dueEdit(dialog)->isEnabled());
        QCOMPARE(dueEdit(dialog)->date(), QDate(2026, 11, 25));
        QCOMPARE(dueEdit(dialog)->time().hour(), 19); // local time
        QCOMPARE(dueEdit(dialog)->time().minute(), 9);
        QCOMPARE(tagsEdit(dialog)->text(), QStringLiteral("finance, Q3"));
        QVERIFY(saveButton(dialog)->isEnabled());
        // Nothing touched: the task comes back as it went in, seconds of the due date included.
        QCOMPARE(dialog.task().toJson(), input.toJson());
    }

    void roundTripsEveryField()
    {
        TaskDialog dialog(Task(), {}, {});
        QTest::keyClicks(titleEdit(dialog), QStringLiteral("  Plan the offsite  "));
        child<QPlainTextEdit>(dialog, QStringLiteral("descriptionEdit"))->setPlainText(QStringLiteral("Venue\nAgenda"));
        auto *priority = child<QComboBox>(dialog, QStringLiteral("priorityCombo"));
        priority->setCurrentIndex(priority->findData(QVariant::fromValue(Priority::Urgent)));
        auto *status = child<QComboBox>(dialog, QStringLiteral("statusCombo"));
        status->setCurrentIndex(status->findData(QVariant::fromValue(TaskStatus::Review)));
        QTest::mouseClick(dueCheck(dialog), Qt::LeftButton, {}, QPoint(5, dueCheck(dialog)->height() / 2));
        QVERIFY(dueCheck(dialog)->isChecked());
        QVERIFY(dueEdit(dialog)->isEnabled());
        dueEdit(dialog)->setDate(QDate(2026, 11, 25)); // local, as typed
        dueEdit(dialog)->setTime(QTime(19, 9));
        tagsEdit(dialog)->setText(QStringLiteral(" finance, Q3 ,FINANCE, , q3,ops "));

        const Task t = dialog.task();
        QVERIFY(t.id.isEmpty());
        QCOMPARE(t.title, QStringLiteral("Plan the offsite"));
        QCOMPARE(t.description, QStringLiteral("Venue\nAgenda"));
        QCOMPARE(t.priority, Priority::Urgent);
        QCOMPARE(t.status, TaskStatus::Review);
        QCOMPARE(t.dueDate, utc(2026, 11, 25, 13, 39));
        QCOMPARE(t.dueDate.timeSpec(), Qt::UTC);
        QCOMPARE(t.tags, (QStringList{QStringLiteral("finance"), QStringLiteral("Q3"), QStringLiteral("ops")}));
        QVERIFY(t.validate());

        // What came out goes back in unchanged.
        TaskDialog again(t, {}, {});
        QCOMPARE(again.task().toJson(), t.toJson());
    }

    void changedDueDateIsConvertedToUtc()
    {
        TaskDialog dialog(storedTask(), {}, {});
        dueEdit(dialog)->setDate(QDate(2026, 12, 1)); // local, after midnight
        dueEdit(dialog)->setTime(QTime(0, 15));
        QCOMPARE(dialog.task().dueDate, utc(2026, 11, 30, 18, 45));
    }

    void uncheckingDueClearsDate()
    {
        const Task input = storedTask();
        TaskDialog dialog(input, {}, {});
        dueCheck(dialog)->setChecked(false);
        QVERIFY(!dueEdit(dialog)->isEnabled());
        QVERIFY(!dialog.task().dueDate.isValid());
        dueCheck(dialog)->setChecked(true);
        QCOMPARE(dialog.task().dueDate, input.dueDate);

        TaskDialog fresh(Task(), {}, {});
        QVERIFY(!fresh.task().dueDate.isValid());
    }

    void completerOffersTagsAfterLastComma()
    {
        TaskDialog dialog(
            storedTask(),
            {QStringLiteral("finance"), QStringLiteral("Frontend"), QStringLiteral("ops"), QStringLiteral("q3-planning")}, {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QLineEdit *tags = tagsEdit(dialog);
        QCompleter *completer = tags->completer();
        QVERIFY(completer);
        QCOMPARE(completer->caseSensitivity(), Qt::CaseInsensitive);

        tags->clear();
        tags->setFocus();
        QTest::keyClicks(tags, QStringLiteral("ops, F"));
        QTRY_VERIFY(completer->popup()->isVisible());
        QStringList offered;
        for (int i = 0; i < completer->completionModel()->rowCount(); ++i)
            offered << completer->completionModel()->index(i, 0).data().toString();
        QCOMPARE(offered, (QStringList{QStringLiteral("finance"), QStringLiteral("Frontend")}));

        // Choosing one keeps the tags before the comma.
        QTest::keyClick(completer->popup(), Qt::Key_Down);
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        QTRY_VERIFY(!completer->popup()->isVisible());
        QCOMPARE(tags->text(), QStringLiteral("ops, finance"));

        // Without a space after the comma, and for the first tag.
        tags->clear();
        QTest::keyClicks(tags, QStringLiteral("a,Q"));
        QCOMPARE(completer->completionCount(), 1);
        QCOMPARE(completer->currentIndex().data().toString(), QStringLiteral("q3-planning"));
        QCOMPARE(completer->currentCompletion(), QStringLiteral("a, q3-planning")); // what the edit would show
        tags->clear();
        QTest::keyClicks(tags, QStringLiteral("op"));
        QCOMPARE(completer->currentCompletion(), QStringLiteral("ops"));
        QTest::keyClick(completer->popup(), Qt::Key_Escape);
    }

    void editPreservesOtherFields()
    {
        const Task input = storedTask();
        TaskDialog dialog(input, {}, {});
        titleEdit(dialog)->setText(QStringLiteral("Renamed"));
        const Task t = dialog.task();
        QCOMPARE(t.title, QStringLiteral("Renamed"));
        QCOMPARE(t.id, input.id);
        QCOMPARE(t.userId, input.userId);
        QCOMPARE(t.workflowId, input.workflowId);
        QCOMPARE(t.executionId, input.executionId);
        QCOMPARE(t.version, input.version);
        QCOMPARE(t.position, input.position);
        QCOMPARE(t.createdAt, input.createdAt);
        QCOMPARE(t.updatedAt, input.updatedAt);
    }

    void historyListsStatusChanges()
    {
        auto entry = [](std::optional<TaskStatus> from, TaskStatus to, const QDateTime &at) {
            TaskHistoryEntry e;
            e.taskId = QStringLiteral("task-1");
            e.fromStatus = from;
            e.toStatus = to;
            e.changedAt = at;
            return e;
        };
        // Given out of order; shown oldest first, in local time.
        const QList<TaskHistoryEntry> history{
            entry(TaskStatus::InProgress, TaskStatus::Completed, utc(2026, 11, 27, 9, 0)),
            entry(std::nullopt, TaskStatus::Todo, utc(2026, 11, 25, 13, 39)),
            entry(TaskStatus::Todo, TaskStatus::InProgress, utc(2026, 11, 26, 20, 45)),
        };
        TaskDialog dialog(storedTask(), {}, history);
        QVERIFY(!historyList(dialog)->isHidden());
        QCOMPARE(items(historyList(dialog)),
                 (QStringList{
                     QStringLiteral("Created in To do — 2026-11-25 19:09"),
                     QStringLiteral("To do → In progress — 2026-11-27 02:15"),
                     QStringLiteral("In progress → Completed — 2026-11-27 14:30"),
                 }));

        TaskDialog noHistory(storedTask(), {}, {});
        QCOMPARE(items(historyList(noHistory)), QStringList{QStringLiteral("No changes yet")});
    }

    void ctrlReturnSavesOnlyWhenValid()
    {
        TaskDialog dialog(Task(), {}, {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::keyClick(&dialog, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(accepted.count(), 0);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));

        QTest::keyClicks(titleEdit(dialog), QStringLiteral("Call the bank"));
        QTest::keyClick(&dialog, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(accepted.count(), 1);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.isVisible());
    }

    void ctrlReturnInDescriptionSaves()
    {
        TaskDialog dialog(storedTask(), {}, {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *description = child<QPlainTextEdit>(dialog, QStringLiteral("descriptionEdit"));
        description->setFocus();
        QTest::keyClick(description, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.task().description, storedTask().description); // no newline typed
    }

    void escapeCancels()
    {
        TaskDialog dialog(storedTask(), {}, {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        QTest::keyClick(titleEdit(dialog), Qt::Key_Escape);
        QCOMPARE(rejected.count(), 1);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    // Escape without a change closes at once: nothing to ask.
    void escapeWithoutChangesDoesNotAsk()
    {
        TaskDialog dialog(storedTask(), {}, {});
        int asked = 0;
        dialog.setUnsavedPrompt([&asked](TaskDialog &) {
            ++asked;
            return QMessageBox::Cancel;
        });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        dueCheck(dialog)->setChecked(false);
        dueCheck(dialog)->setChecked(true); // ticked again: the same due date as before
        QVERIFY(!dialog.hasUnsavedChanges());
        QTest::keyClick(titleEdit(dialog), Qt::Key_Escape);
        QCOMPARE(asked, 0);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    // Escape with a change asks as the workflow editor does: Cancel keeps the edit, Discard closes
    // without saving, Save saves and closes.
    void escapeWithChangesAsks()
    {
        TaskDialog dialog(storedTask(), {}, {});
        int saves = 0;
        dialog.setStore(
            [&saves](const Task &t) {
                ++saves;
                return Result<Task>(t);
            },
            {});
        QMessageBox::StandardButton answer = QMessageBox::Cancel;
        int asked = 0;
        dialog.setUnsavedPrompt([&](TaskDialog &) {
            ++asked;
            return answer;
        });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTest::keyClick(titleEdit(dialog), Qt::Key_End);
        QTest::keyClicks(titleEdit(dialog), QStringLiteral(" v2"));
        QVERIFY(dialog.hasUnsavedChanges());

        QTest::keyClick(titleEdit(dialog), Qt::Key_Escape);
        QCOMPARE(asked, 1);
        QVERIFY(dialog.isVisible());
        QCOMPARE(titleEdit(dialog)->text(), QStringLiteral("Quarterly report v2"));

        answer = QMessageBox::Save;
        QTest::keyClick(titleEdit(dialog), Qt::Key_Escape);
        QCOMPARE(asked, 2);
        QCOMPARE(saves, 1);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.savedTask().title, QStringLiteral("Quarterly report v2"));

        TaskDialog other(storedTask(), {}, {});
        other.setUnsavedPrompt([&](TaskDialog &) {
            ++asked;
            return QMessageBox::Discard;
        });
        other.show();
        QVERIFY(QTest::qWaitForWindowActive(&other));
        child<QComboBox>(other, QStringLiteral("priorityCombo"))->setCurrentIndex(0);
        QTest::keyClick(titleEdit(other), Qt::Key_Escape);
        QCOMPARE(asked, 3);
        QVERIFY(!other.isVisible());
        QCOMPARE(other.result(), int(QDialog::Rejected));
    }

    // Without the seam, the real question: "Unsaved changes" with Save, Discard and Cancel.
    void cancelButtonAsksWithAMessageBox()
    {
        TaskDialog dialog(Task(), {}, {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTest::keyClicks(titleEdit(dialog), QStringLiteral("Call the bank"));
        QString title;
        QMessageBox::StandardButtons buttons;
        QTimer answer; // answers the question as soon as it shows
        answer.setInterval(10);
        connect(&answer, &QTimer::timeout, &dialog, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || !box->isVisible())
                return;
            answer.stop();
            title = box->windowTitle();
            buttons = box->standardButtons();
            box->button(QMessageBox::Discard)->click();
        });
        answer.start();
        child<QDialogButtonBox>(dialog, QString())->button(QDialogButtonBox::Cancel)->click();
        QCOMPARE(title, QStringLiteral("Unsaved changes"));
        QCOMPARE(buttons, QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    // Today, Tomorrow and Next week set the due date to 17:00 local time of that day. The fixed
    // clock stands at 20:00 UTC, already Thursday 10 December in the test's zone (UTC+5:30).
    void quickDueDates()
    {
        const test::ClockGuard clock(utc(2026, 12, 9, 20, 0));
        TaskDialog dialog(Task(), {}, {});
        dialog.show();
        QVERIFY(!dueCheck(dialog)->isChecked());
        const struct
        {
            const char *button;
            QDateTime due;
        } cases[] = {
            {"quickDueToday", utc(2026, 12, 10, 11, 30)},
            {"quickDueTomorrow", utc(2026, 12, 11, 11, 30)},
            {"quickDueNextWeek", utc(2026, 12, 14, 11, 30)}, // Monday
        };
        for (const auto &c : cases) {
            dueCheck(dialog)->setChecked(false);
            child<QToolButton>(dialog, QString::fromLatin1(c.button))->click();
            QVERIFY(dueCheck(dialog)->isChecked());
            QVERIFY(dueEdit(dialog)->isEnabled());
            QCOMPARE(dueEdit(dialog)->dateTime().time(), QTime(17, 0));
            QCOMPARE(dialog.task().dueDate, c.due);
        }
        // On a Sunday, next week starts the next day.
        const test::ClockGuard sunday(utc(2026, 12, 13, 9, 0));
        QCOMPARE(TaskDialog::quickDueNextWeek().toUTC(), utc(2026, 12, 14, 11, 30));
    }

    // The owner's time zone, not the computer's (the test process runs in UTC+5:30): New York is
    // at UTC-5 in December. Shown, typed, proposed and quick due dates are all New York's.
    void dueDatesInOwnersZone()
    {
        const QTimeZone newYork("America/New_York");
        QVERIFY(newYork.isValid());
        const test::ClockGuard clock(utc(2026, 12, 9, 20, 0)); // Wed 15:00 in New York, Thu 01:30 here
        TaskDialog dialog(storedTask(), {}, {}, nullptr, newYork);
        QCOMPARE(dueEdit(dialog)->date(), QDate(2026, 11, 25));
        QCOMPARE(dueEdit(dialog)->time().hour(), 8); // 13:39 UTC
        QCOMPARE(dueEdit(dialog)->time().minute(), 39);
        dueEdit(dialog)->setDate(QDate(2026, 12, 1));
        dueEdit(dialog)->setTime(QTime(0, 15));
        QCOMPARE(dialog.task().dueDate, utc(2026, 12, 1, 5, 15));

        child<QToolButton>(dialog, QStringLiteral("quickDueToday"))->click();
        QCOMPARE(dueEdit(dialog)->date(), QDate(2026, 12, 9));
        QCOMPARE(dueEdit(dialog)->time(), QTime(17, 0));
        QCOMPARE(dialog.task().dueDate, utc(2026, 12, 9, 22, 0));
        child<QToolButton>(dialog, QStringLiteral("quickDueNextWeek"))->click();
        QCOMPARE(dialog.task().dueDate, utc(2026, 12, 14, 22, 0)); // Monday
        QCOMPARE(TaskDialog::quickDue(1, newYork).toUTC(), utc(2026, 12, 10, 22, 0));

        // A new task's proposed due date: tomorrow 09:00 there.
        TaskDialog fresh(Task(), {}, {}, nullptr, newYork);
        dueCheck(fresh)->setChecked(true);
        QCOMPARE(fresh.task().dueDate, utc(2026, 12, 10, 14, 0));
        // After New York's switch to summer time (UTC-4), which the computer's zone does not have.
        dueEdit(fresh)->setDate(QDate(2027, 3, 15));
        dueEdit(fresh)->setTime(QTime(1, 30));
        QCOMPARE(fresh.task().dueDate, utc(2027, 3, 15, 5, 30));
    }

    // DOO_SCREENSHOT=1 saves the dialogs as PNGs in the temporary directory, to look at the layout.
    void screenshot()
    {
        if (qEnvironmentVariableIsEmpty("DOO_SCREENSHOT"))
            QSKIP("set DOO_SCREENSHOT to save screenshots");
        TaskDialog fresh(Task(), {}, {});
        fresh.show();
        QVERIFY(QTest::qWaitForWindowExposed(&fresh));
        QVERIFY(fresh.grab().save(QDir::temp().filePath(QStringLiteral("taskdialog-new.png"))));
        TaskDialog edit(storedTask(), {},
                        {TaskHistoryEntry{{}, {}, std::nullopt, TaskStatus::Todo, utc(2026, 11, 25, 13, 39)},
                         TaskHistoryEntry{{}, {}, TaskStatus::Todo, TaskStatus::InProgress, utc(2026, 11, 26, 8, 0)}});
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        QVERIFY(edit.grab().save(QDir::temp().filePath(QStringLiteral("taskdialog.png"))));
    }
};

QTEST_MAIN(TestTaskDialog)
#include "tst_taskdialog.moc"
