#include "DatabaseTestCase.h"

#include "MainWindow.h"
#include "db/Database.h"
#include "exchange/Seeder.h"

#include <QDir>
#include <QImage>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace doo;
using namespace doo::test;

// The window on a seeded database on every backend, offscreen: one PNG per view, saved in the
// build tree (DOO_SCREENSHOT_DIR/<backend>/<view>.png), each a real picture. The published
// screenshots (README, the metainfo's <screenshot> URLs) come from tests/screenshots.sh: a real X
// server at 1366x768, light and dark.
class TestScreenshots : public DatabaseTestCase
{
    Q_OBJECT

public:
    TestScreenshots() : DatabaseTestCase(QStringLiteral("director@example.com")) { }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("DirectorOfOneTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_screenshots"));
        QSettings().clear();
    }
    void cleanupTestCase() { QSettings().clear(); }
    void everyView();
};

void TestScreenshots::everyView()
{
    auto &t = database();
    auto seeded = Seeder::seed(t.db(), defaultUser());
    QVERIFY2(seeded, seeded ? "" : qPrintable(seeded.error().text()));
    QVERIFY(seeded->tasks > 0 && seeded->consultations > 0);

    const QString backend = t.db().type() == DbType::PostgreSQL ? QStringLiteral("postgresql") : QStringLiteral("sqlite");
    const QDir dir(QStringLiteral(DOO_SCREENSHOT_DIR "/") + backend);
    QVERIFY(dir.mkpath(QStringLiteral(".")));
    MainWindow w(t.db(), defaultUser());
    w.resize(1200, 760);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const QStringList views{QStringLiteral("board"), QStringLiteral("workflows"), QStringLiteral("consultations"),
                            QStringLiteral("analytics"), QStringLiteral("notifications")};
    for (const QString &view : views) {
        QVERIFY(w.showView(view));
        QTest::qWait(300); // let the view load and the charts settle before the picture
        const QImage image = w.grab().toImage();
        QCOMPARE(image.size() / image.devicePixelRatio(), QSize(1200, 760));
        // A real picture of the view, not a blank window: many colours.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 20, qPrintable(view));
        const QString file = dir.filePath(view + QStringLiteral(".png"));
        QFile::remove(file);
        QVERIFY2(image.save(file), qPrintable(file));
        QVERIFY(QImage(file).size() == image.size());
    }
}

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
