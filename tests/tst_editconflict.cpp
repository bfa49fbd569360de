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
// connection to the same database (another window, another machine). The second save is a
// conflict shown field by field; each choice writes what it says, read back through the other
// connection.
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
    void taskConflictListsTheDifferingFields();
    void taskDialogKeepMineAfterAThirdChange();
    void taskDialogTakeTheirs();
    void taskDialogCancelKeepsWhatWasTyped();
    void workflowEditorKeepMineAndTakeTheirs();
    void consultationDialogTakeTheirsAndKeepMine();
};

void TestEditConflict::taskConflictListsTheDifferingFields()
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
    const auto refused = mineRepo.update(mine);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Conflict);

    const auto read = [&](const QString &id) { return mineRepo.findById(id); };
    const auto save = [&](const Task &t) { return mineRepo.update(t); };
    auto conflict = must(EditConflictOf<Task>::open(mine, read, save));
    QAbstractItemModelTester tester(conflict.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString due = QLocale().toString(theirs.dueDate.toLocalTime(), QLocale::ShortFormat);
    QCOMPARE(rowsOf(conflict.get()),
             QStringList({QStringLiteral("Title|Budget for Q3|Budget review"),
                          QStringLiteral("Description|Q3 numbers|Q3 and Q4 numbers"), QStringLiteral("Priority|High|Medium"),
                          QStringLiteral("Due date|%1|(none)").arg(due)}));
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
    QCOMPARE(conflict->fieldNames(),
             QStringList({QStringLiteral("Title"), QStringLiteral("Description"), QStringLiteral("Priority"),
                          QStringLiteral("Due date"), QStringLiteral("Tags")}));
    QCOMPARE(conflict->rows().last().theirs, QStringLiteral("finance"));

    // Keep mine over the newest: my values, read through their connection.
    CHECK_OK(conflict->keepMine());
    const Task stored = must(theirRepo.findById(created.id));
    QCOMPARE(stored.title, QStringLiteral("Budget review"));
    QCOMPARE(stored.description, QStringLiteral("Q3 and Q4 numbers"));
    QCOMPARE(stored.priority, Priority::Medium);
    QVERIFY(!stored.dueDate.isValid());
    QVERIFY(stored.tags.isEmpty());
    QCOMPARE(stored.version, 4); // created, theirs, again, mine
    QCOMPARE(conflict->saved().version, 4);
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
    QCOMPARE(shown,
             QStringList({QStringLiteral("Title|Budget|Budget review"), QStringLiteral("Description|Their notes|Q3 numbers")}));
    QVERIFY(stayedOpen);
    QCOMPARE(shownAfterThird,
             QStringList({QStringLiteral("Title|Budget|Budget review"), QStringLiteral("Description|Their notes|Q3 numbers"),
                          QStringLiteral("Priority|Urgent|Medium")}));
    const Task stored = must(theirRepo.findById(created.id));
    QCOMPARE(stored.title, QStringLiteral("Budget review"));
    QCOMPARE(stored.description, QStringLiteral("Q3 numbers"));
    QCOMPARE(stored.priority, Priority::Medium);
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

    // Keep mine: my name over theirs; their switch (not in the editor) stays as they set it.
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
    QCOMPARE(
        shown,
        QStringList({QStringLiteral("Name|Weekly report (team)|Monday report"),
                     QStringLiteral("Saves per run|%1 min|%2 min").arg(QLocale().toString(15.0), QLocale().toString(10.0))}));
    Workflow stored = must(theirRepo.findById(created.id));
    QCOMPARE(stored.name, QStringLiteral("Monday report"));
    QCOMPARE(stored.estimatedMinutesSaved, 10.0);
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

    // Take theirs: their email and name come into the form, my name is gone.
    QStringList shown;
    QString nameShown, emailShown;
    widget.setDialogRunner([&](QDialog &d) {
        auto *dialog = qobject_cast<ConsultationDialog *>(&d);
        if (!dialog)
            return false;
        dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Ada King"));
        Consultation theirs = must(theirRepo.findById(created.id));
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
        return dialog->result() == QDialog::Accepted;
    });
    click(*widget.detail(), "editButton");
    QCOMPARE(
        shown,
        QStringList({QStringLiteral("Name|Ada Lovelace|Ada King"), QStringLiteral("Email|ada@engines.example|ada@example.com")}));
    QCOMPARE(nameShown, QStringLiteral("Ada Lovelace"));
    QCOMPARE(emailShown, QStringLiteral("ada@engines.example"));
    QCOMPARE(must(theirRepo.findById(created.id)).name, QStringLiteral("Ada Lovelace"));

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

QTEST_MAIN(TestEditConflict)
#include "tst_editconflict.moc"
