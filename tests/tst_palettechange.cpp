// A palette switched at run time (Settings → Appearance) reaches the style sheets that use
// palette(...) roles: the navigation, the Notifications view's delivery note and the start-up
// screen's details; the board's error banner and over-limit column header are red boxes made from
// the palette (dark on a dark one, their text readable on both); the Workflows toolbar's fallback
// Play and Pause glyphs are drawn in the palette's text colour (offscreen, both backends for the
// window).
#include "BoardWidget.h"
#include "DatabaseTestCase.h"
#include "MainWindow.h"
#include "StartupScreen.h"
#include "WorkflowsView.h"
#include "exchange/Seeder.h"
#include "itemmodels/TaskBoard.h"

#include <QAction>
#include <QIcon>

#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>
#include <cmath>

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
    p.setColor(QPalette::Button, QColor(0x2c, 0x2e, 0x32));
    p.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    return p;
}

// WCAG's contrast ratio of two colours (1 to 21; body text wants at least 4.5).
double contrast(const QColor &a, const QColor &b)
{
    auto luminance = [](const QColor &c) {
        auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// The box's colour as painted (inside its rounded corners) and its text's contrast on it.
void checkAlertBox(QLabel *box, bool dark)
{
    QVERIFY(box->isVisible());
    const QColor background = box->grab().toImage().pixelColor(box->width() / 2, 2);
    QVERIFY2(dark ? background.lightness() < 100 : background.lightness() > 180, qPrintable(background.name()));
    QVERIFY2(background.red() > background.green() + 10, qPrintable(background.name())); // still a red box
    const QColor text = box->palette().color(box->foregroundRole());
    QVERIFY2(contrast(text, background) >= 4.5, qPrintable(text.name() + QStringLiteral(" on ") + background.name()));
}

// The mean lightness of an icon's drawn pixels.
int glyphLightness(const QIcon &icon)
{
    const QImage image = icon.pixmap(16, 16).toImage();
    int sum = 0, count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (const QColor c = image.pixelColor(x, y); c.alpha() > 128) {
                sum += c.lightness();
                ++count;
            }
    return count > 0 ? sum / count : -1;
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

    void boardAlertsFollowPalette()
    {
        auto seeded = Seeder::seed(database().db(), defaultUser());
        QVERIFY2(seeded, seeded ? "" : qPrintable(seeded.error().text()));
        MainWindow window(database().db(), defaultUser());
        window.resize(1200, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        BoardWidget *board = window.board();
        board->setWipLimit(TaskStatus::Todo, 1); // the sample has more cards to do
        auto *header = board->findChild<QLabel *>(QStringLiteral("header_TODO"));
        QVERIFY(header && header->property("overLimit").toBool());
        Q_EMIT board->board()->errorOccurred(QStringLiteral("The card could not be moved."));
        auto *banner = board->findChild<QLabel *>(QStringLiteral("errorBanner"));
        QVERIFY(banner);
        checkAlertBox(banner, false);
        checkAlertBox(header, false);

        QApplication::setPalette(darkPalette());
        QTRY_VERIFY(banner->grab().toImage().pixelColor(banner->width() / 2, 2).lightness() < 100);
        checkAlertBox(banner, true);
        checkAlertBox(header, true);
        board->setWipLimit(TaskStatus::Todo, 0); // no limit: no red box
        QCOMPARE(header->grab().toImage().pixelColor(header->width() / 2, 2), darkPalette().color(QPalette::Window));
    }

    void fallbackGlyphsFollowPalette()
    {
        // A desktop without an icon theme: the style's glyphs.
        QIcon::setThemeSearchPaths({});
        QIcon::setFallbackSearchPaths({});
        QIcon::setThemeName(QStringLiteral("none"));
        QVERIFY(!QIcon::hasThemeIcon(QStringLiteral("media-playback-start")));
        MainWindow window(database().db(), defaultUser());
        window.resize(1200, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.showView(QStringLiteral("workflows")));
        auto action = [&window](const char *name) {
            const auto actions = window.workflowsView()->workflowActions();
            const auto it = std::find_if(actions.begin(), actions.end(),
                                         [name](QAction *a) { return a->objectName() == QLatin1String(name); });
            return it == actions.end() ? nullptr : *it;
        };
        QAction *run = action("actionRunWorkflow");
        QAction *pause = action("actionToggleWorkflow");
        QVERIFY(run && pause);
        QVERIFY2(glyphLightness(run->icon()) < 100, qPrintable(QString::number(glyphLightness(run->icon()))));

        QApplication::setPalette(darkPalette());
        QTRY_VERIFY2(glyphLightness(run->icon()) > 180, qPrintable(QString::number(glyphLightness(run->icon()))));
        QVERIFY2(glyphLightness(pause->icon()) > 180, qPrintable(QString::number(glyphLightness(pause->icon()))));

        // A window opened under the dark palette starts with light glyphs.
        MainWindow second(database().db(), defaultUser());
        QAction *secondRun = second.workflowsView()->workflowActions().at(2);
        QCOMPARE(secondRun->objectName(), QStringLiteral("actionRunWorkflow"));
        QVERIFY(glyphLightness(secondRun->icon()) > 180);
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
