#include "Checks.h"
#include "DatabaseTestCase.h"
#include "EngineTestHelpers.h"

#include "ConsultationActionDialog.h"
#include "ConsultationDialog.h"
#include "ConsultationStatsPanel.h"
#include "ConsultationsWidget.h"
#include "ExchangeActions.h"
#include "itemmodels/ConsultationFilterProxy.h"
#include "repositories/ConsultationRepository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace doo;
using namespace doo::test;

// The Consultations view offscreen: table, filters, actions through the dialogs' seam, the
// detail pane, the statistics and the CSV import preview.
class TestConsultationsWidget : public DatabaseTestCase
{
    Q_OBJECT

public:
    TestConsultationsWidget() : DatabaseTestCase(QStringLiteral("d@example.com"), UserRole::Director) { }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void tableFiltersAndActions();
    void importPreview();
    void humanNames();
};

void TestConsultationsWidget::tableFiltersAndActions()
{
    auto &t = database();
    const User &u = defaultUser();
    ConsultationRepository repo(t.db(), UserContext::of(u));
    Consultation c;
    c.name = QStringLiteral("Ada Lovelace");
    c.email = QStringLiteral("ada@example.com");
    c.company = QStringLiteral("Engines");
    const Consultation ada = must(repo.create(c));
    const QDateTime ten = QDateTime(QDate(2031, 3, 10), QTime(10, 0), Qt::UTC);
    CHECK_OK(repo.schedule(ada.id, ten));
    c.name = QStringLiteral("Bob Builder");
    c.email = QStringLiteral("bob@example.com");
    c.company = QStringLiteral("Bricks");
    const Consultation bob = must(repo.create(c));

    ConsultationsWidget w(t.db(), u);
    QAbstractItemModelTester tester(w.table()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    w.resize(1200, 800);
    w.show();
    QCOMPARE(w.table()->model()->rowCount(), 2);
    QCOMPARE(w.stats()->figure(QStringLiteral("total")), QStringLiteral("2"));
    QCOMPARE(w.stats()->chartBars(), 12);

    // Filters: status, then text.
    auto *status = w.findChild<QComboBox *>(QStringLiteral("statusFilter"));
    status->setCurrentIndex(status->findData(QStringLiteral("SCHEDULED")));
    QCOMPARE(w.table()->model()->rowCount(), 1);
    status->setCurrentIndex(0);
    w.findChild<QLineEdit *>(QStringLiteral("searchEdit"))->setText(QStringLiteral("bRiCk"));
    QCOMPARE(w.table()->model()->rowCount(), 1);
    w.findChild<QLineEdit *>(QStringLiteral("searchEdit"))->clear();

    // Schedule Bob at 10:30: the dialog warns about Ada's meeting; the change is saved.
    QString warning;
    w.setDialogRunner([&](QDialog &d) {
        auto *when = d.findChild<QDateTimeEdit *>(QStringLiteral("whenEdit"));
        if (!when)
            return false;
        when->setDateTime(ten.addSecs(1800).toLocalTime());
        warning = d.findChild<QLabel *>(QStringLiteral("warningLabel"))->text();
        return true;
    });
    QVERIFY(w.selectConsultation(bob.id));
    QVERIFY(w.detail()->button(ConsultationDetailPane::Action::Schedule)->isEnabled());
    QVERIFY(!w.detail()->button(ConsultationDetailPane::Action::Complete)->isEnabled());
    w.detail()->button(ConsultationDetailPane::Action::Schedule)->click();
    QVERIFY2(warning.contains(ada.bookingId), qPrintable(warning));
    QCOMPARE(must(repo.findById(bob.id)).scheduledDate, ten.addSecs(1800));
    QVERIFY(w.findChild<QLabel *>(QStringLiteral("messageLabel"))->text().contains(ada.bookingId));
    QCOMPARE(w.stats()->figure(QStringLiteral("scheduled")), QStringLiteral("2"));
    QCOMPARE(w.detail()->findChild<QListWidget *>(QStringLiteral("historyList"))->count(), 2);

    // Cancel needs a reason: without one the dialog's button stays disabled.
    w.setDialogRunner([&](QDialog &d) {
        auto *ok = d.findChild<QPushButton *>(QStringLiteral("okButton"));
        if (ok->isEnabled())
            return false;
        d.findChild<QPlainTextEdit *>(QStringLiteral("textEdit"))->setPlainText(QStringLiteral("Went elsewhere"));
        return ok->isEnabled();
    });
    w.detail()->button(ConsultationDetailPane::Action::Cancel)->click();
    QCOMPARE(must(repo.findById(bob.id)).status, ConsultationStatus::Cancelled);
    QVERIFY(!w.detail()->button(ConsultationDetailPane::Action::Complete)->isEnabled());

    // Linked task.
    w.setDialogRunner([](QDialog &d) {
        d.findChild<QLineEdit *>(QStringLiteral("taskTitleEdit"))->setText(QStringLiteral("Send the brochure"));
        return true;
    });
    w.detail()->button(ConsultationDetailPane::Action::AddTask)->click();
    auto *linked = w.detail()->findChild<QListWidget *>(QStringLiteral("linkedTasksList"));
    QCOMPARE(linked->count(), 1);
    QCOMPARE(linked->item(0)->text(), QStringLiteral("[To do] Send the brochure"));

    // New request: Save stays disabled until the email is valid.
    bool wasDisabled = false;
    w.setDialogRunner([&](QDialog &d) {
        d.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Cy"));
        d.findChild<QLineEdit *>(QStringLiteral("emailEdit"))->setText(QStringLiteral("cy@"));
        wasDisabled = !d.findChild<QPushButton *>(QStringLiteral("saveButton"))->isEnabled();
        d.findChild<QLineEdit *>(QStringLiteral("emailEdit"))->setText(QStringLiteral("cy@example.com"));
        return d.findChild<QPushButton *>(QStringLiteral("saveButton"))->isEnabled();
    });
    w.newRequest();
    QVERIFY(wasDisabled);
    QCOMPARE(w.table()->model()->rowCount(), 3);
    QCOMPARE(must(repo.findById(w.selectedId())).name, QStringLiteral("Cy"));
    QCOMPARE(w.stats()->figure(QStringLiteral("pending")), QStringLiteral("1"));
}

void TestConsultationsWidget::importPreview()
{
    auto &t = database();
    const User &u = defaultUser();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("in.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("name,email\nAnn,ann@example.com\nBad,not-an-email\n");
    f.close();
    ConsultationsWidget w(t.db(), u);
    w.exchange()->setFileChooser([&](bool, const QString &, const QString &) { return path; });
    bool importWasDisabled = false;
    w.exchange()->setDialogRunner([&](QDialog &d) {
        auto *import = d.findChild<QPushButton *>(QStringLiteral("importButton"));
        importWasDisabled = !import->isEnabled();
        d.findChild<QCheckBox *>(QStringLiteral("skipInvalidCheck"))->setChecked(true);
        return import->isEnabled();
    });
    w.exchange()->action(ExchangeActions::Id::ImportConsultationsCsv)->trigger(); // the view's own menu
    QVERIFY(importWasDisabled);
    QCOMPARE(t.rowCount(QStringLiteral("consultation")), 1);
    QCOMPARE(w.table()->model()->rowCount(), 1);
}

// Statuses as a person reads them: the detail pane, the table, the status filter (stored name as
// its data) and the linked tasks; in German through the built .qm (a task status it translates).
void TestConsultationsWidget::humanNames()
{
    auto &t = database();
    const User &u = defaultUser();
    ConsultationRepository repo(t.db(), UserContext::of(u));
    Consultation c;
    c.name = QStringLiteral("Ada Lovelace");
    c.email = QStringLiteral("ada@example.com");
    const Consultation ada = must(repo.create(c));
    CHECK_OK(repo.schedule(ada.id, QDateTime(QDate(2031, 3, 10), QTime(10, 0), Qt::UTC)));

    ConsultationsWidget w(t.db(), u);
    w.show();
    QVERIFY(w.selectConsultation(ada.id));
    const QString details = w.detail()->findChild<QLabel *>(QStringLiteral("detailText"))->text();
    QVERIFY2(details.contains(QLatin1String("Scheduled")) && !details.contains(QLatin1String("SCHEDULED")), qPrintable(details));
    QAbstractItemModel *model = w.table()->model();
    int statusColumn = -1;
    for (int column = 0; column < model->columnCount(); ++column)
        if (model->headerData(column, Qt::Horizontal).toString() == QLatin1String("Status"))
            statusColumn = column;
    QVERIFY(statusColumn >= 0);
    QCOMPARE(model->index(0, statusColumn).data().toString(), QStringLiteral("Scheduled"));
    auto *filter = w.findChild<QComboBox *>(QStringLiteral("statusFilter"));
    QCOMPARE(filter->itemText(filter->findData(QStringLiteral("PENDING"))), QStringLiteral("Pending"));
    QCOMPARE(filter->itemText(filter->findData(QStringLiteral("CANCELLED"))), QStringLiteral("Cancelled"));

    w.setDialogRunner([](QDialog &d) {
        d.findChild<QLineEdit *>(QStringLiteral("taskTitleEdit"))->setText(QStringLiteral("Send the brochure"));
        return true;
    });
    w.detail()->button(ConsultationDetailPane::Action::AddTask)->click();
    auto *linked = w.detail()->findChild<QListWidget *>(QStringLiteral("linkedTasksList"));
    QCOMPARE(linked->count(), 1);
    QCOMPARE(linked->item(0)->text(), QStringLiteral("[To do] Send the brochure"));

    QTranslator german;
    QVERIFY(german.load(QStringLiteral(DOO_DE_QM)));
    QVERIFY(QCoreApplication::installTranslator(&german));
    ConsultationsWidget inGerman(t.db(), u);
    inGerman.show();
    QVERIFY(inGerman.selectConsultation(ada.id));
    const QString shown = inGerman.detail()->findChild<QListWidget *>(QStringLiteral("linkedTasksList"))->item(0)->text();
    QCoreApplication::removeTranslator(&german);
    QCOMPARE(shown, QStringLiteral("[Zu erledigen] Send the brochure"));
}

QTEST_MAIN(TestConsultationsWidget)
#include "tst_consultationswidget.moc"
