// A palette switched at run time (Settings → Appearance) reaches the style sheets that use
// palette(...) roles: the navigation, the Notifications view's delivery note and the start-up
// screen's details (offscreen, both backends for the window).
#include "DatabaseTestCase.h"
#include "MainWindow.h"
#include "StartupScreen.h"

#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QStandardPaths>
#include <QTest>

using namespace doo;
using namespace doo::test;

namespace {

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x20, 0x22, 0x25));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Base, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::AlternateBase, QColor(0x2c, 0x2e, 0x32));
    p.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Mid, QColor(0x60, 0x64, 0x6a));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3d, 0x42));
    return p;
}

// The colour in the widget's top-left corner, inside its border.
QColor corner(QWidget *widget)
{
    return widget->grab().toImage().pixelColor(widget->width() - 3, 3);
}

} // namespace

class TestPaletteChange : public DatabaseTestCase
{
    Q_OBJECT

public:
    TestPaletteChange() : DatabaseTestCase(QStringLiteral("me@example.com"), UserRole::Director) { }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { QApplication::setPalette(QPalette()); }

    void windowFollowsPalette()
    {
        const QPalette light = QApplication::palette();
        MainWindow window(database().db(), defaultUser());
        window.resize(1200, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        auto *note = window.findChild<QLabel *>(QStringLiteral("deliveryNote"));
        QVERIFY(nav && note);
        note->resize(300, 40);
        QCOMPARE(corner(nav), light.color(QPalette::Window));
        QCOMPARE(corner(note), light.color(QPalette::AlternateBase));

        QApplication::setPalette(darkPalette());
        QTRY_COMPARE(corner(nav), darkPalette().color(QPalette::Window));
        QCOMPARE(corner(note), darkPalette().color(QPalette::AlternateBase));

        QApplication::setPalette(light);
        QTRY_COMPARE(corner(nav), light.color(QPalette::Window));
    }

    void startupScreenFollowsPalette()
    {
        StartupScreen screen;
        screen.showProblem(QStringLiteral("sqlite:/nowhere"),
                           ConnectionReport{ConnectionProblem::NoSuchFile, QStringLiteral("Gone."), QStringLiteral("driver")});
        screen.show();
        QVERIFY(QTest::qWaitForWindowExposed(&screen));
        auto *details = screen.findChild<QLabel *>(QStringLiteral("startupDetails"));
        QCOMPARE(details->palette().color(QPalette::WindowText).rgba(), QApplication::palette().color(QPalette::Mid).rgba());
        QApplication::setPalette(darkPalette());
        QTRY_COMPARE(details->palette().color(QPalette::WindowText).rgba(), darkPalette().color(QPalette::Mid).rgba());
    }
};

QTEST_MAIN(TestPaletteChange)
#include "tst_palettechange.moc"
