#include "Checks.h"
#include "DatabaseTestCase.h"

#include "BoardWidget.h"
#include "ConsultationDetailPane.h"
#include "MainWindow.h"
#include "itemmodels/PlainToolTip.h"
#include "itemmodels/TaskBoard.h"
#include "itemmodels/TaskColumnModel.h"
#include "repositories/TaskRepository.h"

#include <QApplication>
#include <QLabel>
#include <QTest>
#include <QTextDocument>

using namespace doo;
using namespace doo::test;

namespace {
// What a user may type and Qt would draw as HTML if a label or tool tip took it as rich text.
const QString kTyped = QStringLiteral("<b>x</b><img src=\"file:///etc/passwd\">");

// The text a tool tip or label in rich text shows: what a reader sees.
QString shownAsRichText(const QString &text)
{
    QTextDocument document;
    document.setHtml(text);
    return document.toPlainText();
}
} // namespace

// User text is shown as typed wherever the window shows it: the labels that show it are plain
// text, and tool tips (drawn as HTML when they look like HTML) are escaped.
class TestPlainText : public DatabaseTestCase
{
    Q_OBJECT

public:
    TestPlainText() : DatabaseTestCase(QStringLiteral("director@example.com")) { }

private Q_SLOTS:
    void toolTipShowsTheTextAsTyped();
    void consultationDetail();
    void windowStatusAndBoard();
};

void TestPlainText::toolTipShowsTheTextAsTyped()
{
    QVERIFY(Qt::mightBeRichText(kTyped));
    QCOMPARE(shownAsRichText(plainToolTip(kTyped)), kTyped);
    QCOMPARE(shownAsRichText(plainToolTip(kTyped + QStringLiteral("\nsecond line"))), kTyped + QStringLiteral("\nsecond line"));
    QCOMPARE(plainToolTip(QStringLiteral("Plain title")), QStringLiteral("Plain title"));
}

void TestPlainText::consultationDetail()
{
    ConsultationDetailPane pane;
    Consultation c;
    c.id = QStringLiteral("c1");
    c.bookingId = QStringLiteral("DO-2026-000001");
    c.name = kTyped;
    c.company = kTyped;
    c.challenges = kTyped;
    pane.setConsultation(c, {}, {});
    auto *title = pane.findChild<QLabel *>(QStringLiteral("detailTitle"));
    QVERIFY(title);
    QCOMPARE(title->textFormat(), Qt::PlainText);
    QVERIFY(title->text().contains(kTyped));
    auto *details = pane.findChild<QLabel *>(QStringLiteral("detailText"));
    QVERIFY(details);
    QCOMPARE(shownAsRichText(details->text()).count(kTyped), 2);
}

void TestPlainText::windowStatusAndBoard()
{
    auto &t = database();
    User user = defaultUser();
    Task task;
    task.title = kTyped;
    CHECK_OK(TaskRepository(t.db(), UserContext::of(user)).create(task));
    user.name = kTyped; // as the profile would hold it
    MainWindow window(t.db(), user);
    auto *who = window.findChild<QLabel *>(QStringLiteral("statusUser"));
    QVERIFY(who);
    QCOMPARE(who->textFormat(), Qt::PlainText);
    QVERIFY(who->text().startsWith(kTyped));

    auto *board = window.findChild<BoardWidget *>();
    QVERIFY(board);
    TaskColumnModel *todo = board->board()->column(TaskStatus::Todo);
    QTRY_COMPARE(todo->rowCount(), 1);
    QCOMPARE(todo->index(0).data().toString(), kTyped);
    const QString tip = todo->index(0).data(Qt::ToolTipRole).toString();
    QCOMPARE(shownAsRichText(tip).left(kTyped.size()), kTyped);
}

QTEST_MAIN(TestPlainText)
#include "tst_plaintext.moc"
