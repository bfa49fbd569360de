#include "BackupTestHelpers.h"
#include "Checks.h"
#include "CliRunner.h"
#include "ConnectionTestHelpers.h"
#include "DatabaseTestCase.h"

#include "BackupActions.h"
#include "MainWindow.h"
#include "StartupScreen.h"
#include "WindowHost.h"
#include "db/AutoBackup.h"
#include "db/SqliteApi.h"
#include "repositories/TaskRepository.h"
#include "workflow/SchedulerThread.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace doo;
using namespace doo::test;

// The window's side of backups: File → Back up… / Restore…, the daily backup, and a damaged
// database at start refused untouched with the newest verified backup offered.
class TestBackupWindow : public DatabaseTestCase
{
    Q_OBJECT

public:
    TestBackupWindow() : DatabaseTestCase(QStringLiteral("director@example.com")) { }

private:
    void addTasks(Database &db, int n, const QString &prefix)
    {
        TaskRepository tasks(db, UserContext::of(defaultUser()));
        for (int i = 0; i < n; ++i) {
            Task t;
            t.title = QStringLiteral("%1 %2").arg(prefix).arg(i);
            CHECK_OK(tasks.create(t));
        }
    }
    // The SQLite file as one file: the log copied in and gone, so that the bytes are all there is.
    static void foldLog(const QString &path)
    {
        SqliteApi::Connection c(path, false);
        QVERIFY(c.handle());
        QVERIFY(SqliteApi::execute(c.handle(), "PRAGMA wal_checkpoint(TRUNCATE)"));
        QVERIFY(SqliteApi::execute(c.handle(), "PRAGMA journal_mode = DELETE"));
    }
    void damagedAtStart(bool notADatabase);
    // Opens as the test's user (the database has users, so there is no local profile).
    WindowHost::Opener opener() const
    {
        const QString email = defaultUser().email;
        return [email](const DatabaseUrl &url, const QString &name) -> Result<WindowHost::Session> {
            auto db = Database::open(url, name);
            if (!db)
                return db.error();
            if (auto applied = Migrator(**db).migrate(); !applied)
                return applied.error();
            auto user = UserRepository::findByEmail(**db, email);
            if (!user)
                return user.error();
            return WindowHost::Session{db.takeValue(), user.takeValue()};
        };
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("DirectorOfOneTest"));
        qRegisterMetaType<MainWindow *>();
        qRegisterMetaType<SchedulerThread *>();
        if (!CliRunner::available())
            QSKIP("DOO_CLI is not set; run through ctest");
    }
    void init()
    {
        QVERIFY(m_folder.isValid());
        AutoBackup::setDefaultFolderOverride(m_folder.path());
        QSettings().remove(QStringLiteral("backup"));
        DatabaseTestCase::init();
    }
    void cleanup()
    {
        DatabaseTestCase::cleanup();
        BackupActions::setFileChooser({});
        AutoBackup::setDefaultFolderOverride({});
        QDir(m_folder.path()).removeRecursively();
        QDir().mkpath(m_folder.path());
    }

    void fileMenuBackUpAndRestore();
    void dailyBackupOncePerDay();
    void damagedFileOffersTheNewestBackup() { damagedAtStart(false); }
    void notADatabaseIsRefusedUntouched() { damagedAtStart(true); }
    void damagedDataIsFoundAfterOpening();

private:
    QTemporaryDir m_folder;
};

void TestBackupWindow::fileMenuBackUpAndRestore()
{
    addTasks(database().db(), 4, QStringLiteral("Backed up"));
    const auto before = tableStates(database().db());
    database().close(); // the window is the only program on the database

    WindowHost host(opener(), nullptr);
    host.setSchedulerEnabled(false);
    QSignalSpy shown(&host, &WindowHost::windowShown);
    host.start(database().url());
    QTRY_COMPARE(shown.count(), 1);
    const QString file = m_folder.filePath(database().url().type == DbType::SQLite ? QStringLiteral("mine.sqlite")
                                                                                   : QStringLiteral("mine.pgdump"));
    BackupActions::setFileChooser([file](bool) { return file; });
    host.window()->findChild<QAction *>(QStringLiteral("actionBackUp"))->trigger();
    QVERIFY(QFileInfo(file).size() > 0);

    addTasks(*host.database(), 2, QStringLiteral("After the backup"));
    QVERIFY(!(tableStates(*host.database()) == before));
    QPointer<MainWindow> first = host.window();
    first->findChild<QAction *>(QStringLiteral("actionRestore"))->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 2, 30000);
    QTRY_VERIFY(!first);
    QVERIFY(host.window());
    QCOMPARE(host.database()->url().text(), database().url().text());
    QCOMPARE(tableStates(*host.database()), before);
    QCOMPARE(AutoBackup().backups(database().url()).size(), 1); // the database as it was, kept
}

void TestBackupWindow::dailyBackupOncePerDay()
{
    database().close();
    WindowHost host(opener(), nullptr);
    host.setSchedulerEnabled(false);
    QSignalSpy shown(&host, &WindowHost::windowShown);
    host.start(database().url());
    QTRY_COMPARE(shown.count(), 1);
    host.runDailyBackup();
    QStringList made = AutoBackup().backups(database().url());
    QCOMPARE(made.size(), 1);
    QVERIFY(made.first().contains(QStringLiteral("Z-daily.")));
    host.runDailyBackup(); // the same day: nothing more
    QCOMPARE(AutoBackup().backups(database().url()), made);
}

void TestBackupWindow::damagedAtStart(bool notADatabase)
{
    if (database().url().type != DbType::SQLite)
        QSKIP("a damaged file is a SQLite matter");
    const QString path = database().url().path;
    // The data folder the command line finds with this XDG_DATA_HOME; the window's backups too.
    const QString dataHome = m_folder.filePath(QStringLiteral("xdg"));
    const QString dataFolder = dataHome + QStringLiteral("/DirectorOfOne/director-of-one");
    AutoBackup::setDefaultFolderOverride(dataFolder);
    addTasks(database().db(), 30, QStringLiteral("Kept"));
    const auto before = tableStates(database().db());
    QString backup;
    if (!notADatabase) {
        const auto made = AutoBackup().run(database().db(), QStringLiteral("daily"));
        CHECK_OK(made);
        backup = *made;
    }
    database().close();
    foldLog(path);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        if (notADatabase) {
            f.resize(0);
            f.write(QByteArray("These are my notes, not a database.\n").repeated(200));
        } else {
            QVERIFY(f.size() > 4 * 4096);
            f.seek(2 * 4096); // the first pages (the schema) stay: it is a database, a damaged one
            f.write(QByteArray(int(f.size() - 2 * 4096), '\x5a'));
        }
    }
    const QByteArray bytes = fileBytes(path);

    // The command line refuses it and names the way back.
    CliRunner cli(database());
    cli.setEnv(QStringLiteral("XDG_DATA_HOME"), dataHome);
    const CliRun status = cli.run({QStringLiteral("db"), QStringLiteral("status")});
    QCOMPARE(status.exitCode, 1);
    QVERIFY2(status.err.contains(notADatabase ? QStringLiteral("not a SQLite database") : QStringLiteral("damaged")),
             qPrintable(status.err));
    QVERIFY2(status.err.contains(QStringLiteral("director-of-one db restore FILE")), qPrintable(status.err));
    QVERIFY2(notADatabase ? status.err.contains(QStringLiteral("there is no backup")) : status.err.contains(backup),
             qPrintable(status.err));
    QCOMPARE(fileBytes(path), bytes);

    // The window shows the start-up screen with the newest verified backup: a file that is no
    // database at once, a damaged one when the check of every page after opening finds it (opening
    // reads only the schema, which these bytes left intact).
    WindowHost host(opener(), nullptr);
    host.setSchedulerEnabled(false);
    QSignalSpy failed(&host, &WindowHost::startFailed);
    QSignalSpy shown(&host, &WindowHost::windowShown);
    host.start(database().url());
    QTRY_COMPARE(failed.count(), 1);
    const int shownBefore = int(shown.count()); // these bytes reach into the schema: refused at opening
    QVERIFY(shownBefore <= 1);
    QVERIFY(!host.window());
    QCOMPARE(fileBytes(path), bytes);
    StartupScreen *screen = host.startupScreen();
    QVERIFY(screen && screen->isVisible());
    auto *label = screen->findChild<QLabel *>(QStringLiteral("startupBackup"));
    auto *restore = screen->findChild<QPushButton *>(QStringLiteral("startupRestoreBackup"));
    QVERIFY(label->isVisible());
    if (notADatabase) {
        QVERIFY(!restore->isVisible());
        QVERIFY(label->text().contains(QStringLiteral("no verified backup")));
        return;
    }
    QVERIFY2(label->text().contains(backup), qPrintable(label->text()));
    QVERIFY(restore->isVisible());
    restore->click();
    QTRY_COMPARE(shown.count(), shownBefore + 1);
    QCOMPARE(tableStates(*host.database()), before);
    // The damaged file is kept as it was, beside the backups.
    const QStringList kept = QDir(dataFolder).entryList({QStringLiteral("*-damaged-*.sqlite")});
    QCOMPARE(kept.size(), 1);
    QCOMPARE(fileBytes(QDir(dataFolder).filePath(kept.first())), bytes);
}

// Damage in the data pages only: opening reads the schema and lets the window come up at once
// (start-up does not grow with the data); its check of every page on a thread of its own then finds
// the damage, closes the window before the scheduler starts and shows the start-up screen.
void TestBackupWindow::damagedDataIsFoundAfterOpening()
{
    if (database().url().type != DbType::SQLite)
        QSKIP("a damaged file is a SQLite matter");
    const QString path = database().url().path;
    addTasks(database().db(), 400, QStringLiteral("Many"));
    database().close();
    {
        // The log copied into the file; the file stays in WAL mode, as the program keeps its files.
        SqliteApi::Connection c(path, false);
        QVERIFY(SqliteApi::execute(c.handle(), "PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() > 40 * 4096);
        f.seek(f.size() - 3 * 4096);
        f.write(QByteArray(3 * 4096, '\x5a'));
    }
    const QByteArray bytes = fileBytes(path);
    QVERIFY2(Database::checkFile(database().url(), false), "the schema must still read");
    const Status everyPage = Database::checkFile(database().url(), true);
    QVERIFY(!everyPage);
    QCOMPARE(everyPage.error().kind, Error::Kind::Damaged);

    WindowHost host(opener(), nullptr);
    QSignalSpy failed(&host, &WindowHost::startFailed);
    QSignalSpy shown(&host, &WindowHost::windowShown);
    QSignalSpy scheduler(&host, &WindowHost::schedulerChanged);
    host.start(database().url());
    QCOMPARE(shown.count(), 1); // at once, before the check
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY(!host.window());
    QCOMPARE(scheduler.count(), 0); // never started on the damaged file
    QVERIFY(host.startupScreen() && host.startupScreen()->isVisible());
    QCOMPARE(fileBytes(path), bytes);
}

QTEST_MAIN(TestBackupWindow)
#include "tst_backupwindow.moc"
