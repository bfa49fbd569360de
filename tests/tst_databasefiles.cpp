#include "Checks.h"
#include "CliRunner.h"

#include "db/Database.h"
#include "db/DatabaseFile.h"
#include "db/Migrator.h"
#include "db/Query.h"
#include "repositories/TaskRepository.h"
#include "repositories/UserRepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace doo;
using namespace doo::test;

// Files given as the SQLite database that are not the program's (another program's database, a
// folder, a text file, a damaged header, a malformed sqlite: URL): refused with a message naming
// them, before anything is written, and no file is created. These are about files, so SQLite only;
// a foreign schema_version on both backends is in tst_migrations.
class TestDatabaseFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void foreignDatabaseIsRefusedUntouched_data();
    void foreignDatabaseIsRefusedUntouched();
    void foreignApplicationIdIsRefused();
    void foreignSchemaVersionIsNotANewerProgram();
    void newDatabaseIsMarked();
    void oldDatabaseWithoutMarkIsAcceptedAndMarked();
    void malformedUrlCreatesNoFile_data();
    void malformedUrlCreatesNoFile();
    void folderTextAndDamagedHeader_data();
    void folderTextAndDamagedHeader();
    void damagedPageStopsTheCommand_data();
    void damagedPageStopsTheCommand();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    // Makes a SQLite file with QSQLITE the way another program would: `statements` in order.
    static void makeSqliteFile(const QString &file, const QStringList &statements);
    static QByteArray sha256(const QString &file);
    static qint32 applicationId(const QString &file);
    CliRun runOn(const QString &databaseUrl, const QStringList &arguments) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDatabaseFiles::initTestCase()
{
    if (!CliRunner::available())
        QSKIP("the director-of-one program is not built (DOO_CLI)");
}

void TestDatabaseFiles::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDatabaseFiles::makeSqliteFile(const QString &file, const QStringList &statements)
{
    const QString name = QStringLiteral("maker");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        QVERIFY(db.open());
        for (const QString &sql : statements) {
            QSqlQuery q(db);
            QVERIFY2(q.exec(sql), qPrintable(sql));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QByteArray TestDatabaseFiles::sha256(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

qint32 TestDatabaseFiles::applicationId(const QString &file)
{
    // Read through SQLite: a change the program made may still be in the write-ahead log.
    const QString name = QStringLiteral("reader");
    qint32 id = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA application_id")) && q.next())
                id = q.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return id;
}

CliRun TestDatabaseFiles::runOn(const QString &databaseUrl, const QStringList &arguments) const
{
    CliRunner cli;
    cli.database = databaseUrl;
    cli.workingDirectory = m_dir->path();
    return cli.run(arguments);
}

void TestDatabaseFiles::foreignDatabaseIsRefusedUntouched_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<QStringList>("arguments");
    const QStringList places = {QStringLiteral("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)"),
                                QStringLiteral("INSERT INTO moz_places (url) VALUES ('https://example.com/')"),
                                QStringLiteral("CREATE TABLE moz_bookmarks (id INTEGER PRIMARY KEY, fk INTEGER)")};
    const QStringList walPlaces = QStringList{QStringLiteral("PRAGMA journal_mode = WAL")} + places;
    QTest::newRow("task list") << places << QStringList{QStringLiteral("task"), QStringLiteral("list")};
    QTest::newRow("task add") << places << QStringList{QStringLiteral("task"), QStringLiteral("add"), QStringLiteral("x")};
    QTest::newRow("db migrate") << places << QStringList{QStringLiteral("db"), QStringLiteral("migrate")};
    QTest::newRow("wal file, task add") << walPlaces
                                        << QStringList{QStringLiteral("task"), QStringLiteral("add"), QStringLiteral("x")};
    QTest::newRow("wal file, db status") << walPlaces << QStringList{QStringLiteral("db"), QStringLiteral("status")};
}

void TestDatabaseFiles::foreignDatabaseIsRefusedUntouched()
{
    QFETCH(QStringList, statements);
    QFETCH(QStringList, arguments);
    const QString file = path(QStringLiteral("places.sqlite"));
    makeSqliteFile(file, statements);
    const QStringList before = QDir(m_dir->path()).entryList(QDir::Files);
    const QByteArray hash = sha256(file);
    QVERIFY(!hash.isEmpty());
    // Not marked (read from the header: a read-only SQLite connection would add a -wal file).
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.read(72).mid(68), QByteArray(4, '\0'));
    }

    const CliRun run = runOn(QStringLiteral("sqlite:") + file, arguments);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(file) && run.err.contains(QLatin1String("is not a Director of One database")), qPrintable(run.err));
    QVERIFY2(!run.err.contains(QLatin1String("newer version")), qPrintable(run.err));
    QCOMPARE(sha256(file), hash);
    // No write-ahead log, no shared memory file, nothing else beside it.
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), before);

    // Database::open refuses it too (every way in goes through it), still without a write.
    const auto db = Database::open(*DatabaseUrl::parse(QStringLiteral("sqlite:") + file), QStringLiteral("direct"));
    QVERIFY(!db.ok());
    QCOMPARE(db.error().kind, Error::Kind::Schema);
    QCOMPARE(sha256(file), hash);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), before);
}

void TestDatabaseFiles::foreignApplicationIdIsRefused()
{
    // Even with the program's own tables in it: the id says another program wrote it.
    const QString file = path(QStringLiteral("other.db"));
    QVERIFY(runOn(QStringLiteral("sqlite:") + file, {QStringLiteral("db"), QStringLiteral("migrate")}).exitCode == 0);
    QCOMPARE(applicationId(file), DatabaseFile::kApplicationId);
    makeSqliteFile(file, {QStringLiteral("PRAGMA application_id = 1234"), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")});
    QCOMPARE(applicationId(file), 1234);
    const QByteArray hash = sha256(file);

    const CliRun run = runOn(QStringLiteral("sqlite:") + file, {QStringLiteral("task"), QStringLiteral("list")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(file) && run.err.contains(QLatin1String("application id is 0x000004d2")), qPrintable(run.err));
    QCOMPARE(sha256(file), hash);

    // Read-only on disk changes nothing: refused the same way, still untouched.
    QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const CliRun readOnly = runOn(QStringLiteral("sqlite:") + file, {QStringLiteral("task"), QStringLiteral("list")});
    QCOMPARE(readOnly.exitCode, 1);
    QVERIFY2(readOnly.err.contains(QLatin1String("is not a Director of One database")), qPrintable(readOnly.err));
    QCOMPARE(sha256(file), hash);
}

void TestDatabaseFiles::foreignSchemaVersionIsNotANewerProgram()
{
    // Many programs keep a table of that name; a high number in it is not "a newer Director of One".
    const QString file = path(QStringLiteral("tool.db"));
    makeSqliteFile(file,
                   {QStringLiteral("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                                   "applied_at TEXT NOT NULL)"),
                    QStringLiteral("INSERT INTO schema_version VALUES (1, 'create_users', 'x'), (57, 'later', 'y')"),
                    QStringLiteral("CREATE TABLE users (id INTEGER PRIMARY KEY)")});
    const QByteArray hash = sha256(file);
    const CliRun run = runOn(QStringLiteral("sqlite:") + file, {QStringLiteral("db"), QStringLiteral("migrate")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("schema_version table is not Director of One's")), qPrintable(run.err));
    QVERIFY2(!run.err.contains(QLatin1String("newer version")), qPrintable(run.err));
    QCOMPARE(sha256(file), hash);
}

void TestDatabaseFiles::newDatabaseIsMarked()
{
    const QString file = path(QStringLiteral("new.db"));
    const CliRun run =
        runOn(QStringLiteral("sqlite:") + file, {QStringLiteral("task"), QStringLiteral("add"), QStringLiteral("a")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(applicationId(file), DatabaseFile::kApplicationId);
    // A file the program created but never got to migrate (no table yet) is still its own.
    const QString empty = path(QStringLiteral("empty.db"));
    {
        auto db = Database::open(*DatabaseUrl::parse(QStringLiteral("sqlite:") + empty), QStringLiteral("unmigrated"));
        CHECK_OK(db);
    }
    QVERIFY(QFileInfo(empty).size() > 0);
    const CliRun later = runOn(QStringLiteral("sqlite:") + empty, {QStringLiteral("task"), QStringLiteral("list")});
    QVERIFY2(later.exitCode == 0, qPrintable(later.err));
    QCOMPARE(applicationId(empty), DatabaseFile::kApplicationId);
}

void TestDatabaseFiles::oldDatabaseWithoutMarkIsAcceptedAndMarked()
{
    // A database of the program from before the mark: its schema, application id 0.
    const QString file = path(QStringLiteral("old.db"));
    QVERIFY(
        runOn(QStringLiteral("sqlite:") + file, {QStringLiteral("task"), QStringLiteral("add"), QStringLiteral("kept")}).exitCode
        == 0);
    makeSqliteFile(file, {QStringLiteral("PRAGMA application_id = 0"), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")});
    QCOMPARE(applicationId(file), 0);

    const CliRun run = runOn(QStringLiteral("sqlite:") + file, {QStringLiteral("task"), QStringLiteral("list")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(QLatin1String("kept")));
    {
        auto db = Database::open(*DatabaseUrl::parse(QStringLiteral("sqlite:") + file), QStringLiteral("old"));
        CHECK_OK(db);
        Query q(**db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA application_id")) && q.next());
        QCOMPARE(q.value(0).toInt(), DatabaseFile::kApplicationId);
    }
}

void TestDatabaseFiles::malformedUrlCreatesNoFile_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("sqlite uri, memory") << QStringLiteral("sqlite:file:x?mode=memory");
    QTest::newRow("sqlite uri") << QStringLiteral("sqlite:file:x.db");
    QTest::newRow("in memory") << QStringLiteral("sqlite::memory:");
    QTest::newRow("query string") << QStringLiteral("sqlite:x.db?cache=shared");
    QTest::newRow("host") << QStringLiteral("sqlite://x.db");
    QTest::newRow("folder path") << QStringLiteral("sqlite:sub/");
}

void TestDatabaseFiles::malformedUrlCreatesNoFile()
{
    QFETCH(QString, url);
    const CliRun run = runOn(url, {QStringLiteral("task"), QStringLiteral("add"), QStringLiteral("x")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("database:")), qPrintable(run.err));
    QVERIFY2(QDir(m_dir->path()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             qPrintable(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).join(QLatin1Char(' '))));
    QVERIFY(!DatabaseUrl::parse(url).ok());
}

void TestDatabaseFiles::folderTextAndDamagedHeader_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("folder") << QStringLiteral("folder") << QStringLiteral("is a folder, not a database file");
    QTest::newRow("text file") << QStringLiteral("text") << QStringLiteral("is not a SQLite database");
    QTest::newRow("flipped header") << QStringLiteral("header") << QStringLiteral("is not a SQLite database");
    QTest::newRow("flipped page size") << QStringLiteral("pagesize") << QStringLiteral("nothing was written to it");
}

void TestDatabaseFiles::folderTextAndDamagedHeader()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    const QString file = path(QStringLiteral("given"));
    if (kind == QLatin1String("folder")) {
        QVERIFY(QDir().mkpath(file));
    } else if (kind == QLatin1String("text")) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("title,status\nbuy milk,TODO\n").repeated(200));
    } else {
        QVERIFY(
            runOn(QStringLiteral("sqlite:") + file, {QStringLiteral("task"), QStringLiteral("add"), QStringLiteral("a")}).exitCode
            == 0);
        makeSqliteFile(file, {QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), QStringLiteral("PRAGMA journal_mode = DELETE")});
        QVERIFY(!QFileInfo::exists(file + QStringLiteral("-wal")));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray header = f.read(100);
        if (kind == QLatin1String("header"))
            header[3] = char(header[3] ^ 0x20); // "SQLite format 3" no more
        else
            header[16] = char(0x03); // page size 0x03xx: not a power of two
        QVERIFY(f.seek(0));
        QCOMPARE(f.write(header), qint64(header.size()));
    }
    const QStringList before = QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    const QByteArray hash = QFileInfo(file).isFile() ? sha256(file) : QByteArray();

    for (const QString &command : {QStringLiteral("list"), QStringLiteral("add")}) {
        QStringList arguments{QStringLiteral("task"), command};
        if (command == QLatin1String("add"))
            arguments << QStringLiteral("x");
        const CliRun run = runOn(QStringLiteral("sqlite:") + file, arguments);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(file) && run.err.contains(expected), qPrintable(run.err));
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), before);
        if (!hash.isEmpty())
            QCOMPARE(sha256(file), hash);
    }
    if (kind == QLatin1String("folder"))
        QVERIFY(QDir(file).isEmpty());
}

void TestDatabaseFiles::damagedPageStopsTheCommand_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("task list") << QStringList{QStringLiteral("task"), QStringLiteral("list"), QStringLiteral("--json")};
    QTest::newRow("export csv") << QStringList{QStringLiteral("export"), QStringLiteral("csv"), QStringLiteral("tasks.csv"),
                                               QStringLiteral("--kind"), QStringLiteral("tasks")};
}

// A file whose header and schema are sound but one page of the task table is not: opening
// succeeds, and the command meets the damage half-way through the rows. It stops there with one
// message naming the file and the restore command, exit code 1, nothing half-printed.
void TestDatabaseFiles::damagedPageStopsTheCommand()
{
    QFETCH(QStringList, arguments);
    const QString file = path(QStringLiteral("damaged.sqlite"));
    {
        auto db = Database::open(*DatabaseUrl::parse(QStringLiteral("sqlite:") + file), QStringLiteral("filler"));
        CHECK_OK(db);
        CHECK_OK(Migrator(**db).migrate());
        auto user = UserRepository::ensureLocalProfile(**db);
        CHECK_OK(user);
        TaskRepository tasks(**db, UserContext::of(*user));
        for (int i = 0; i < 60; ++i) {
            Task task;
            task.title = QStringLiteral("Task %1").arg(i);
            task.description = QString(1000, QLatin1Char('a' + i % 26));
            CHECK_OK(tasks.create(task));
        }
    }
    makeSqliteFile(file, {QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), QStringLiteral("PRAGMA journal_mode = DELETE")});
    QList<int> leaves;
    int pageSize = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("pages"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA page_size")) && q.next());
        pageSize = q.value(0).toInt();
        QVERIFY(q.exec(QStringLiteral("SELECT pageno FROM dbstat WHERE name = 'task' AND pagetype = 'leaf' ORDER BY pageno")));
        while (q.next())
            leaves << q.value(0).toInt();
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("pages"));
    QVERIFY2(leaves.size() >= 5, "the task table spans several pages");
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(qint64(leaves.at(leaves.size() / 2) - 1) * pageSize));
        QCOMPARE(f.write(QByteArray(pageSize, char(0x5a))), qint64(pageSize));
    }

    const CliRun run = runOn(QStringLiteral("sqlite:") + file, arguments);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(file) && run.err.contains(QLatin1String("is damaged"))
                 && run.err.contains(QLatin1String("director-of-one db restore")),
             qPrintable(run.err));
    QCOMPARE(run.err.count(QLatin1String("director-of-one: ")), 1);
    QCOMPARE(run.out, QString());
}

QTEST_GUILESS_MAIN(TestDatabaseFiles)
#include "tst_databasefiles.moc"
