// A full disk under a SQLite database, two ways: "tmpfs", for real, the database copied onto a
// small tmpfs (mounted by the test; it needs root or CAP_SYS_ADMIN and skips without), the free
// space then taken by another file; and "injected", never skipped, the programs given a small disk
// by the library doo_faultdisk (LD_PRELOAD; support/FaultDisk.h): the same steps, the free space
// set in its control file. An import and a scheduler's run that do not fit fail with a message
// that says the disk is full and names the database; the scheduler goes on running, and once
// there is space again its next run succeeds; the file passes its integrity check with every
// earlier row.

#include "Checks.h"
#include "CliRunner.h"
#include "DatabaseTestCase.h"
#include "EngineTestHelpers.h"
#include "FaultDisk.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTest>

#include <dlfcn.h>
#include <fcntl.h>
#include <sys/mount.h>
#include <unistd.h>

#include <memory>

using namespace doo;
using namespace doo::test;

namespace {
constexpr int kEarlier = 20;

// What the program must say: the disk is full, and which database.
bool saysDiskFull(const QString &text, const QString &path)
{
    return text.contains(QLatin1String("disk")) && text.contains(QLatin1String("full")) && text.contains(path);
}
} // namespace

class TestFaultDiskFull : public DatabaseTestCase
{
    Q_OBJECT

public:
    TestFaultDiskFull() : DatabaseTestCase(QStringLiteral("d@example.com")) { }

private Q_SLOTS:
    void initTestCase()
    {
        if (!CliRunner::available())
            QSKIP("DOO_CLI is not set; run through ctest");
    }
    void cleanup()
    {
        if (m_mounted)
            ::umount2(qPrintable(m_diskDir->path()), MNT_DETACH);
        m_mounted = false;
        m_diskDir.reset();
        m_controlDir.reset();
        DatabaseTestCase::cleanup();
    }

    void fullDiskRefusesAndGoesOn_data()
    {
        QTest::addColumn<bool>("injected");
        QTest::newRow("tmpfs") << false;
        QTest::newRow("injected") << true;
    }
    void fullDiskRefusesAndGoesOn();
    void injectedDiskIsSmall();

private:
    // The small disk: a 4 MiB tmpfs on m_diskDir (false when this process may not mount one), or
    // the injected one, not full until fillDisk().
    bool prepareDisk(bool injected)
    {
        m_diskDir = std::make_unique<QTemporaryDir>();
        m_controlDir = std::make_unique<QTemporaryDir>();
        if (!m_diskDir->isValid() || !m_controlDir->isValid())
            return false;
        if (injected) {
            m_freeFile = m_controlDir->filePath(QStringLiteral("free"));
            return true;
        }
        m_freeFile.clear();
        m_mounted = ::mount("tmpfs", qPrintable(m_diskDir->path()), "tmpfs", 0, "size=4m,mode=0700") == 0;
        return m_mounted;
    }
    // Takes all but `leaveKiB` of the free space: a file of its own on the tmpfs, the number in
    // the control file of the injected disk.
    bool fillDisk(qint64 leaveKiB)
    {
        if (!m_freeFile.isEmpty())
            return setDiskFree(m_freeFile, leaveKiB * 1024);
        QFile filler(m_diskDir->filePath(QStringLiteral("filler")));
        if (!filler.open(QIODevice::WriteOnly | QIODevice::Append))
            return false;
        const QByteArray block(4096, 'x');
        QStorageInfo disk(m_diskDir->path());
        while (true) {
            disk.refresh();
            if (disk.bytesAvailable() <= leaveKiB * 1024)
                return true;
            if (filler.write(block) != block.size() || !filler.flush())
                return false;
        }
    }
    // Space again: the filler removed, or the injected disk no longer full.
    bool freeDisk() { return QFile::remove(m_freeFile.isEmpty() ? m_diskDir->filePath(QStringLiteral("filler")) : m_freeFile); }
    CliRunner cli()
    {
        CliRunner runner;
        runner.database = QStringLiteral("sqlite:") + m_dbPath;
        runner.user = defaultUser().email;
        runner.timeoutMs = 120000;
        if (!m_freeFile.isEmpty())
            onFaultDisk(runner, m_diskDir->path(), m_freeFile);
        return runner;
    }
    std::unique_ptr<Database> openCopy()
    {
        auto db = Database::open(must(DatabaseUrl::parse(QStringLiteral("sqlite:") + m_dbPath)), QStringLiteral("copy"));
        return db ? db.takeValue() : nullptr;
    }

    std::unique_ptr<QTemporaryDir> m_diskDir;
    std::unique_ptr<QTemporaryDir> m_controlDir;
    QString m_freeFile; // the injected disk's control file; empty on the tmpfs
    bool m_mounted = false;
    QString m_dbPath;
};

void TestFaultDiskFull::fullDiskRefusesAndGoesOn()
{
    QFETCH_GLOBAL(QString, backend);
    if (backend != QLatin1String("sqlite"))
        QSKIP("the database server's disk is the server's own matter");
    QFETCH(bool, injected);
    if (!prepareDisk(injected)) {
        QVERIFY2(!injected, "no temporary folder for the injected disk");
        QSKIP("cannot mount a tmpfs here (needs root or CAP_SYS_ADMIN)");
    }
    auto &t = database();
    const User &u = defaultUser();
    setTimeZone(t.db(), u, QStringLiteral("UTC"));
    // Due in a few seconds: one run too big for the space left, then a small one.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString bigActions;
    const QString longText = QStringLiteral("A long description that takes room. ").repeated(250).left(9000);
    for (int i = 0; i < 6; ++i) // 54 KB, under the 64 KiB limit of a workflow's actions
        bigActions += QStringLiteral("%1{\"type\":\"create_task\",\"title\":\"Big %2\",\"description\":\"%3\"}")
                          .arg(i ? QStringLiteral(",") : QString())
                          .arg(i)
                          .arg(longText);
    const auto big = addWorkflow(t.db(), u, QStringLiteral("Big"), QStringLiteral("{\"type\":\"interval\",\"minutes\":60}"),
                                 QLatin1Char('[') + bigActions + QLatin1Char(']'), 5, now.addSecs(3));
    CHECK_OK(big);
    const auto small = addWorkflow(t.db(), u, QStringLiteral("Small"), QStringLiteral("{\"type\":\"interval\",\"minutes\":60}"),
                                   QStringLiteral("[{\"type\":\"create_task\",\"title\":\"Small one\"}]"), 5, now.addSecs(9));
    CHECK_OK(small);
    m_dbPath = m_diskDir->filePath(QStringLiteral("doo.sqlite"));
    {
        Query copy(t.db());
        QVERIFY2(copy.exec(QStringLiteral("VACUUM INTO '%1'").arg(m_dbPath)), qPrintable(copy.error().text()));
    }
    QStringList earlier;
    for (int i = 0; i < kEarlier; ++i) {
        earlier << QStringLiteral("Earlier %1").arg(i);
        const CliRun added = cli().run({QStringLiteral("task"), QStringLiteral("add"), earlier.last()});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    }

    QVERIFY(fillDisk(24));
    // An import that does not fit: refused with the reason, nothing of it written.
    QTemporaryDir csvDir;
    QByteArray csv = "title,description\n";
    for (int i = 0; i < 400; ++i)
        csv += QStringLiteral("Imported %1,%2\n").arg(i).arg(longText.left(3000)).toUtf8();
    CliRunner importer = cli();
    importer.input = csv;
    const CliRun imported = importer.run({QStringLiteral("import"), QStringLiteral("csv"), QStringLiteral("-"),
                                          QStringLiteral("--kind"), QStringLiteral("tasks")});
    QCOMPARE(imported.exitCode, 1);
    QVERIFY2(saysDiskFull(imported.err, m_dbPath), qPrintable(imported.err));
    // Its message alone: the failed statement and the driver's words are logged at info only.
    QVERIFY2(!imported.err.contains(QLatin1String("database or disk is full")), qPrintable(imported.err));

    // The scheduler: the big run fails for want of space, the scheduler goes on, and the small run
    // due after the space came back succeeds.
    QObject owner;
    QProcess *scheduler = cli().start({QStringLiteral("scheduler")}, &owner);
    QVERIFY(scheduler->waitForStarted());
    QString printed;
    const auto output = [&] {
        printed += QString::fromUtf8(scheduler->readAllStandardOutput());
        printed += QString::fromUtf8(scheduler->readAllStandardError());
        return printed;
    };
    QTRY_VERIFY2_WITH_TIMEOUT(saysDiskFull(output(), m_dbPath), qPrintable(printed), 30000);
    // Kept full for a while: the scheduler waits longer after each failed pass, it does not spin.
    QTest::qWait(3000);
    QVERIFY2(scheduler->state() == QProcess::Running, qPrintable(output()));
    // The injected disk is the library's doing: it is loaded (without it the import above and
    // the big run would succeed, and this test fail).
    if (injected)
        QVERIFY(faultDiskLoadedIn(scheduler->processId()));
    QVERIFY2(output().count(QLatin1String("Free some space")) <= 5, qPrintable(printed));
    QVERIFY(freeDisk());
    QTRY_VERIFY2_WITH_TIMEOUT(output().contains(QLatin1String("Small")), qPrintable(printed), 30000);
    qInfo("%s", qPrintable(output()));
    QVERIFY2(scheduler->state() == QProcess::Running, qPrintable(output()));
    scheduler->terminate();
    QVERIFY(scheduler->waitForFinished(30000));
    QVERIFY2(scheduler->exitStatus() == QProcess::NormalExit && scheduler->exitCode() == 0,
             scheduler->readAllStandardError().constData());

    // The file is whole, every earlier row there, nothing of the failed writes.
    auto copy = openCopy();
    QVERIFY(copy);
    QCOMPARE(scalar(*copy, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    for (const QString &title : std::as_const(earlier))
        QCOMPARE(count(*copy, QStringLiteral("SELECT count(*) FROM task WHERE title = ?"), {title}), 1);
    QCOMPARE(count(*copy, QStringLiteral("SELECT count(*) FROM task WHERE title LIKE 'Imported %'")), 0);
    // The big run either failed for want of space (nothing of it saved) or, never claimed while
    // the disk was full, ran once there was room: its tasks are those its successful runs report.
    QCOMPARE(count(*copy, QStringLiteral("SELECT count(*) FROM task WHERE title LIKE 'Big %'")),
             count(*copy,
                   QStringLiteral("SELECT coalesce(sum(tasks_created), 0) FROM workflow_execution "
                                  "WHERE status = 'SUCCESS' AND workflow_id = ?"),
                   {big->id}));
    QCOMPARE(count(*copy,
                   QStringLiteral("SELECT count(*) FROM workflow_execution WHERE status = 'FAILED' "
                                  "AND error NOT LIKE '%disk%full%'")),
             0);
    QCOMPARE(count(*copy, QStringLiteral("SELECT count(*) FROM task WHERE title = 'Small one'")), 1);
    QCOMPARE(count(*copy, QStringLiteral("SELECT count(*) FROM workflow_execution WHERE status = 'RUNNING'")), 0);
    // Once there is room again, the command line writes as before.
    const CliRun after = cli().run({QStringLiteral("task"), QStringLiteral("add"), QStringLiteral("After")});
    QVERIFY2(after.exitCode == 0, qPrintable(after.err));
}

// The injected disk itself, its wrappers called in this process (loaded with dlopen): a write that
// makes a file grow takes the growth from the free bytes and fails with ENOSPC, writing nothing,
// when there are too few; writes inside the file always work; a file made smaller gives its space
// back; files outside the folder are not its concern.
void TestFaultDiskFull::injectedDiskIsSmall()
{
    QFETCH_GLOBAL(QString, backend);
    if (backend != QLatin1String("sqlite"))
        QSKIP("a matter of files, not of the backend");
    QTemporaryDir disk;
    QTemporaryDir outside;
    QTemporaryDir control;
    QVERIFY(disk.isValid() && outside.isValid() && control.isValid());
    void *library = dlopen(DOO_FAULTDISK_LIB, RTLD_NOW | RTLD_LOCAL);
    QVERIFY2(library, dlerror());
    const auto unload = qScopeGuard([library] { dlclose(library); });
    using WriteFn = ssize_t (*)(int, const void *, size_t);
    using PwriteFn = ssize_t (*)(int, const void *, size_t, off_t);
    using TruncateFn = int (*)(int, off_t);
    const auto write = reinterpret_cast<WriteFn>(dlsym(library, "write"));
    const auto pwrite = reinterpret_cast<PwriteFn>(dlsym(library, "pwrite64"));
    const auto ftruncate = reinterpret_cast<TruncateFn>(dlsym(library, "ftruncate64"));
    QVERIFY(write && pwrite && ftruncate);
    const QString freeFile = control.filePath(QStringLiteral("free"));
    qputenv("DOO_FAULTDISK_DIR", disk.path().toLocal8Bit());
    qputenv("DOO_FAULTDISK_FREE", freeFile.toLocal8Bit());
    const auto unset = qScopeGuard([] {
        qunsetenv("DOO_FAULTDISK_DIR");
        qunsetenv("DOO_FAULTDISK_FREE");
    });
    const auto freeBytes = [&freeFile] {
        QFile file(freeFile);
        return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed().toLongLong() : -1;
    };
    const auto size = [](int fd) { return qint64(::lseek(fd, 0, SEEK_END)); };
    const QByteArray block(1000, 'x');

    const int fd = ::open(qPrintable(disk.filePath(QStringLiteral("data"))), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    QVERIFY(fd >= 0);
    const auto closeFd = qScopeGuard([fd] { ::close(fd); });
    QCOMPARE(pwrite(fd, block.constData(), 1000, 0), ssize_t(1000)); // not full: no control file
    QVERIFY(setDiskFree(freeFile, 1500));
    QCOMPARE(pwrite(fd, block.constData(), 1000, 500), ssize_t(1000)); // 500 bytes of it new
    QCOMPARE(freeBytes(), 1000);
    QCOMPARE(pwrite(fd, block.constData(), 1000, 0), ssize_t(1000)); // inside: always
    QCOMPARE(freeBytes(), 1000);
    errno = 0;
    QCOMPARE(pwrite(fd, block.constData(), 1000, 1501), ssize_t(-1)); // 1001 bytes more
    QCOMPARE(errno, ENOSPC);
    QCOMPARE(size(fd), 1500); // nothing of it written
    QCOMPARE(freeBytes(), 1000);
    QCOMPARE(write(fd, block.constData(), 1000), ssize_t(1000)); // at the offset: the end, where size() left it
    QCOMPARE(freeBytes(), 0);
    errno = 0;
    QCOMPARE(write(fd, block.constData(), 1), ssize_t(-1));
    QCOMPARE(errno, ENOSPC);
    QCOMPARE(ftruncate(fd, 500), 0); // 2000 bytes back
    QCOMPARE(freeBytes(), 2000);
    QCOMPARE(ftruncate(fd, 100000), 0); // sparse: takes nothing
    QCOMPARE(freeBytes(), 2000);

    const int other = ::open(qPrintable(outside.filePath(QStringLiteral("data"))), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    QVERIFY(other >= 0);
    const auto closeOther = qScopeGuard([other] { ::close(other); });
    QCOMPARE(pwrite(other, QByteArray(5000, 'y').constData(), 5000, 0), ssize_t(5000));
    QCOMPARE(freeBytes(), 2000);
    QVERIFY(QFile::remove(freeFile)); // space again
    QCOMPARE(pwrite(fd, block.constData(), 1000, 200000), ssize_t(1000));
}

QTEST_GUILESS_MAIN(TestFaultDiskFull)
#include "tst_faultdiskfull.moc"
