#include "DatabaseTestCase.h"

#include "AppIcon.h"
#include "MainWindow.h"
#include "ShortcutsDialog.h"
#include "db/Database.h"

#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace doo;
using namespace doo::test;

// The window's icon and its Help menu: Keyboard shortcuts (collected from the window's actions,
// searchable) and the About box.
class TestHelpMenu : public DatabaseTestCase
{
    Q_OBJECT

public:
    TestHelpMenu() : DatabaseTestCase(QStringLiteral("director@example.com")) { }

private:
    static QStringList column(const QAbstractItemModel *model, int column)
    {
        QStringList values;
        for (int row = 0; row < model->rowCount(); ++row)
            values << model->index(row, column).data().toString();
        return values;
    }
    static QString shortcutOf(const QAbstractItemModel *model, const QString &action)
    {
        const int row = column(model, 0).indexOf(action);
        return row < 0 ? QString() : model->index(row, 1).data().toString();
    }
    static ShortcutsDialog *openShortcuts(MainWindow &w)
    {
        auto *action = w.findChild<QAction *>(QStringLiteral("actionKeyboardShortcuts"));
        if (!action)
            return nullptr;
        action->trigger();
        return w.findChild<ShortcutsDialog *>();
    }

private Q_SLOTS:
    void windowIcon();
    void helpMenuEntries();
    void shortcutsListEveryActionOfTheWindow();
    void shortcutsSearch();
    void aboutBox();
};

void TestHelpMenu::windowIcon()
{
    MainWindow w(database().db(), defaultUser());
    const QIcon icon = w.windowIcon();
    QVERIFY(!icon.isNull());
    const QList<QSize> sizes = icon.availableSizes();
    QVERIFY2(sizes.contains(QSize(16, 16)) && sizes.contains(QSize(512, 512)), qPrintable(QString::number(sizes.size())));
    QCOMPARE(sizes.size(), 9);
    // The 16-pixel image is the drawn one, not a scaled 512: the tile is blue, its corner clear.
    const QImage small = icon.pixmap(QSize(16, 16)).toImage();
    QCOMPARE(small.size(), QSize(16, 16));
    QCOMPARE(small.pixelColor(0, 0).alpha(), 0);
    const QColor lane = small.pixelColor(13, 12);
    QVERIFY2(lane.alpha() == 255 && lane.blue() > lane.red() + 60, qPrintable(lane.name()));
    QCOMPARE(applicationIcon().availableSizes(), sizes);
}

void TestHelpMenu::helpMenuEntries()
{
    MainWindow w(database().db(), defaultUser());
    QMenu *help = nullptr;
    for (QAction *a : w.menuBar()->actions())
        if (a->text() == QLatin1String("&Help"))
            help = a->menu();
    QVERIFY(help);
    QStringList entries;
    for (QAction *a : help->actions())
        if (!a->isSeparator())
            entries << a->objectName();
    QCOMPARE(entries.mid(0, 3),
             QStringList(
                 {QStringLiteral("actionUserGuide"), QStringLiteral("actionKeyboardShortcuts"), QStringLiteral("actionAbout")}));
}

void TestHelpMenu::shortcutsListEveryActionOfTheWindow()
{
    MainWindow w(database().db(), defaultUser());
    // An action the window gains at run time is listed too: nobody keeps a list by hand.
    auto *extra = new QAction(QStringLiteral("Frobnicate the widgets"), &w);
    extra->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F9));
    w.addAction(extra);

    ShortcutsDialog *dialog = openShortcuts(w);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    const QAbstractItemModel *rows = dialog->rows();
    QCOMPARE(shortcutOf(rows, QStringLiteral("Quit")), QKeySequence(Qt::CTRL | Qt::Key_Q).toString(QKeySequence::NativeText));
    QCOMPARE(shortcutOf(rows, QStringLiteral("Frobnicate the widgets")),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F9).toString(QKeySequence::NativeText));
    QCOMPARE(shortcutOf(rows, QStringLiteral("Keyboard shortcuts")),
             QKeySequence(Qt::CTRL | Qt::Key_Slash).toString(QKeySequence::NativeText));
    const int quit = column(rows, 0).indexOf(QStringLiteral("Quit"));
    QCOMPARE(rows->index(quit, 2).data().toString(), QStringLiteral("File"));

    // Every action of the window with a shortcut and a text, each once.
    QStringList expected;
    for (QAction *a : w.findChildren<QAction *>())
        if (!a->shortcut().isEmpty() && !a->text().isEmpty() && !expected.contains(a->text().remove(QLatin1Char('&'))))
            expected << a->text().remove(QLatin1Char('&'));
    QVERIFY(expected.size() >= 8); // Quit, Undo, Redo, five views, the task actions…
    // And the keys of one place that have no menu entry (Return on a board column…).
    for (QShortcut *s : ShortcutsDialog::keysOfWidgets(&w))
        expected << s->whatsThis();
    QVERIFY(expected.contains(QStringLiteral("Open the selected card")));
    QStringList listed = column(rows, 0);
    listed.removeDuplicates();
    expected.sort();
    listed.sort();
    QCOMPARE(listed, expected);
    QCOMPARE(rows->rowCount(), ShortcutsDialog::actionsWithShortcuts(&w).size() + ShortcutsDialog::keysOfWidgets(&w).size());
}

void TestHelpMenu::shortcutsSearch()
{
    MainWindow w(database().db(), defaultUser());
    ShortcutsDialog *dialog = openShortcuts(w);
    QVERIFY(dialog);
    const QAbstractItemModel *rows = dialog->rows();
    const int all = rows->rowCount();
    auto *search = dialog->findChild<QLineEdit *>(QStringLiteral("shortcutsSearch"));
    QVERIFY(search && all > 5);

    QTest::keyClicks(search, QStringLiteral("qui"));
    QCOMPARE(column(rows, 0), QStringList{QStringLiteral("Quit")});
    // By key: Ctrl+2 is the second view's.
    search->clear();
    QCOMPARE(rows->rowCount(), all);
    QTest::keyClicks(search, QKeySequence(Qt::CTRL | Qt::Key_2).toString(QKeySequence::NativeText).toLower());
    QCOMPARE(column(rows, 0), QStringList{QStringLiteral("Workflows")});
    // By menu, case-insensitive: Undo and Redo (Edit), and only rows that contain the word.
    search->setText(QStringLiteral("EDIT"));
    QVERIFY(column(rows, 0).contains(QStringLiteral("Undo")) && column(rows, 0).contains(QStringLiteral("Redo")));
    QVERIFY(!column(rows, 0).contains(QStringLiteral("Quit")));
    for (int row = 0; row < rows->rowCount(); ++row) {
        const QString line = column(rows, 0).at(row) + column(rows, 1).at(row) + column(rows, 2).at(row);
        QVERIFY2(line.contains(QStringLiteral("edit"), Qt::CaseInsensitive), qPrintable(line));
    }
    search->setText(QStringLiteral("no such action"));
    QCOMPARE(rows->rowCount(), 0);
}

void TestHelpMenu::aboutBox()
{
    QCoreApplication::setApplicationVersion(QStringLiteral("7.6.5"));
    MainWindow w(database().db(), defaultUser());
    w.findChild<QAction *>(QStringLiteral("actionAbout"))->trigger();
    auto *box = w.findChild<QMessageBox *>(QStringLiteral("aboutBox"));
    QVERIFY(box && box->isVisible());
    const QString text = box->text();
    QVERIFY2(text.contains(QStringLiteral("Director of One 7.6.5")), qPrintable(text));
    QVERIFY2(text.contains(database().db().url().display().toHtmlEscaped()), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Licence")), qPrintable(text));
    QVERIFY(!box->iconPixmap().isNull());
    QCOMPARE(box->iconPixmap().toImage().pixelColor(box->iconPixmap().width() - 1, 0).alpha(), 0);
    box->close();
    QTRY_VERIFY(!w.findChild<QMessageBox *>(QStringLiteral("aboutBox")));
}

QTEST_MAIN(TestHelpMenu)
#include "tst_helpmenu.moc"
