#include "DatabaseTestCase.h"
#include "EngineTestHelpers.h"

#include "ConsultationsWidget.h"
#include "ExchangeActions.h"
#include "MainWindow.h"
#include "repositories/ConsultationRepository.h"
#include "repositories/TaskRepository.h"
#include "repositories/UserRepository.h"

#include <QAction>
#include <QDialog>
#include <QCheckBox>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace doo;
using namespace doo::test;

namespace {

QMenu *menuNamed(QMenu *menu, const QString &objectName)
{
    for (QAction *a : menu->actions())
        if (a->objectName() == objectName)
            return a->menu();
    return nullptr;
}

QStringList actionNames(const QMenu *menu)
{
    QStringList names;
    for (QAction *a : menu->actions())
        if (!a->isSeparator())
            names << a->objectName();
    return names;
}

} // namespace

// File ▸ Import and File ▸ Export of the main window: every task and consultation import and
// export, the same action objects as the Consultations view's menu (which no longer has the
// task ones), and an import and an export carried out from the menu through the file seam.
class TestExchangeActions : public DatabaseTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("DirectorOfOneTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_exchangeactions"));
    }
    void init()
    {
        QSettings().clear();
        DatabaseTestCase::init();
    }
    void fileMenuHasImportAndExport();
    void taskwarriorImportFromTheFileMenu();
    void taskExportFromTheFileMenu();
    void cancelInTheProgressDialogRollsBack();

private:
    static User localProfile(TestDatabase &t)
    {
        auto user = UserRepository::ensureLocalProfile(t.db());
        if (!user)
            qFatal("%s", qPrintable(user.error().text()));
        return *user;
    }
};

void TestExchangeActions::fileMenuHasImportAndExport()
{
    auto &t = database();
    MainWindow w(t.db(), localProfile(t));
    QMenu *file = w.menuBar()->actions().first()->menu();
    QVERIFY(file);
    QCOMPARE(w.menuBar()->actions().first()->text(), QStringLiteral("&File"));
    QMenu *imports = menuNamed(file, QStringLiteral("menuImport"));
    QMenu *exports = menuNamed(file, QStringLiteral("menuExport"));
    QVERIFY(imports && exports);
    QCOMPARE(actionNames(imports),
             QStringList({QStringLiteral("actionImportTasksCsv"), QStringLiteral("actionImportTaskwarrior"),
                          QStringLiteral("actionImportConsultationsCsv")}));
    QCOMPARE(actionNames(exports),
             QStringList({QStringLiteral("actionExportTasksCsv"), QStringLiteral("actionExportConsultationsCsv"),
                          QStringLiteral("actionExportCalendar")}));
    for (QAction *a : imports->actions() + exports->actions())
        QVERIFY2(a->isSeparator() || a->text().endsWith(QChar(0x2026)), qPrintable(a->text())); // they ask for a file

    // The Consultations view offers the consultations' actions: the very same objects, and no
    // task import or export any more.
    auto *consultations = w.findChild<ConsultationsWidget *>(QStringLiteral("consultationsPage"));
    QVERIFY(consultations);
    QCOMPARE(consultations->exchange(), w.exchangeActions());
    auto *button = consultations->findChild<QToolButton *>(QStringLiteral("exchangeButton"));
    QList<QAction *> shared;
    for (QAction *a : button->menu()->actions())
        if (!a->isSeparator())
            shared << a;
    const QList<QAction *> expected = {w.exchangeActions()->action(ExchangeActions::Id::ImportConsultationsCsv),
                                       w.exchangeActions()->action(ExchangeActions::Id::ExportConsultationsCsv),
                                       w.exchangeActions()->action(ExchangeActions::Id::ExportCalendar)};
    QCOMPARE(shared, expected);
}

void TestExchangeActions::taskwarriorImportFromTheFileMenu()
{
    auto &t = database();
    const User me = localProfile(t);
    MainWindow w(t.db(), me);
    ExchangeActions *exchange = w.exchangeActions();
    QString filter;
    exchange->setFileChooser([&](bool save, const QString &f, const QString &) {
        filter = f;
        return save ? QString() : QStringLiteral(DOO_TEST_DATA "/taskwarrior-export.json");
    });
    QString previewed;
    exchange->setDialogRunner([&](QDialog &d) {
        previewed = d.objectName();
        d.findChild<QCheckBox *>(QStringLiteral("skipInvalidCheck"))->setChecked(true);
        return d.findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled();
    });
    const int before = t.rowCount(QStringLiteral("task"));
    QAction *action = w.findChild<QAction *>(QStringLiteral("actionImportTaskwarrior"));
    QVERIFY(action);
    action->trigger();
    QVERIFY2(filter.contains(QLatin1String("*.json")), qPrintable(filter));
    QCOMPARE(previewed, QStringLiteral("importPreviewDialog"));
    QVERIFY(t.rowCount(QStringLiteral("task")) > before);
    TaskFilter byTitle;
    byTitle.text = QStringLiteral("Prepare board meeting deck");
    QCOMPARE(must(TaskRepository(t.db(), UserContext::of(me)).list(byTitle)).size(), 1);
    QVERIFY2(w.statusBar()->currentMessage().startsWith(QLatin1String("Imported ")), qPrintable(w.statusBar()->currentMessage()));

    // Again: the same export imports nothing twice.
    const int after = t.rowCount(QStringLiteral("task"));
    action->trigger();
    QCOMPARE(t.rowCount(QStringLiteral("task")), after);
}

// A big import shows a progress dialog fed by ExchangeIntents; its Cancel rolls every batch back.
void TestExchangeActions::cancelInTheProgressDialogRollsBack()
{
    auto &t = database();
    const User me = localProfile(t);
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("tasks.csv"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("title\n");
        for (int i = 0; i < 5000; ++i)
            file.write("Task " + QByteArray::number(i) + '\n');
    }
    MainWindow w(t.db(), me);
    ExchangeActions *exchange = w.exchangeActions();
    exchange->setFileChooser([&](bool, const QString &, const QString &) { return path; });
    exchange->setDialogRunner([](QDialog &) { return true; });
    int reports = 0;
    connect(exchange->intents(), &ExchangeIntents::progress, &w, [&](qint64, qint64, int rows) {
        ++reports;
        auto *dialog = w.findChild<QProgressDialog *>(QStringLiteral("importProgressDialog"));
        QVERIFY(dialog);
        if (rows >= 4000)
            dialog->findChild<QPushButton *>()->click();
    });
    const int before = t.rowCount(QStringLiteral("task"));
    w.findChild<QAction *>(QStringLiteral("actionImportTasksCsv"))->trigger();
    QCOMPARE(reports, 4);
    QCOMPARE(t.rowCount(QStringLiteral("task")), before);
    QVERIFY2(w.statusBar()->currentMessage().contains(QLatin1String("cancelled")), qPrintable(w.statusBar()->currentMessage()));
}

void TestExchangeActions::taskExportFromTheFileMenu()
{
    auto &t = database();
    const User me = localProfile(t);
    Task task;
    task.title = QStringLiteral("Exported from the File menu");
    QVERIFY(TaskRepository(t.db(), UserContext::of(me)).create(task));
    MainWindow w(t.db(), me);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tasks.csv"));
    QString suggested;
    w.exchangeActions()->setFileChooser([&](bool save, const QString &, const QString &name) {
        suggested = name;
        return save ? path : QString();
    });
    w.findChild<QAction *>(QStringLiteral("actionExportTasksCsv"))->trigger();
    QCOMPARE(suggested, QStringLiteral("tasks.csv"));
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.readAll().contains("Exported from the File menu"));
    QCOMPARE(w.statusBar()->currentMessage(), QStringLiteral("Exported to %1").arg(path));
}

QTEST_MAIN(TestExchangeActions)
#include "tst_exchangeactions.moc"
