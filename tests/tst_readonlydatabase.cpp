#include "Checks.h"
#include "CliRunner.h"

#include "MainWindow.h"
#include "db/Database.h"
#include "db/DatabaseFile.h"
#include "repositories/TaskRepository.h"
#include "repositories/UserRepository.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace doo;
using namespace doo::test;

// A SQLite file this process may only read (the file 0444 in a 0555 folder, so no -wal or -shm
// can be made): reading commands and the window work, writes are refused with a message naming
// the file, and the file stays as it was. Permissions stop no superuser: run as root, the program
// runs as the user nobody (setpriv), and the window's connection is opened with nobody as the
// effective user — the kernel's real answer either way. A SQLite file's matter, so SQLite only.
class TestReadOnlyDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void readingCommandsWork();
    void writingCommandsAreRefused();
    void windowOpensReadOnly();
    void writableFileIsNotReadOnly();

private:
    static constexpr uid_t kNobody = 65534;
    QString file() const { return m_dir->filePath(QStringLiteral("ro.sqlite")); }
    QString url() const { return QStringLiteral("sqlite:") + file(); }
    // The program as a user who may not write the file (as root: nobody, through setpriv).
    CliRun runAsReader(const QStringList &arguments) const;
    QByteArray sha256() const;
    QStringList filesInFolder() const { return QDir(m_dir->path()).entryList(QDir::Files); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QTemporaryDir> m_out; // where the reader may write its export
    QString m_taskId;
};

void TestReadOnlyDatabase::initTestCase()
{
    if (!CliRunner::available())
        QSKIP("the director-of-one program is not built (DOO_CLI)");
}

void TestReadOnlyDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_out = std::make_unique<QTemporaryDir>();
    QVERIFY(QFile::setPermissions(m_out->path(),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther | QFile::WriteOther
                                      | QFile::ExeOther));
    QVERIFY(QFile::setPermissions(m_dir->path(),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
                                      | QFile::ReadOther | QFile::ExeOther));
    CliRunner writer;
    writer.database = url();
    const CliRun added =
        writer.run({QStringLiteral("task"), QStringLiteral("add"), QStringLiteral("Read me"), QStringLiteral("--json")});
    QCOMPARE_EQ(added.exitCode, 0);
    m_taskId = added.object().value(QStringLiteral("id")).toString();
    QVERIFY(!m_taskId.isEmpty());
    { // the last connection to close copies the log in and removes -wal and -shm; the file stays in WAL mode
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("ro-setup"));
        db.setDatabaseName(file());
        QVERIFY(db.open());
        QSqlQuery read(db); // a connection that never read the file would leave the log alone
        QVERIFY(read.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && read.next());
        read.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("ro-setup"));
    QCOMPARE(filesInFolder(), QStringList{QStringLiteral("ro.sqlite")});
    QVERIFY(QFile::setPermissions(file(), QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    QVERIFY(QFile::setPermissions(m_dir->path(),
                                  QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
                                      | QFile::ExeOther));
}

void TestReadOnlyDatabase::cleanup()
{
    if (m_dir)
        QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    m_dir.reset();
}

CliRun TestReadOnlyDatabase::runAsReader(const QStringList &arguments) const
{
    CliRunner runner;
    QStringList all = QStringList{QStringLiteral("--database"), url()} + arguments;
    if (::geteuid() == 0) {
        all.prepend(runner.program);
        all = QStringList{QStringLiteral("--reuid=%1").arg(kNobody), QStringLiteral("--regid=%1").arg(kNobody),
                          QStringLiteral("--clear-groups")}
            + all;
        runner.program = QStringLiteral("setpriv");
        runner.setEnv(QStringLiteral("HOME"), m_dir->path());
    }
    return runner.run(all);
}

QByteArray TestReadOnlyDatabase::sha256() const
{
    QFile f(file());
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void TestReadOnlyDatabase::readingCommandsWork()
{
    const QByteArray before = sha256();
    const CliRun tasks = runAsReader({QStringLiteral("task"), QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(tasks.exitCode == 0, qPrintable(tasks.err));
    QCOMPARE(tasks.array().size(), 1);
    QCOMPARE(tasks.array().first().toObject().value(QStringLiteral("title")).toString(), QStringLiteral("Read me"));
    for (const QStringList &command :
         {QStringList{QStringLiteral("workflow"), QStringLiteral("list")},
          QStringList{QStringLiteral("analytics"), QStringLiteral("summary")},
          QStringList{QStringLiteral("export"), QStringLiteral("ics"), m_out->filePath(QStringLiteral("tasks.ics"))}}) {
        const CliRun run = runAsReader(command);
        QVERIFY2(run.exitCode == 0, qPrintable(command.join(QLatin1Char(' ')) + QStringLiteral(": ") + run.err));
    }
    QCOMPARE(sha256(), before);
    QCOMPARE(filesInFolder(), QStringList{QStringLiteral("ro.sqlite")});
    QVERIFY(QFileInfo(m_out->filePath(QStringLiteral("tasks.ics"))).size() > 0);
}

void TestReadOnlyDatabase::writingCommandsAreRefused()
{
    const QByteArray before = sha256();
    for (const QStringList &command : {QStringList{QStringLiteral("task"), QStringLiteral("add"), QStringLiteral("More")},
                                       QStringList{QStringLiteral("task"), QStringLiteral("done"), m_taskId}}) {
        const CliRun run = runAsReader(command);
        QCOMPARE_EQ(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("the database %1 is read-only").arg(file())), qPrintable(run.err));
        // The program's own message alone, not the driver's words (doo.db.error logs them at info).
        QVERIFY2(!run.err.contains(QLatin1String("attempt to write")), qPrintable(run.err));
    }
    QCOMPARE(sha256(), before);
}

void TestReadOnlyDatabase::windowOpensReadOnly()
{
    const QByteArray before = sha256();
    const bool root = ::geteuid() == 0;
    // As root: decided and opened as nobody; the file descriptor SQLite opened stays read-only after.
    if (root)
        QVERIFY(::setegid(kNobody) == 0 && ::seteuid(kNobody) == 0);
    auto opened = Database::open(*DatabaseUrl::parse(url()), QStringLiteral("ro-window"));
    if (root)
        QVERIFY(::seteuid(0) == 0 && ::setegid(0) == 0);
    CHECK_OK(opened);
    Database &db = **opened;
    QVERIFY(db.isReadOnly());
    auto user = UserRepository::ensureLocalProfile(db);
    CHECK_OK(user);
    {
        MainWindow window(db, *user);
        window.show();
        auto *label = window.findChild<QLabel *>(QStringLiteral("statusReadOnly"));
        QVERIFY(label);
        QCOMPARE(label->text(), QStringLiteral("Read-only"));
        QVERIFY(label->toolTip().contains(file()));
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("is read-only")));
    }
    // What every write path of the window meets: the one message naming the file.
    Task task;
    task.title = QStringLiteral("Not saved");
    const auto created = TaskRepository(db, UserContext::of(*user)).create(task);
    QVERIFY(!created);
    QCOMPARE(created.error().text(), Database::readOnlyError(file()).text());
    opened.takeValue().reset();
    QCOMPARE(sha256(), before);
    QCOMPARE(filesInFolder(), QStringList{QStringLiteral("ro.sqlite")});
}

void TestReadOnlyDatabase::writableFileIsNotReadOnly()
{
    QVERIFY(QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    QVERIFY(QFile::setPermissions(file(), QFile::ReadOwner | QFile::WriteOwner));
    QVERIFY(!DatabaseFile::isReadOnly(file()));
    auto opened = Database::open(*DatabaseUrl::parse(url()), QStringLiteral("rw"));
    CHECK_OK(opened);
    QVERIFY(!(*opened)->isReadOnly());
}

QTEST_MAIN(TestReadOnlyDatabase)
#include "tst_readonlydatabase.moc"
