// The workflow editor's finish: Browse… on folder fields, the JSON tab's line numbers, marked bad
// line and one clickable message, the help link, and the dialog on a 1366×768 screen with a title
// bar, in English and German (the offscreen platform with that screen, set up in CMakeLists.txt).
// With DOO_EDITOR_SHOTS set to a folder, the fit test saves the editor's tabs there as PNG (German,
// dark palette).

#include "Checks.h"
#include "DatabaseTestCase.h"

#include "ActionForm.h"
#include "ActionListEditor.h"
#include "HelpBrowser.h"
#include "HelpLinks.h"
#include "JsonEdit.h"
#include "WorkflowEditorDialog.h"
#include "itemmodels/WorkflowIntents.h"
#include "repositories/WorkflowRepository.h"
#include "workflow/OutputFolders.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTimeZone>
#include <QTranslator>

#include <memory>
#include <vector>

using namespace doo;
using namespace doo::test;

namespace {

// A workflow file written as a person would, one key a line; `actions` is inserted as given.
QString fileText(const QString &actions)
{
    return QStringLiteral("{\n"
                          "    \"name\": \"Weekly report\",\n"
                          "    \"description\": \"\",\n"
                          "    \"type\": \"REPORTING\",\n"
                          "    \"trigger\": {\"type\": \"manual\"},\n"
                          "    \"actions\": [\n"
                          "%1\n"
                          "    ],\n"
                          "    \"estimatedMinutesSaved\": 5\n"
                          "}\n")
        .arg(actions);
}

// Line and column (from 1) of the first occurrence of `needle`, counted here, not by the editor.
QPair<int, int> positionOf(const QString &text, const QString &needle)
{
    const qsizetype at = text.indexOf(needle);
    const QStringView before = QStringView(text).left(at);
    return {int(before.count(QLatin1Char('\n'))) + 1, int(at - before.lastIndexOf(QLatin1Char('\n')))};
}

// The anchors GitHub gives the README's headings ("## Workflow files" → "workflow-files").
QStringList readmeAnchors()
{
    QFile readme(QStringLiteral(DOO_README));
    if (!readme.open(QIODevice::ReadOnly))
        return {};
    QStringList anchors;
    bool inCode = false;
    for (const QString &line : QString::fromUtf8(readme.readAll()).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("```")))
            inCode = !inCode;
        if (inCode || !line.startsWith(QLatin1Char('#')))
            continue;
        QString slug = line.section(QLatin1Char(' '), 1).trimmed().toLower();
        slug.remove(QRegularExpression(QStringLiteral("[^\\w\\- ]")));
        anchors << slug.replace(QLatin1Char(' '), QLatin1Char('-'));
    }
    return anchors;
}

// A usual title bar and window border.
constexpr int kTitleBar = 32;
constexpr int kBorder = 4;

QString geometryText(const QRect &r)
{
    return QStringLiteral("%1,%2 %3x%4").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
}

} // namespace

class TestWorkflowEditorUi : public DatabaseTestCase
{
    Q_OBJECT

public:
    TestWorkflowEditorUi() : DatabaseTestCase(QStringLiteral("editor@example.com"), UserRole::Director) { }

private:
    std::vector<std::unique_ptr<WorkflowIntents>> m_intents;

    WorkflowIntents &intents()
    {
        m_intents.push_back(std::make_unique<WorkflowIntents>(database().db(), UserContext::of(defaultUser()), nullptr));
        return *m_intents.back();
    }
    std::unique_ptr<WorkflowEditorDialog> dialog()
    {
        auto d = std::make_unique<WorkflowEditorDialog>(intents());
        d->setTimeZone(QTimeZone("Europe/Berlin"));
        return d;
    }
    // Checks that the dialog, shown, lies in the screen's available area with its title bar, and
    // that its layout got at least the room it asks for on every tab (nothing squeezed or cut).
    void checkFits(WorkflowEditorDialog &d, const QString &shotPrefix);

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup()
    {
        m_intents.clear();
        DatabaseTestCase::cleanup();
    }

    void browseFillsFolderField();
    void lineNumbers();
    void invalidJsonMarksLineWithOneMessage();
    void definitionErrorMarksItsField();
    void clickingTheMessageGoesToTheLine();
    void helpOpensWorkflowFiles();
    void userGuideIsTheReadme();
    void fitsSmallScreen();
    void fitsSmallScreenInGerman();
};

void TestWorkflowEditorUi::browseFillsFolderField()
{
    auto d = dialog();
    QStringList starts;
    QString answer;
    d->setFolderChooser([&](QWidget *, const QString &, const QString &start) {
        starts << start;
        return answer;
    });
    d->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Reports"));
    Q_EMIT d->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->textEdited(QStringLiteral("Reports"));
    d->findChild<QAction *>(QStringLiteral("addAction_generate_report"))->trigger();
    auto *folder = d->findChild<QLineEdit *>(QStringLiteral("gr_folder"));
    auto *browse = d->findChild<QPushButton *>(QStringLiteral("gr_browse"));
    QVERIFY(folder && browse);
    QCOMPARE(folder->text(), QStringLiteral("~/Reports"));

    // Cancelled: nothing changes.
    QTest::mouseClick(browse, Qt::LeftButton);
    QCOMPARE(starts.size(), 1);
    QCOMPARE(folder->text(), QStringLiteral("~/Reports"));
    QVERIFY(d->actionsEditor()->form()->chosenFolders().isEmpty());

    // Typed by hand, a folder outside the home folder is refused, the field named.
    OutputFolders::clearChosen();
    folder->setText(QStringLiteral("/var/tmp/typed"));
    Q_EMIT folder->textEdited(folder->text());
    QVERIFY(!d->isValid());
    QVERIFY2(d->validationError().contains(
                 QLatin1String("actions[0].folder: folder must be inside your home folder or a folder you chose")),
             qPrintable(d->validationError()));

    // A folder outside the home folder is written as chosen, and the JSON and the workflow follow.
    QTemporaryDir outside(QStringLiteral("/tmp/doo-browse-XXXXXX"));
    QVERIFY(outside.isValid());
    answer = outside.path();
    QTest::mouseClick(browse, Qt::LeftButton);
    QCOMPARE(folder->text(), outside.path());
    QVERIFY2(d->isValid(), qPrintable(d->validationError()));
    QVERIFY(d->jsonText().contains(QStringLiteral("\"folder\": \"%1\"").arg(outside.path())));
    QCOMPARE(d->actionsEditor()->form()->chosenFolders(), QStringList{outside.path()});
    // The next Browse starts in the folder the field names.
    answer.clear();
    QTest::mouseClick(browse, Qt::LeftButton);
    QCOMPARE(starts.last(), outside.path());

    // Under the home folder: written as ~/…, the form of the README's folders.
    QCOMPARE(ActionForm::folderFieldText(QDir::home().filePath(QStringLiteral("Reports/Weekly"))),
             QStringLiteral("~/Reports/Weekly"));
    QCOMPARE(ActionForm::folderFieldText(QStringLiteral("/srv/reports/")), QStringLiteral("/srv/reports"));

    // The export action has its own button; saved through the intents, the database holds both folders.
    d->findChild<QAction *>(QStringLiteral("addAction_export_data"))->trigger();
    QTemporaryDir exports(QStringLiteral("/tmp/doo-export-XXXXXX"));
    answer = exports.path();
    QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("ed_browse")), Qt::LeftButton);
    QCOMPARE(d->findChild<QLineEdit *>(QStringLiteral("ed_folder"))->text(), exports.path());
    QVERIFY2(d->isValid(), qPrintable(d->validationError()));
    WorkflowIntents &writer = intents();
    d->setSaveHandler([&](Workflow &w) -> Status {
        const auto saved = writer.saveWorkflow(w);
        if (!saved)
            return saved.error();
        w = *saved;
        return {};
    });
    QVERIFY(d->save());
    const auto stored = WorkflowRepository(database().db(), UserContext::of(defaultUser())).findById(d->savedWorkflow().id);
    QVERIFY(stored);
    const QJsonArray actions = QJsonDocument::fromJson(stored->actions.toUtf8()).array();
    QCOMPARE(actions.size(), 2);
    QCOMPARE(actions.at(0).toObject().value(QStringLiteral("folder")).toString(), outside.path());
    QCOMPARE(actions.at(1).toObject().value(QStringLiteral("folder")).toString(), exports.path());
    // Saved, the chosen folders are kept for the runs (and the next editor) of this computer.
    QCOMPARE(OutputFolders::chosen(), (QStringList{outside.path(), exports.path()}));
    CHECK_OK(OutputFolders::check(exports.path(), QStringLiteral("folder")));
    OutputFolders::clearChosen();
}

void TestWorkflowEditorUi::lineNumbers()
{
    JsonEdit edit;
    edit.resize(500, 300);
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    QWidget *area = edit.lineNumberArea();
    QVERIFY(area && area->isVisible());
    QCOMPARE(area->objectName(), QStringLiteral("lineNumberArea"));

    auto lines = [](int n) {
        QStringList l;
        for (int i = 1; i <= n; ++i)
            l << QStringLiteral("\"line %1\"").arg(i);
        return l.join(QLatin1Char('\n'));
    };
    edit.setPlainText(lines(9));
    const int narrow = edit.lineNumberAreaWidth();
    QCOMPARE(area->width(), narrow);
    // The text starts right of the numbers.
    QVERIFY(edit.viewport()->geometry().left() >= area->geometry().right());
    edit.setPlainText(lines(150));
    QTRY_COMPARE(area->width(), edit.lineNumberAreaWidth());
    QVERIFY2(area->width() > narrow, qPrintable(QStringLiteral("%1 vs %2").arg(area->width()).arg(narrow)));
    const int wide = area->width();
    edit.setPlainText(lines(1200));
    QTRY_VERIFY(area->width() > wide);

    // The numbers are painted; the marked line's number has the red marker, the others none.
    edit.setPlainText(lines(20));
    edit.setMarkedLine(3);
    const QImage image = area->grab().toImage();
    const int lineHeight = edit.fontMetrics().height();
    const QRect viewport = edit.viewport()->geometry();
    auto redPixels = [&](int line) {
        const QTextCursor at(edit.document()->findBlockByNumber(line - 1));
        const int top = edit.cursorRect(at).top() + viewport.top() - area->geometry().top();
        int red = 0;
        for (int y = top + 2; y < top + lineHeight - 2; ++y)
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                red += c.red() > 150 && c.green() < 90 && c.blue() < 90;
            }
        return red;
    };
    QVERIFY2(redPixels(3) > image.width() * 4, qPrintable(QString::number(redPixels(3))));
    QCOMPARE(redPixels(2), 0);
    QCOMPARE(redPixels(4), 0);
    const QColor background = image.pixelColor(1, 1);
    int inked = 0;
    for (int y = 0; y < lineHeight; ++y)
        for (int x = 0; x < image.width(); ++x)
            inked += image.pixelColor(x, y) != background;
    QVERIFY2(inked > 5, "no number painted on the first line");
    QCOMPARE(edit.markedLine(), 3);
    QCOMPARE(edit.extraSelections().size(), 1);
    QCOMPARE(edit.extraSelections().first().cursor.blockNumber(), 2);
    edit.setMarkedLine(0);
    QVERIFY(edit.extraSelections().isEmpty());
}

void TestWorkflowEditorUi::invalidJsonMarksLineWithOneMessage()
{
    auto d = dialog();
    d->show();
    QVERIFY(QTest::qWaitForWindowExposed(d.get()));
    auto *tabs = d->findChild<QTabWidget *>(QStringLiteral("editorTabs"));
    tabs->setCurrentWidget(d->findChild<QWidget *>(QStringLiteral("jsonTab")));
    auto *status = d->findChild<QLabel *>(QStringLiteral("jsonStatus"));

    // A value without quotes on line 4: JSON the parser refuses.
    QString text = fileText(QStringLiteral("        {\"type\": \"notify\", \"title\": \"Done\"}"));
    text.replace(QStringLiteral("\"REPORTING\""), QStringLiteral("REPORTING"));
    d->setJsonText(text);
    QVERIFY(!d->isValid());
    const auto [line, column] = positionOf(text, QStringLiteral("REPORTING"));
    QCOMPARE(line, 4);
    QCOMPARE(d->errorPosition().line, line);
    QCOMPARE(d->errorPosition().column, column);
    QCOMPARE(d->jsonEdit()->markedLine(), line);
    QCOMPARE(status->text(), QStringLiteral("Line %1, column %2: %3").arg(line).arg(column).arg(d->validationError()));
    QVERIFY2(d->validationError().contains(QLatin1String("not valid JSON")), qPrintable(d->validationError()));

    // One message on screen says what is wrong: the line under the buttons does not repeat it.
    auto visibleMessages = [&] {
        int n = 0;
        for (QLabel *l : d->findChildren<QLabel *>())
            n += l->isVisible() && l->text().contains(d->validationError());
        return n;
    };
    QCOMPARE(visibleMessages(), 1);
    QVERIFY(status->isVisible());
    // On the form the reason stands next to Save.
    tabs->setCurrentIndex(0);
    QCOMPARE(visibleMessages(), 1);
    QVERIFY(!status->isVisible());
    QVERIFY(d->findChild<QLabel *>(QStringLiteral("validationLabel"))->isVisible());

    // An unfinished file: the end of the text.
    d->setJsonText(QStringLiteral("{\n    \"name\": \"Cut\",\n    \"type\": "));
    QVERIFY(!d->isValid());
    QCOMPARE(d->jsonEdit()->markedLine(), 3);

    // Fixed: no mark, no error.
    d->setJsonText(fileText(QStringLiteral("        {\"type\": \"notify\", \"title\": \"Done\"}")));
    QVERIFY2(d->isValid(), qPrintable(d->validationError()));
    QCOMPARE(d->jsonEdit()->markedLine(), 0);
    QVERIFY(d->jsonEdit()->extraSelections().isEmpty());
    QVERIFY(!status->text().startsWith(QLatin1String("Line")));
}

void TestWorkflowEditorUi::definitionErrorMarksItsField()
{
    auto d = dialog();
    // Valid JSON, a bad value in the second action (line 8).
    const QString text =
        fileText(QStringLiteral("        {\"type\": \"notify\", \"title\": \"Done\"},\n"
                                "        {\"type\": \"create_task\", \"title\": \"Next\", \"due_in_days\": 2.5}"));
    d->setJsonText(text);
    QVERIFY(!d->isValid());
    QVERIFY2(d->validationError().startsWith(QLatin1String("actions[1].due_in_days: ")), qPrintable(d->validationError()));
    const auto [line, column] = positionOf(text, QStringLiteral("\"due_in_days\""));
    QCOMPARE(line, 8);
    QCOMPARE(d->jsonEdit()->markedLine(), line);
    QCOMPARE(d->findChild<QLabel *>(QStringLiteral("jsonStatus"))->text(),
             QStringLiteral("Line 8, column %1: %2").arg(column).arg(d->validationError()));

    // A required key the action lacks: the action's own line.
    d->setJsonText(fileText(QStringLiteral("        {\"type\": \"notify\", \"title\": \"Done\"},\n"
                                           "        {\"type\": \"generate_report\"}")));
    QVERIFY2(d->validationError().startsWith(QLatin1String("actions[1].folder: ")), qPrintable(d->validationError()));
    QCOMPARE(d->jsonEdit()->markedLine(), 8);
    QCOMPARE(d->errorPosition().column, 9);

    // An unknown key on line 3 instead of the description.
    QString unknown = fileText(QStringLiteral("        {\"type\": \"notify\", \"title\": \"Done\"}"));
    unknown.replace(QStringLiteral("\"description\""), QStringLiteral("\"summary\""));
    d->setJsonText(unknown);
    QVERIFY2(d->validationError().startsWith(QLatin1String("summary: ")), qPrintable(d->validationError()));
    QCOMPARE(d->jsonEdit()->markedLine(), 3);

    // An error made on the form is marked in the JSON too: an empty name, line 2.
    d->setJsonText(fileText(QStringLiteral("        {\"type\": \"notify\", \"title\": \"Done\"}")));
    QVERIFY(d->isValid());
    auto *name = d->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    name->clear();
    Q_EMIT name->textEdited(QString());
    QVERIFY(d->validationError().startsWith(QLatin1String("name: ")));
    QCOMPARE(d->jsonEdit()->markedLine(), 2);
}

void TestWorkflowEditorUi::clickingTheMessageGoesToTheLine()
{
    auto d = dialog();
    d->show();
    QVERIFY(QTest::qWaitForWindowActive(d.get()));
    const QString text =
        fileText(QStringLiteral("        {\"type\": \"notify\", \"title\": \"Done\"},\n"
                                "        {\"type\": \"create_task\", \"title\": \"Next\", \"due_in_days\": -1}"));
    d->setJsonText(text);
    QVERIFY(!d->isValid());
    const auto [line, column] = positionOf(text, QStringLiteral("\"due_in_days\""));
    // From the form tab the message is under the buttons; on the JSON tab a click on it moves the cursor.
    auto *tabs = d->findChild<QTabWidget *>(QStringLiteral("editorTabs"));
    tabs->setCurrentWidget(d->findChild<QWidget *>(QStringLiteral("jsonTab")));
    d->jsonEdit()->moveCursor(QTextCursor::Start);
    QCOMPARE(d->jsonEdit()->cursorLine(), 1);
    auto *status = d->findChild<QLabel *>(QStringLiteral("jsonStatus"));
    QCOMPARE(status->cursor().shape(), Qt::PointingHandCursor);
    QTest::mouseClick(status, Qt::LeftButton);
    QCOMPARE(d->jsonEdit()->cursorLine(), line);
    QCOMPARE(d->jsonEdit()->cursorColumn(), column);
    QTRY_VERIFY(d->jsonEdit()->hasFocus());
    QVERIFY(d->jsonEdit()->cursorRect().intersects(d->jsonEdit()->viewport()->rect())); // scrolled into view

    // By keyboard: Enter on the focused message.
    d->jsonEdit()->moveCursor(QTextCursor::Start);
    status->setFocus();
    QTest::keyClick(status, Qt::Key_Return);
    QCOMPARE(d->jsonEdit()->cursorLine(), line);

    // goToError() from the form tab switches to the JSON tab.
    tabs->setCurrentIndex(0);
    d->goToError();
    QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("jsonTab"));
}

void TestWorkflowEditorUi::helpOpensWorkflowFiles()
{
    auto d = dialog();
    d->show();
    QVERIFY(QTest::qWaitForWindowActive(d.get()));
    auto *help = d->findChild<QPushButton *>(QStringLiteral("helpButton"));
    QVERIFY(help && help->isVisible());

    // F1: the user guide opens at "Workflow files", a window of the editor's (not blocked by it).
    QTest::keyClick(d.get(), Qt::Key_F1);
    QTRY_VERIFY(HelpBrowser::instance() && HelpBrowser::instance()->isVisible());
    HelpBrowser *guide = HelpBrowser::instance();
    QCOMPARE(guide->parentWidget(), d.get());
    QVERIFY(guide->isWindow());
    QVERIFY(QTest::qWaitForWindowExposed(guide));
    QTRY_COMPARE(guide->currentSection(), HelpLinks::workflowFiles());
    QTextBrowser *text = guide->browser();
    QVERIFY(text->verticalScrollBar()->value() > 0);
    // The heading is the first line shown.
    QTRY_COMPARE(text->cursorForPosition(QPoint(20, 8)).block().text(), QStringLiteral("Workflow files"));
    // The anchor is a heading of the README, not a dead one.
    QVERIFY(readmeAnchors().contains(HelpLinks::workflowFiles()));

    // The button and the JSON tab's link open the same section of the same window again.
    text->verticalScrollBar()->setValue(0);
    QCOMPARE(guide->currentSection(), QStringLiteral("director-of-one"));
    QTest::mouseClick(help, Qt::LeftButton);
    QTRY_COMPARE(guide->currentSection(), HelpLinks::workflowFiles());
    QCOMPARE(HelpBrowser::instance(), guide);
    text->verticalScrollBar()->setValue(0);
    auto *hint = d->findChild<QLabel *>(QStringLiteral("jsonHint"));
    QVERIFY(hint->text().contains(QLatin1String("<a href=")));
    Q_EMIT hint->linkActivated(QStringLiteral("help"));
    QTRY_COMPARE(guide->currentSection(), HelpLinks::workflowFiles());
    QCOMPARE(HelpBrowser::instance(), guide);

    // A link to another section moves within the guide.
    Q_EMIT text->anchorClicked(QUrl(QStringLiteral("#placeholders")));
    QCOMPARE(guide->currentSection(), QStringLiteral("placeholders"));
    guide->close();
    QTRY_VERIFY(!HelpBrowser::instance());
}

void TestWorkflowEditorUi::userGuideIsTheReadme()
{
    QFile file(QStringLiteral(DOO_README));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString readme = QString::fromUtf8(file.readAll());
    const QString guide = HelpBrowser::userGuide();
    // The compiled-in text is the README's: a section for users is there word for word.
    const qsizetype from = readme.indexOf(QLatin1String("\n## Workflow files\n"));
    const qsizetype to = readme.indexOf(QLatin1String("\n## "), from + 1);
    QVERIFY(from > 0 && to > from);
    QVERIFY(guide.contains(readme.mid(from, to - from)));
    QVERIFY(guide.startsWith(QLatin1String("# Director of One")));
    // The sections for developers are left out; each of them is a heading of the README.
    HelpBrowser browser;
    const QStringList readmeSections = readmeAnchors();
    for (const QString &left : {QStringLiteral("benchmarks"), QStringLiteral("code-layout"), QStringLiteral("tests"),
                                QStringLiteral("architecture-in-five-minutes")}) {
        QVERIFY2(readmeSections.contains(left), qPrintable(left));
        QVERIFY2(!browser.sections().contains(left), qPrintable(left));
    }
    for (const QString &kept : {QStringLiteral("task-board"), QStringLiteral("workflows-view"), QStringLiteral("triggers"),
                                QStringLiteral("command-line"), QStringLiteral("known-limits")})
        QVERIFY2(browser.sections().contains(kept), qPrintable(kept));
    QVERIFY(!guide.contains(QLatin1String("## Benchmarks")));
    QVERIFY(browser.showSection(QStringLiteral("task-board")));
    QVERIFY(!browser.showSection(QStringLiteral("benchmarks")));
}

void TestWorkflowEditorUi::checkFits(WorkflowEditorDialog &d, const QString &shotPrefix)
{
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    QCOMPARE(available.size(), QSize(1366, 768));
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    QTRY_VERIFY(d.frameGeometry() != d.geometry()); // framed
    QVERIFY2(d.frameGeometry().top() < d.geometry().top(), "no frame above the dialog");
    QVERIFY2(available.contains(d.frameGeometry()), qPrintable(geometryText(d.frameGeometry())));
    // The offscreen frame is thin; a window manager's title bar and border take more. Room for them
    // (as much as ScreenFit keeps) around the dialog itself.
    const QSize withTitleBar = d.size() + QSize(kBorder * 2, kTitleBar + kBorder);
    QVERIFY2(withTitleBar.width() <= available.width() && withTitleBar.height() <= available.height(),
             qPrintable(QStringLiteral("%1x%2 with a title bar").arg(withTitleBar.width()).arg(withTitleBar.height())));

    auto *tabs = d.findChild<QTabWidget *>(QStringLiteral("editorTabs"));
    const QString shots = qEnvironmentVariable("DOO_EDITOR_SHOTS");
    // Every tab, and the form with each kind of action (Update tasks is the tallest).
    const QStringList kinds = ActionForm::kinds();
    for (int step = 0; step < kinds.size() + tabs->count() - 1; ++step) {
        if (step < kinds.size()) {
            tabs->setCurrentIndex(0);
            d.findChild<QAction *>(QStringLiteral("addAction_") + kinds.at(step))->trigger();
        } else {
            tabs->setCurrentIndex(step - kinds.size() + 1);
        }
        QApplication::processEvents();
        const QString what = step < kinds.size() ? kinds.at(step) : tabs->tabText(tabs->currentIndex());
        QVERIFY2(available.contains(d.frameGeometry()), qPrintable(what + QLatin1Char(' ') + geometryText(d.frameGeometry())));
        const QSize needed = d.layout()->minimumSize();
        QVERIFY2(d.width() >= needed.width() && d.height() >= needed.height(),
                 qPrintable(QStringLiteral("%1: needs %2x%3, has %4x%5")
                                .arg(what)
                                .arg(needed.width())
                                .arg(needed.height())
                                .arg(d.width())
                                .arg(d.height())));
        for (const char *name : {"saveButton", "cancelButton", "helpButton"}) {
            auto *button = d.findChild<QPushButton *>(QLatin1String(name));
            QVERIFY2(button->isVisible(), name);
            const QRect r(button->mapTo(&d, QPoint(0, 0)), button->size());
            QVERIFY2(d.rect().contains(r), qPrintable(what + QLatin1Char(' ') + QLatin1String(name) + geometryText(r)));
            QVERIFY2(button->width() >= button->sizeHint().width(), name);
        }
        if (!shots.isEmpty())
            QVERIFY(d.grab().save(QDir(shots).filePath(QStringLiteral("%1-%2.png").arg(shotPrefix).arg(step))));
    }
}

void TestWorkflowEditorUi::fitsSmallScreen()
{
    auto d = dialog();
    checkFits(*d, QStringLiteral("editor-en"));
}

void TestWorkflowEditorUi::fitsSmallScreenInGerman()
{
    QTranslator german;
    QVERIFY(german.load(QStringLiteral(DOO_DE_QM)));
    QVERIFY(QCoreApplication::installTranslator(&german));
    const QPalette before = QApplication::palette();
    QPalette dark = before;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x30));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x22));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x2b));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x3b));
    dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::PlaceholderText, QColor(0x99, 0x99, 0x99));
    dark.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    QApplication::setPalette(dark);
    {
        auto d = dialog();
        QCOMPARE(d->findChild<QTabWidget *>(QStringLiteral("editorTabs"))->tabText(2), QStringLiteral("Probelauf"));
        checkFits(*d, QStringLiteral("editor-de-dark"));
        // A long error (an unknown key lists the keys an action takes), marked and shown in German.
        d->setJsonText(fileText(QStringLiteral("        {\"type\": \"notify\", \"title\": \"Done\", \"colour\": 1}")));
        QVERIFY(!d->isValid());
        d->goToError();
        QApplication::processEvents();
        QVERIFY(d->findChild<QLabel *>(QStringLiteral("jsonStatus"))->text().startsWith(QLatin1String("Zeile 7, Spalte")));
        const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
        QVERIFY2(available.contains(d->frameGeometry()), qPrintable(geometryText(d->frameGeometry())));
        QVERIFY(d->height() >= d->layout()->minimumSize().height());
        if (const QString shots = qEnvironmentVariable("DOO_EDITOR_SHOTS"); !shots.isEmpty())
            QVERIFY(d->grab().save(QDir(shots).filePath(QStringLiteral("editor-de-dark-json-error.png"))));
    }
    QApplication::setPalette(before);
    QCoreApplication::removeTranslator(&german);
}

QTEST_MAIN(TestWorkflowEditorUi)
#include "tst_workfloweditorui.moc"
