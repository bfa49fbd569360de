// The Consultations table and the Workflows view's runs table fit a window over a 1366×768 screen
// (the offscreen platform's screen file, set up in tests/CMakeLists.txt), in English and in German,
// on the sample data: no sideways scrolling; a text too long for its column ends in "…" and its
// tooltip has it whole (both backends).
#include "Checks.h"
#include "DatabaseTestCase.h"
#include "exchange/Seeder.h"

#include "MainWindow.h"
#include "WorkflowHistoryPanel.h"
#include "WorkflowsView.h"

#include <QApplication>
#include <QGuiApplication>
#include <QHeaderView>
#include <QScopeGuard>
#include <QScreen>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTranslator>

using namespace doo;
using namespace doo::test;

class TestTablesFit : public DatabaseTestCase
{
    Q_OBJECT

public:
    TestTablesFit() : DatabaseTestCase(QStringLiteral("director@example.com")) { }

private:
    // Every shown column of `table` inside its viewport, each at least `minimum` wide.
    static void checkFits(QTableView *table, const char *what)
    {
        QVERIFY2(table && table->isVisible(), what);
        QTRY_COMPARE(table->horizontalScrollBar()->maximum(), 0);
        QVERIFY2(!table->horizontalScrollBar()->isVisible(), what);
        const QHeaderView *header = table->horizontalHeader();
        QVERIFY2(header->length() <= table->viewport()->width(), what);
        for (int c = 0; c < header->count(); ++c)
            if (!header->isSectionHidden(c))
                QVERIFY2(header->sectionSize(c) >= table->fontMetrics().averageCharWidth() * 4,
                         qPrintable(
                             QStringLiteral("%1 column %2: %3 px").arg(QLatin1String(what)).arg(c).arg(header->sectionSize(c))));
        QCOMPARE(table->textElideMode(), Qt::ElideRight);
        QCOMPARE(table->wordWrap(), false);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void tablesFit_data()
    {
        QTest::addColumn<bool>("german");
        QTest::newRow("English") << false;
        QTest::newRow("German") << true;
    }

    void tablesFit()
    {
        QFETCH(bool, german);
        auto seeded = Seeder::seed(database().db(), defaultUser());
        QVERIFY2(seeded, seeded ? "" : qPrintable(seeded.error().text()));
        QTranslator translator;
        const QLocale previous;
        if (german) {
            QVERIFY(translator.load(QStringLiteral(DOO_QM_DIR "/director-of-one_de.qm")));
            QCoreApplication::installTranslator(&translator);
            QLocale::setDefault(QLocale(QStringLiteral("de_DE")));
        }
        const auto restore = qScopeGuard([&] {
            QCoreApplication::removeTranslator(&translator);
            QLocale::setDefault(previous);
        });

        const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
        QCOMPARE(available.width(), 1366);
        MainWindow window(database().db(), defaultUser());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Over the whole screen, title bar included.
        const QMargins frame(window.geometry().left() - window.frameGeometry().left(),
                             window.geometry().top() - window.frameGeometry().top(),
                             window.frameGeometry().right() - window.geometry().right(),
                             window.frameGeometry().bottom() - window.geometry().bottom());
        window.setGeometry(available.marginsRemoved(frame));
        QTRY_COMPARE(window.frameGeometry().width(), 1366);

        QVERIFY(window.showView(QStringLiteral("consultations")));
        auto *consultations = window.findChild<QTableView *>(QStringLiteral("consultationTable"));
        QVERIFY(consultations);
        QVERIFY(consultations->model()->rowCount() > 0);
        checkFits(consultations, "consultations");

        QVERIFY(window.showView(QStringLiteral("workflows")));
        window.workflowsView()->history()->showAllWorkflows(true);
        auto *runs = window.findChild<QTableView *>(QStringLiteral("historyTable"));
        QVERIFY(runs);
        QTRY_VERIFY(runs->model()->rowCount() > 0);
        checkFits(runs, "runs");
    }
};

QTEST_MAIN(TestTablesFit)
#include "tst_tablesfit.moc"
