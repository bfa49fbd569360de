#include "DatabaseTestCase.h"
#include "WorkflowTestHelpers.h"

#include "BoardWidget.h"
#include "ConflictDialog.h"
#include "ConsultationDialog.h"
#include "ConsultationsWidget.h"
#include "TaskDialog.h"
#include "WorkflowEditorDialog.h"
#include "WorkflowsView.h"
#include "itemmodels/EditConflict.h"
#include "itemmodels/TaskBoard.h"
#include "itemmodels/TaskColumnModel.h"
#include "repositories/ConsultationRepository.h"
#include "repositories/TaskRepository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace doo;
using namespace doo::test;

// Two people edit one row: me through the database the widgets use, "them" through a second
// connection to the same database (another window, another machine). The second save compares
// three ways with the version the editor loaded: a field only they changed keeps theirs and one
// only I changed keeps mine, saved without asking; fields we both changed are a conflict shown
// field by field, and each choice writes what it says, read back through the other connection.
class TestEditConflict : public DatabaseTestCase
{
    Q_OBJECT

public:
    TestEditConflict() : DatabaseTestCase(QStringLiteral("me@example.com")) { }

private:
    // "field|theirs|mine" per row of the conflict table.
    static QStringList rowsOf(const QAbstractItemModel *model)
    {
        QStringList rows;
        for (int r = 0; r < model->rowCount(); ++r) {
            QStringList cells;
            for (int c = 0; c < EditConflict::ColumnCount; ++c)
                cells << model->index(r, c).data().toString();
            rows << cells.join(QLatin1Char('|'));
        }
        return rows;
    }
    static void click(QWidget &parent, const char *name)
    {
        auto *button = parent.findChild<QPushButton *>(QLatin1String(name));
        QVERIFY2(button, name);
        button->click();
    }
    UserContext me() const { return UserContext::of(defaultUser()); }
    Task addTask()
    {
        Task task;
        task.title = QStringLiteral("Budget");
        task.description = QStringLiteral("Q3 numbers");
        return must(TaskRepository(database().db(), me()).create(task));
    }
    // The board over my connection with the task's card selected.
    std::unique_ptr<BoardWidget> boardWithCard(QUndoStack &undo)
    {
        auto board = std::make_unique<BoardWidget>(database().db(), defaultUser(), &undo);
        board->resize(1200, 700);
        board->show();
        QListView *view = board->columnView(TaskStatus::Todo);
        view->setFocus();
        view->setCurrentIndex(view->model()->index(0, 0));
        return board;
    }
    static void editTask(BoardWidget &board) { board.findChild<QAction *>(QStringLiteral("actionEditTask"))->trigger(); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void taskConflictListsOnlyFieldsBothChanged();
    void mergeMeetsAThirdChange();
    void taskDialogMergesTheirMoveWithMyTitle();
    void taskDialogKeepMineKeepsTheirOtherChanges();
    void taskDialogKeepMineAfterAThirdChange();
    void taskDialogTakeTheirs();
    void taskDialogCancelKeepsWhatWasTyped();
    void workflowEditorKeepMineAndTakeTheirs();
    void workflowEditorMergesTheirOtherChanges();
    void consultationDialogTakeTheirsAndKeepMine();
    void consultationDialogMergesWithoutAsking();
};

void TestEditConflict::taskConflictListsOnlyFieldsBothChanged()
{
    auto second = database().openSecond(QStringLiteral("them"));
    TaskRepository mineRepo(database().db(), me());
    TaskRepository theirRepo(*second, me());
    const Task created = addTask();

    Task theirs = must(theirRepo.findById(created.id));
    theirs.title = QStringLiteral("Budget for Q3");
    theirs.priority = Priority::High;
    theirs.dueDate = QDateTime(QDate(2031, 5, 1), QTime(9, 0), Qt::UTC);
    CHECK_OK(theirRepo.update(theirs));

    Task mine = created;
    mine.title = QStringLiteral("Budget review");
    mine.description = QStringLiteral("Q3 and Q4 numbers");
    mine.dueDate = theirs.dueDate; // both changed it, to the same value: no conflict
    const auto refused = mineRepo.update(mine);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Conflict);

    const auto read = [&](const QString &id) { return mineRepo.findById(id); };
    const auto save = [&](const Task &t) { return mineRepo.update(t); };
    auto conflict = must(EditConflictOf<Task>::open(created, mine, read, save));
    QAbstractItemModelTester tester(conflict.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Only the title: the description is changed by me only, the priority by them only.
    QCOMPARE(rowsOf(conflict.get()), QStringList({QStringLiteral("Title|Budget for Q3|Budget review")}));
    QCOMPARE(conflict->theirsWithMyOtherChanges().title, QStringLiteral("Budget for Q3"));
    QCOMPARE(conflict->theirsWithMyOtherChanges().description, QStringLiteral("Q3 and Q4 numbers"));
    QCOMPARE(conflict->theirsWithMyOtherChanges().priority, Priority::High);
    QCOMPARE(conflict->headerData(EditConflict::TheirsColumn, Qt::Horizontal).toString(),
             QStringLiteral("Saved elsewhere (theirs)"));

    // A third change before Keep mine: a conflict again, nothing overwritten, the rows show it.
    Task again = must(theirRepo.findById(created.id));
    again.tags = {QStringLiteral("finance")};
    CHECK_OK(theirRepo.update(again));
    const Status third = conflict->keepMine();
    QVERIFY(!third);
    QCOMPARE(third.error().kind, Error::Kind::Conflict);
    QCOMPARE(must(theirRepo.findById(created.id)).title, QStringLiteral("Budget for Q3"));
    QCOMPARE(conflict->fieldNames(), QStringList({QStringLiteral("Title")}));
    QCOMPARE(conflict->theirs().tags, QStringList({QStringLiteral("finance")}));

    // Keep mine over the newest: my title and description, their priority, due date and tags
    // (which I never touched), read through their connection.
    CHECK_OK(conflict->keepMine());
    const Task stored = must(theirRepo.findById(created.id));
    QCOMPARE(stored.title, QStringLiteral("Budget review"));
    QCOMPARE(stored.description, QStringLiteral("Q3 and Q4 numbers"));
    QCOMPARE(stored.priority, Priority::High);
    QCOMPARE(stored.dueDate, theirs.dueDate);
    QCOMPARE(stored.tags, QStringList({QStringLiteral("finance")}));
    QCOMPARE(stored.version, 4); // created, theirs, again, mine
    QCOMPARE(conflict->saved().version, 4);
}

void TestEditConflict::mergeMeetsAThirdChange()
{
    auto second = database().openSecond(QStringLiteral("them"));
    TaskRepository mineRepo(database().db(), me());
    TaskRepository theirRepo(*second, me());
    const Task created = addTask();

    Task theirs = must(theirRepo.findById(created.id));
    theirs.priority = Priority::High;
    CHECK_OK(theirRepo.update(theirs));
    Task mine = created;
    mine.title = QStringLiteral("Budget review");

    // A third saves tags between the read of theirs and the merged save: that save is refused
    // (it carries their version), theirs is read again and the merge of all three is saved.
    int saves = 0;
    const auto read = [&](const QString &id) { return mineRepo.findById(id); };
    const auto save = [&](const Task &t) {
        if (saves++ == 0) {
            Task third = must(theirRepo.findById(created.id));
            third.tags = {QStringLiteral("finance")};
            must(theirRepo.update(third));
        }
        return mineRepo.update(t);
    };
    auto conflict = must(EditConflictOf<Task>::open(created, mine, read, save));
    QCOMPARE(conflict->rowCount(), 0);
    QCOMPARE(must(conflict->saveIfNoConflict()), true);
    QCOMPARE(saves, 2);
    Task stored = must(theirRepo.findById(created.id));
    QCOMPARE(stored.title, QStringLiteral("Budget review"));
    QCOMPARE(stored.priority, Priority::High);
    QCOMPARE(stored.tags, QStringList({QStringLiteral("finance")}));
    QCOMPARE(stored.version, 4); // created, theirs, third, merged
    QCOMPARE(conflict->saved().version, 4);

    // A third change of a field I changed too: no save, the conflict is for the user to decide.
    const Task base = stored;
    mine = base;
    mine.description = QStringLiteral("Mine");
    saves = 0;
    const auto saveAfterRival = [&](const Task &t) {
        if (saves++ == 0) {
            Task third = must(theirRepo.findById(created.id));
            third.description = QStringLiteral("Theirs");
            must(theirRepo.update(third));
        }
        return mineRepo.update(t);
    };
    conflict = must(EditConflictOf<Task>::open(base, mine, read, saveAfterRival));
    QCOMPARE(must(conflict->saveIfNoConflict()), false);
    QCOMPARE(rowsOf(conflict.get()), QStringList({QStringLiteral("Description|Theirs|Mine")}));
    stored = must(theirRepo.findById(created.id));
    QCOMPARE(stored.description, QStringLiteral("Theirs"));
    QCOMPARE(stored.version, 5);
}

void TestEditConflict::taskDialogMergesTheirMoveWithMyTitle()
{
    auto second = database().openSecond(QStringLiteral("them"));
    TaskRepository theirRepo(*second, me());
    const Task created = addTask();
    QUndoStack undo;
    auto board = boardWithCard(undo);

    int conflicts = 0;
    board->setDialogRunner([&](TaskDialog &dialog) {
        dialog.findChild<QLineEdit *>(QStringLiteral("titleEdit"))->setText(QStringLiteral("Budget review"));
        // While I type they move the card to In progress and raise its priority.
        must(theirRepo.move({created.id}, TaskStatus::InProgress, 0));
        Task theirs = must(theirRepo.findById(created.id));
        theirs.priority = Priority::High;
        must(theirRepo.update(theirs));
        dialog.setConflictRunner([&](ConflictDialog &c) {
            ++conflicts;
            click(c, "cancelButton");
            return c.result();
        });
        click(dialog, "saveButton");
        return dialog.result() == QDialog::Accepted;
    });
    editTask(*board);
    QCOMPARE(conflicts, 0);
    const Task stored = must(theirRepo.findById(created.id));
    QCOMPARE(stored.title, QStringLiteral("Budget review"));
    QCOMPARE(stored.status, TaskStatus::InProgress);
    QCOMPARE(stored.priority, Priority::High);
    QCOMPARE(stored.description, QStringLiteral("Q3 numbers"));
    QCOMPARE(stored.version, 4); // created, moved, priority, my title
    QCOMPARE(board->board()->column(TaskStatus::Todo)->rowCount(), 0);
    QCOMPARE(board->board()->column(TaskStatus::InProgress)->index(0).data().toString(), QStringLiteral("Budget review"));
}

void TestEditConflict::taskDialogKeepMineKeepsTheirOtherChanges()
{
    auto second = database().openSecond(QStringLiteral("them"));
    TaskRepository theirRepo(*second, me());
    const Task created = addTask();
    QUndoStack undo;
    auto board = boardWithCard(undo);

    QStringList shown;
    board->setDialogRunner([&](TaskDialog &dialog) {
        dialog.findChild<QLineEdit *>(QStringLiteral("titleEdit"))->setText(QStringLiteral("Budget review"));
        must(theirRepo.move({created.id}, TaskStatus::Review, 0));
        Task theirs = must(theirRepo.findById(created.id));
        theirs.title = QStringLiteral("Budget for Q3");
        theirs.priority = Priority::Urgent;
        must(theirRepo.update(theirs));
        dialog.setConflictRunner([&](ConflictDialog &c) {
            shown = rowsOf(c.table()->model());
            click(c, "keepMineButton");
            return c.result();
        });
        click(dialog, "saveButton");
        return dialog.result() == QDialog::Accepted;
    });
    editTask(*board);
    QCOMPARE(shown, QStringList({QStringLiteral("Title|Budget for Q3|Budget review")}));
    const Task stored = must(theirRepo.findById(created.id));
    QCOMPARE(stored.title, QStringLiteral("Budget review"));
    QCOMPARE(stored.status, TaskStatus::Review);
    QCOMPARE(stored.priority, Priority::Urgent);
    QCOMPARE(stored.version, 4);
}

void TestEditConflict::taskDialogKeepMineAfterAThirdChange()
{
    auto second = database().openSecond(QStringLiteral("them"));
    TaskRepository theirRepo(*second, me());
    const Task created = addTask();
    QUndoStack undo;
    auto board = boardWithCard(undo);

    QStringList shown, shownAfterThird;
    bool stayedOpen = false;
    board->setDialogRunner([&](TaskDialog &dialog) {
        dialog.findChild<QLineEdit *>(QStringLiteral("titleEdit"))->setText(QStringLiteral("Budget review"));
        Task theirs = must(theirRepo.findById(created.id)); // they save while I type
        theirs.title = QStringLiteral("Budget (draft)");
        theirs.description = QStringLiteral("Their notes");
        must(theirRepo.update(theirs));
        dialog.setConflictRunner([&](ConflictDialog &c) {
            shown = rowsOf(c.table()->model());
            Task third = must(theirRepo.findById(created.id)); // and once more while I compare
            third.priority = Priority::Urgent;
            must(theirRepo.update(third));
            click(c, "keepMineButton");
            stayedOpen = c.result() == 0 && !c.findChild<QLabel *>(QStringLiteral("problemLabel"))->isHidden();
            shownAfterThird = rowsOf(c.table()->model());
            click(c, "keepMineButton");
            return c.result();
        });
        click(dialog, "saveButton");
        return dialog.result() == QDialog::Accepted;
    });
    editTask(*board);
    QCOMPARE(shown, QStringList({QStringLiteral("Title|Budget (draft)|Budget review")}));
    QVERIFY(stayedOpen);
    QCOMPARE(shownAfterThird, QStringList({QStringLiteral("Title|Budget (draft)|Budget review")}));
    const Task stored = must(theirRepo.findById(created.id));
    QCOMPARE(stored.title, QStringLiteral("Budget review"));
    QCOMPARE(stored.description, QStringLiteral("Their notes"));
    QCOMPARE(stored.priority, Priority::Urgent);
    QCOMPARE(stored.version, 4);
    auto *column = board->board()->column(TaskStatus::Todo);
    QCOMPARE(column->index(0).data().toString(), QStringLiteral("Budget review"));
}

void TestEditConflict::taskDialogTakeTheirs()
{
    auto second = database().openSecond(QStringLiteral("them"));
    TaskRepository theirRepo(*second, me());
    const Task created = addTask();
    QUndoStack undo;
    auto board = boardWithCard(undo);

    QString titleShown, descriptionShown;
    int conflicts = 0;
    board->setDialogRunner([&](TaskDialog &dialog) {
        dialog.findChild<QLineEdit *>(QStringLiteral("titleEdit"))->setText(QStringLiteral("Budget review"));
        Task theirs = must(theirRepo.findById(created.id));
        theirs.title = QStringLiteral("Budget for Q3");
        must(theirRepo.update(theirs));
        dialog.setConflictRunner([&](ConflictDialog &c) {
            ++conflicts;
            click(c, "takeTheirsButton");
            return c.result();
        });
        click(dialog, "saveButton");
        titleShown = dialog.findChild<QLineEdit *>(QStringLiteral("titleEdit"))->text();
        descriptionShown = dialog.findChild<QPlainTextEdit *>(QStringLiteral("descriptionEdit"))->toPlainText();
        if (dialog.result() == QDialog::Accepted)
            return true;
        click(dialog, "saveButton"); // their version is the current one now: saves without a conflict
        return dialog.result() == QDialog::Accepted;
    });
    editTask(*board);
    QCOMPARE(conflicts, 1);
    QCOMPARE(titleShown, QStringLiteral("Budget for Q3"));
    QCOMPARE(descriptionShown, QStringLiteral("Q3 numbers"));
    const Task stored = must(theirRepo.findById(created.id));
    QCOMPARE(stored.title, QStringLiteral("Budget for Q3"));
}

void TestEditConflict::taskDialogCancelKeepsWhatWasTyped()
{
    auto second = database().openSecond(QStringLiteral("them"));
    TaskRepository theirRepo(*second, me());
    const Task created = addTask();
    QUndoStack undo;
    auto board = boardWithCard(undo);

    QString titleAfterCancel, descriptionAfterCancel, message;
    bool acceptedAfterCancel = true;
    QList<int> choices{ConflictDialog::Cancelled, ConflictDialog::KeptMine};
    board->setDialogRunner([&](TaskDialog &dialog) {
        dialog.findChild<QLineEdit *>(QStringLiteral("titleEdit"))->setText(QStringLiteral("Budget review"));
        dialog.findChild<QPlainTextEdit *>(QStringLiteral("descriptionEdit"))->setPlainText(QStringLiteral("Typed by me"));
        Task theirs = must(theirRepo.findById(created.id));
        theirs.title = QStringLiteral("Budget for Q3");
        must(theirRepo.update(theirs));
        dialog.setConflictRunner([&](ConflictDialog &c) {
            click(c, choices.takeFirst() == ConflictDialog::Cancelled ? "cancelButton" : "keepMineButton");
            return c.result();
        });
        click(dialog, "saveButton");
        acceptedAfterCancel = dialog.result() == QDialog::Accepted;
        titleAfterCancel = dialog.findChild<QLineEdit *>(QStringLiteral("titleEdit"))->text();
        descriptionAfterCancel = dialog.findChild<QPlainTextEdit *>(QStringLiteral("descriptionEdit"))->toPlainText();
        message = dialog.findChild<QLabel *>(QStringLiteral("validationLabel"))->text();
        click(dialog, "saveButton"); // again: the conflict again, then Keep mine
        return dialog.result() == QDialog::Accepted;
    });
    editTask(*board);
    QVERIFY(!acceptedAfterCancel);
    QCOMPARE(titleAfterCancel, QStringLiteral("Budget review"));
    QCOMPARE(descriptionAfterCancel, QStringLiteral("Typed by me"));
    QVERIFY2(message.contains(QLatin1String("changed elsewhere")), qPrintable(message));
    QVERIFY(choices.isEmpty());
    const Task stored = must(theirRepo.findById(created.id));
    QCOMPARE(stored.title, QStringLiteral("Budget review"));
    QCOMPARE(stored.description, QStringLiteral("Typed by me"));
}

void TestEditConflict::workflowEditorKeepMineAndTakeTheirs()
{
    auto second = database().openSecond(QStringLiteral("them"));
    WorkflowRepository theirRepo(*second, me());
    Workflow w = sample(QStringLiteral("Weekly report"));
    w.estimatedMinutesSaved = 10;
    const Workflow created = must(WorkflowRepository(database().db(), me()).create(w));
    QUndoStack undo;
    WorkflowsView view(database().db(), defaultUser(), &undo);
    view.resize(1200, 800);
    view.show();
    QVERIFY(view.selectWorkflow(created.id));

    // Keep mine: my name over theirs; their minutes (not edited by me) and their switch (not in
    // the editor) stay as they set them.
    QStringList shown;
    const auto rename = [](WorkflowEditorDialog &d, const QString &name) {
        auto *edit = d.findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        edit->setText(name);
        Q_EMIT edit->textEdited(name);
    };
    view.setEditorRunner([&](WorkflowEditorDialog &d) {
        rename(d, QStringLiteral("Monday report"));
        Workflow theirs = must(theirRepo.findById(created.id));
        theirs.name = QStringLiteral("Weekly report (team)");
        theirs.estimatedMinutesSaved = 15;
        theirs.isActive = false;
        must(theirRepo.update(theirs));
        d.setConflictRunner([&](ConflictDialog &c) {
            shown = rowsOf(c.table()->model());
            click(c, "keepMineButton");
            return c.result();
        });
        click(d, "saveButton");
        return d.result() == QDialog::Accepted;
    });
    view.findChild<QAction *>(QStringLiteral("actionEditWorkflow"))->trigger();
    QCOMPARE(shown, QStringList({QStringLiteral("Name|Weekly report (team)|Monday report")}));
    Workflow stored = must(theirRepo.findById(created.id));
    QCOMPARE(stored.name, QStringLiteral("Monday report"));
    QCOMPARE(stored.estimatedMinutesSaved, 15.0);
    QCOMPARE(stored.isActive, false);

    // Take theirs: the editor shows theirs and has nothing unsaved; theirs stays stored.
    QString nameShown;
    bool unsaved = true;
    view.setEditorRunner([&](WorkflowEditorDialog &d) {
        rename(d, QStringLiteral("Mine again"));
        Workflow theirs = must(theirRepo.findById(created.id));
        theirs.name = QStringLiteral("Theirs again");
        must(theirRepo.update(theirs));
        d.setConflictRunner([&](ConflictDialog &c) {
            click(c, "takeTheirsButton");
            return c.result();
        });
        click(d, "saveButton");
        nameShown = d.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->text();
        unsaved = d.hasUnsavedChanges();
        d.reject();
        return false;
    });
    view.findChild<QAction *>(QStringLiteral("actionEditWorkflow"))->trigger();
    QCOMPARE(nameShown, QStringLiteral("Theirs again"));
    QVERIFY(!unsaved);
    stored = must(theirRepo.findById(created.id));
    QCOMPARE(stored.name, QStringLiteral("Theirs again"));
    QCOMPARE(view.currentWorkflow().name, QStringLiteral("Theirs again"));
}

void TestEditConflict::workflowEditorMergesTheirOtherChanges()
{
    auto second = database().openSecond(QStringLiteral("them"));
    WorkflowRepository theirRepo(*second, me());
    Workflow w = sample(QStringLiteral("Weekly report"));
    w.estimatedMinutesSaved = 10;
    const Workflow created = must(WorkflowRepository(database().db(), me()).create(w));
    QUndoStack undo;
    WorkflowsView view(database().db(), defaultUser(), &undo);
    view.resize(1200, 800);
    view.show();
    QVERIFY(view.selectWorkflow(created.id));

    // They change the minutes and the description while I rename: saved together, no dialog.
    int conflicts = 0;
    view.setEditorRunner([&](WorkflowEditorDialog &d) {
        auto *edit = d.findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        edit->setText(QStringLiteral("Monday report"));
        Q_EMIT edit->textEdited(edit->text());
        Workflow theirs = must(theirRepo.findById(created.id));
        theirs.description = QStringLiteral("For the team");
        theirs.estimatedMinutesSaved = 25;
        must(theirRepo.update(theirs));
        d.setConflictRunner([&](ConflictDialog &c) {
            ++conflicts;
            click(c, "cancelButton");
            return c.result();
        });
        click(d, "saveButton");
        return d.result() == QDialog::Accepted;
    });
    view.findChild<QAction *>(QStringLiteral("actionEditWorkflow"))->trigger();
    QCOMPARE(conflicts, 0);
    const Workflow stored = must(theirRepo.findById(created.id));
    QCOMPARE(stored.name, QStringLiteral("Monday report"));
    QCOMPARE(stored.description, QStringLiteral("For the team"));
    QCOMPARE(stored.estimatedMinutesSaved, 25.0);
    QCOMPARE(QJsonDocument::fromJson(stored.trigger.toUtf8()), QJsonDocument::fromJson(created.trigger.toUtf8()));
    QCOMPARE(stored.version, created.version + 2);
    QCOMPARE(view.currentWorkflow().name, QStringLiteral("Monday report"));
}

void TestEditConflict::consultationDialogTakeTheirsAndKeepMine()
{
    auto second = database().openSecond(QStringLiteral("them"));
    ConsultationRepository theirRepo(*second, me());
    Consultation c;
    c.name = QStringLiteral("Ada Lovelace");
    c.email = QStringLiteral("ada@example.com");
    const Consultation created = must(ConsultationRepository(database().db(), me()).create(c));
    ConsultationsWidget widget(database().db(), defaultUser());
    widget.resize(1200, 800);
    widget.show();
    QVERIFY(widget.selectConsultation(created.id));

    // Take theirs: their name (which I changed too) and their email come into the form; my
    // department, which they left alone, stays there, not saved yet.
    QStringList shown;
    QString nameShown, emailShown, departmentShown;
    widget.setDialogRunner([&](QDialog &d) {
        auto *dialog = qobject_cast<ConsultationDialog *>(&d);
        if (!dialog)
            return false;
        dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Ada King"));
        dialog->findChild<QLineEdit *>(QStringLiteral("departmentEdit"))->setText(QStringLiteral("Research"));
        Consultation theirs = must(theirRepo.findById(created.id));
        theirs.name = QStringLiteral("Ada Byron");
        theirs.email = QStringLiteral("ada@engines.example");
        must(theirRepo.update(theirs));
        dialog->setConflictRunner([&](ConflictDialog &conflict) {
            shown = rowsOf(conflict.table()->model());
            click(conflict, "takeTheirsButton");
            return conflict.result();
        });
        click(*dialog, "saveButton");
        nameShown = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->text();
        emailShown = dialog->findChild<QLineEdit *>(QStringLiteral("emailEdit"))->text();
        departmentShown = dialog->findChild<QLineEdit *>(QStringLiteral("departmentEdit"))->text();
        return dialog->result() == QDialog::Accepted;
    });
    click(*widget.detail(), "editButton");
    QCOMPARE(shown, QStringList({QStringLiteral("Name|Ada Byron|Ada King")}));
    QCOMPARE(nameShown, QStringLiteral("Ada Byron"));
    QCOMPARE(emailShown, QStringLiteral("ada@engines.example"));
    QCOMPARE(departmentShown, QStringLiteral("Research"));
    QCOMPARE(must(theirRepo.findById(created.id)).name, QStringLiteral("Ada Byron"));
    QVERIFY(must(theirRepo.findById(created.id)).department.isEmpty());

    // Keep mine: my company over theirs.
    widget.setDialogRunner([&](QDialog &d) {
        auto *dialog = qobject_cast<ConsultationDialog *>(&d);
        if (!dialog)
            return false;
        dialog->findChild<QLineEdit *>(QStringLiteral("companyEdit"))->setText(QStringLiteral("Analytical Engines"));
        Consultation theirs = must(theirRepo.findById(created.id));
        theirs.company = QStringLiteral("Babbage & Co");
        must(theirRepo.update(theirs));
        dialog->setConflictRunner([&](ConflictDialog &conflict) {
            shown = rowsOf(conflict.table()->model());
            click(conflict, "keepMineButton");
            return conflict.result();
        });
        click(*dialog, "saveButton");
        return dialog->result() == QDialog::Accepted;
    });
    click(*widget.detail(), "editButton");
    QCOMPARE(shown, QStringList({QStringLiteral("Company|Babbage & Co|Analytical Engines")}));
    const Consultation stored = must(theirRepo.findById(created.id));
    QCOMPARE(stored.company, QStringLiteral("Analytical Engines"));
    QCOMPARE(stored.email, QStringLiteral("ada@engines.example"));
    QCOMPARE(stored.version, created.version + 3);
}

void TestEditConflict::consultationDialogMergesWithoutAsking()
{
    auto second = database().openSecond(QStringLiteral("them"));
    ConsultationRepository theirRepo(*second, me());
    Consultation c;
    c.name = QStringLiteral("Ada Lovelace");
    c.email = QStringLiteral("ada@example.com");
    const Consultation created = must(ConsultationRepository(database().db(), me()).create(c));
    ConsultationsWidget widget(database().db(), defaultUser());
    widget.resize(1200, 800);
    widget.show();
    QVERIFY(widget.selectConsultation(created.id));

    // They change the email and set the company I also set, to the same: no conflict.
    int conflicts = 0;
    bool accepted = false;
    widget.setDialogRunner([&](QDialog &d) {
        auto *dialog = qobject_cast<ConsultationDialog *>(&d);
        if (!dialog)
            return false;
        dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Ada King"));
        dialog->findChild<QLineEdit *>(QStringLiteral("companyEdit"))->setText(QStringLiteral("Analytical Engines"));
        Consultation theirs = must(theirRepo.findById(created.id));
        theirs.email = QStringLiteral("ada@engines.example");
        theirs.company = QStringLiteral("Analytical Engines");
        must(theirRepo.update(theirs));
        dialog->setConflictRunner([&](ConflictDialog &conflict) {
            ++conflicts;
            click(conflict, "cancelButton");
            return conflict.result();
        });
        click(*dialog, "saveButton");
        accepted = dialog->result() == QDialog::Accepted;
        return accepted;
    });
    click(*widget.detail(), "editButton");
    QCOMPARE(conflicts, 0);
    QVERIFY(accepted);
    const Consultation stored = must(theirRepo.findById(created.id));
    QCOMPARE(stored.name, QStringLiteral("Ada King"));
    QCOMPARE(stored.email, QStringLiteral("ada@engines.example"));
    QCOMPARE(stored.company, QStringLiteral("Analytical Engines"));
    QCOMPARE(stored.version, created.version + 2);
}

QTEST_MAIN(TestEditConflict)
#include "tst_editconflict.moc"
