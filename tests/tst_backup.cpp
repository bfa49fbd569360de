#include "BackupTestHelpers.h"
#include "Checks.h"
#include "CliRunner.h"
#include "DatabaseTestCase.h"

#include "db/AutoBackup.h"
#include "db/DatabaseBackup.h"
#include "db/Migrator.h"
#include "db/Query.h"
#include "db/SqliteApi.h"
#include "exchange/Seeder.h"
#include "repositories/TaskRepository.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace doo;
using namespace doo::test;

// Backups and restores on each backend: the copy verified before it counts, the round trip
// exact, the automatic backups made where they should be and rotated without touching other files.
class TestBackup : public DatabaseTestCase
{
    Q_OBJECT

public:
    TestBackup() : DatabaseTestCase(QStringLiteral("director@example.com")) { }

private:
    QString extension() { return database().url().type == DbType::SQLite ? QStringLiteral("sqlite") : QStringLiteral("pgdump"); }

    void addTasks(int n, const QString &prefix, const User *as = nullptr)
    {
        TaskRepository tasks(database().db(), UserContext::of(as ? *as : defaultUser()));
        for (int i = 0; i < n; ++i) {
            Task t;
            t.title = QStringLiteral("%1 %2").arg(prefix).arg(i);
            CHECK_OK(tasks.create(t));
        }
    }

    // Files of the automatic backups below `root`, of the given reason.
    static QStringList backupsBelow(const QString &root, const QString &reason)
    {
        QStringList found;
        QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
        const QRegularExpression re(QStringLiteral("-backup-\\d{8}-\\d{6}-\\d{3}Z-%1\\.(sqlite|pgdump)$").arg(reason));
        while (it.hasNext()) {
            const QString path = it.next();
            if (re.match(path).hasMatch())
                found << path;
        }
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (!CliRunner::available())
            QSKIP("DOO_CLI is not set; run through ctest");
    }
    void init()
    {
        QVERIFY(m_folder.isValid());
        AutoBackup::setDefaultFolderOverride(m_folder.path() + QStringLiteral("/auto"));
        DatabaseTestCase::init();
    }
    void cleanup()
    {
        DatabaseTestCase::cleanup();
        DatabaseBackup::setAfterCopyHook({});
        AutoBackup::setDefaultFolderOverride({});
        QDir(m_folder.path()).removeRecursively();
        QDir().mkpath(m_folder.path());
    }

    void backupChangeRestoreIsExact();
    void badCopyIsDeleted();
    void rotationKeepsTheLastAndNoForeignFile();
    void backupBeforeMigration();
    void backupBeforeResetAndBigImport();
    void restoreRefusesWithoutTerminalOrBadFile();
    void restoreFromTheOnlyKeptBackup();

private:
    QTemporaryDir m_folder;
};

void TestBackup::backupChangeRestoreIsExact()
{
    CHECK_OK(Seeder::seed(database().db(), defaultUser()));
    const auto before = tableStates(database().db());
    QVERIFY(before.value(QStringLiteral("task")).rows > 0);
    const QString file = m_folder.filePath(QStringLiteral("manual.") + extension());
    const auto report = DatabaseBackup::backup(database().db(), file);
    CHECK_OK(report);
    QCOMPARE(report->rowCounts.value(QStringLiteral("task")), before.value(QStringLiteral("task")).rows);
    QVERIFY(QFileInfo(file).size() > 0);
    QCOMPARE(filesIn(m_folder.path()), QStringList{QFileInfo(file).fileName()}); // no temporary left

    addTasks(3, QStringLiteral("After the backup"));
    {
        Query q(database().db());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM notification")));
    }
    QVERIFY(!(tableStates(database().db()) == before));

    // The command line restores it (the test's own connection closed, as the window closes its own).
    database().close();
    const QString dataHome = m_folder.filePath(QStringLiteral("xdg"));
    CliRunner cli(database(), defaultUser().email);
    cli.setEnv(QStringLiteral("XDG_DATA_HOME"), dataHome);
    const CliRun restored = cli.run({QStringLiteral("db"), QStringLiteral("restore"), file, QStringLiteral("--yes")});
    QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
    QVERIFY(restored.out.contains(QFileInfo(file).fileName()));
    QVERIFY(database().reopen());
    QCOMPARE(tableStates(database().db()), before);
    // The database as it was before the restore is kept among the automatic backups.
    const QStringList kept = backupsBelow(dataHome, QStringLiteral("restore"));
    QCOMPARE(kept.size(), 1);
    QVERIFY2(restored.out.contains(kept.first()), qPrintable(restored.out));
    const auto keptCounts = DatabaseBackup::verifyFile(database().url().type, kept.first());
    CHECK_OK(keptCounts);
    QCOMPARE(keptCounts->value(QStringLiteral("task")), before.value(QStringLiteral("task")).rows + 3);

    // And the command line's backup is the same round trip.
    const QString second = m_folder.filePath(QStringLiteral("cli.") + extension());
    const CliRun backedUp = cli.run({QStringLiteral("db"), QStringLiteral("backup"), second});
    QVERIFY2(backedUp.exitCode == 0, qPrintable(backedUp.err));
    QVERIFY(backedUp.out.contains(QStringLiteral("verified")));
    addTasks(1, QStringLiteral("Later"));
    database().close();
    const CliRun again = cli.run({QStringLiteral("db"), QStringLiteral("restore"), second, QStringLiteral("--yes")});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QVERIFY(database().reopen());
    QCOMPARE(tableStates(database().db()), before);
}

void TestBackup::badCopyIsDeleted()
{
    CHECK_OK(Seeder::seed(database().db(), defaultUser()));
    const bool sqlite = database().url().type == DbType::SQLite;
    DatabaseBackup::setAfterCopyHook([sqlite](const QString &path) {
        QFile f(path);
        if (sqlite) {
            // Garbage over the pages after the first: the header still says "SQLite format 3".
            QVERIFY(f.open(QIODevice::ReadWrite));
            const qint64 size = f.size();
            QVERIFY(size > 3 * 4096);
            f.seek(4096);
            f.write(QByteArray(int(size - 4096), '\x5a'));
        } else {
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.resize(f.size() / 2); // a dump cut off half-way
        }
    });
    const QString file = m_folder.filePath(QStringLiteral("bad.") + extension());
    const auto report = DatabaseBackup::backup(database().db(), file);
    QVERIFY(!report);
    QVERIFY2(report.error().text().contains(QStringLiteral("not verified")), qPrintable(report.error().text()));
    QCOMPARE(filesIn(m_folder.path()), QStringList());
}

void TestBackup::rotationKeepsTheLastAndNoForeignFile()
{
    const QString folder = m_folder.filePath(QStringLiteral("rotation"));
    QVERIFY(QDir().mkpath(folder));
    const QString name = AutoBackup::databaseName(database().url());
    const QStringList foreign = {
        QStringLiteral("notes.txt"),
        QStringLiteral("%1-backup-20000101-000000-000Z-by hand.%2").arg(name, extension()), // not the pattern
        QStringLiteral("other-backup-20000101-000000-000Z-daily.%1").arg(extension()), // another database's
        QStringLiteral("%1-backup-20000101-000000-000Z-daily.txt").arg(name),
    };
    for (const QString &f : foreign) {
        QFile file(QDir(folder).filePath(f));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not ours");
    }
    AutoBackup backups(folder, 3);
    QStringList made;
    for (int i = 0; i < 5; ++i) {
        addTasks(1, QStringLiteral("Round"));
        const auto file = backups.run(database().db(), QStringLiteral("daily"));
        CHECK_OK(file);
        made << *file;
    }
    const QStringList kept = backups.backups(database().url());
    QCOMPARE(kept, (QStringList{made.at(4), made.at(3), made.at(2)}));
    for (const QString &f : foreign)
        QVERIFY2(QFileInfo::exists(QDir(folder).filePath(f)), qPrintable(f));
    QCOMPARE(backups.newestVerified(database().url()), made.at(4));
    // keep is at least one: the newest verified backup is never rotated out.
    AutoBackup(folder, 0).rotate(database().url());
    QCOMPARE(backups.backups(database().url()), QStringList{made.at(4)});
}

void TestBackup::backupBeforeMigration()
{
    const QString auto_ = AutoBackup::defaultFolder();
    // An empty database: nothing to keep.
    QVERIFY(openUnmigrated());
    CHECK_OK(Migrator(database().db()).migrate());
    QCOMPARE(AutoBackup().backups(database().url()), QStringList());

    // A database one migration behind.
    const User owner = database().addUser(QStringLiteral("owner@example.com"), UserRole::Director);
    addTasks(2, QStringLiteral("Before the upgrade"), &owner);
    Migrator migrator(database().db());
    const int latest = migrator.latestVersion();
    {
        Query q(database().db());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM schema_version WHERE version = ?"), {latest}));
    }
    const auto applied = migrator.migrate(); // may fail on objects that exist; the backup comes first
    Q_UNUSED(applied)
    const QStringList made = AutoBackup().backups(database().url());
    QCOMPARE(made.size(), 1);
    QVERIFY(made.first().endsWith(QStringLiteral("-migration.") + extension()));
    const auto counts = DatabaseBackup::verifyFile(database().url().type, made.first());
    CHECK_OK(counts);
    QCOMPARE(counts->value(QStringLiteral("schema_version")), qint64(latest - 1));
    QCOMPARE(counts->value(QStringLiteral("task")), qint64(2));
    QVERIFY(auto_.startsWith(m_folder.path()));
}

void TestBackup::backupBeforeResetAndBigImport()
{
    QTemporaryDir dataHome;
    QVERIFY(dataHome.isValid());
    auto cli = [&](const QStringList &args, const QByteArray &input = {}) {
        CliRunner runner(database(), defaultUser().email);
        runner.setEnv(QStringLiteral("XDG_DATA_HOME"), dataHome.path());
        runner.input = input;
        return runner.run(args);
    };
    // A small import: no backup. More than 1,000 new rows: one before.
    QByteArray small = "title\n";
    for (int i = 0; i < 10; ++i)
        small += "Small " + QByteArray::number(i) + '\n';
    CliRun run = cli(
        {QStringLiteral("import"), QStringLiteral("csv"), QStringLiteral("-"), QStringLiteral("--kind"), QStringLiteral("tasks")},
        small);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(backupsBelow(dataHome.path(), QStringLiteral("import")), QStringList());
    QByteArray big = "title\n";
    for (int i = 0; i < 1001; ++i)
        big += "Big " + QByteArray::number(i) + '\n';
    run = cli(
        {QStringLiteral("import"), QStringLiteral("csv"), QStringLiteral("-"), QStringLiteral("--kind"), QStringLiteral("tasks")},
        big);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QStringList imported = backupsBelow(dataHome.path(), QStringLiteral("import"));
    QCOMPARE(imported.size(), 1);
    const auto beforeImport = DatabaseBackup::verifyFile(database().url().type, imported.first());
    CHECK_OK(beforeImport);
    QCOMPARE(beforeImport->value(QStringLiteral("task")), qint64(10)); // the state before the big import

    run = cli({QStringLiteral("db"), QStringLiteral("reset"), QStringLiteral("--yes")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QStringList reset = backupsBelow(dataHome.path(), QStringLiteral("reset"));
    QCOMPARE(reset.size(), 1);
    const auto beforeReset = DatabaseBackup::verifyFile(database().url().type, reset.first());
    CHECK_OK(beforeReset);
    QCOMPARE(beforeReset->value(QStringLiteral("task")), qint64(1011));
}

void TestBackup::restoreRefusesWithoutTerminalOrBadFile()
{
    const QString file = m_folder.filePath(QStringLiteral("good.") + extension());
    CHECK_OK(DatabaseBackup::backup(database().db(), file));
    addTasks(1, QStringLiteral("Stays"));
    CliRun run = CliRunner(database(), defaultUser().email).run({QStringLiteral("db"), QStringLiteral("restore"), file});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("--yes")), qPrintable(run.err));
    QCOMPARE(database().rowCount(QStringLiteral("task")), 1);

    const QString junk = m_folder.filePath(QStringLiteral("junk.") + extension());
    QFile f(junk);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8192, 'x'));
    f.close();
    run = CliRunner(database(), defaultUser().email)
              .run({QStringLiteral("db"), QStringLiteral("restore"), junk, QStringLiteral("--yes")});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(database().rowCount(QStringLiteral("task")), 1);
    QCOMPARE(AutoBackup().backups(database().url()), QStringList()); // refused before anything

    if (database().db().type() != DbType::SQLite)
        return;
    // Another program's SQLite file is no backup of this database, whatever tables it holds.
    const QString foreign = m_folder.filePath(QStringLiteral("foreign.sqlite"));
    QVERIFY(QFile::copy(file, foreign));
    {
        SqliteApi::Connection connection(foreign, false);
        QVERIFY(connection.handle() && SqliteApi::execute(connection.handle(), "PRAGMA application_id = 1234"));
    }
    run = CliRunner(database(), defaultUser().email)
              .run({QStringLiteral("db"), QStringLiteral("restore"), foreign, QStringLiteral("--yes")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("is not a Director of One database")), qPrintable(run.err));
    QCOMPARE(database().rowCount(QStringLiteral("task")), 1);
    QCOMPARE(AutoBackup().backups(database().url()), QStringList());
}

void TestBackup::restoreFromTheOnlyKeptBackup()
{
    // With one backup kept, the backup of the database as it was must not rotate out the backup
    // being restored.
    AutoBackup::setKeepSetting(1);
    const QString folder = AutoBackup::defaultFolder();
    const auto made = AutoBackup().run(database().db(), QStringLiteral("daily"));
    CHECK_OK(made);
    const auto before = tableStates(database().db());
    addTasks(2, QStringLiteral("Later"));
    database().close();
    const auto restored = DatabaseBackup::restore(database().url(), *made, folder);
    AutoBackup::setKeepSetting(AutoBackup::kDefaultKeep);
    CHECK_OK(restored);
    QVERIFY(database().reopen());
    QCOMPARE(tableStates(database().db()), before);
    QCOMPARE(AutoBackup().backups(database().url()), (QStringList{restored->keptCurrent, *made}));
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
