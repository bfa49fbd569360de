#include "CliRunner.h"
#include "DatabaseTestCase.h"
#include "Sanitizers.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace doo;
using namespace doo::test;

// `import csv` and `import taskwarrior` as real processes on inputs at and beyond the limits:
// memory bounded whatever the size, the 64 MiB limit before reading a file and while reading a
// pipe or a device, a progress line, and all or nothing.
class TestImportStream : public DatabaseTestCase
{
    Q_OBJECT

public:
    TestImportStream() : DatabaseTestCase(QStringLiteral("d@example.com"), UserRole::Director) { }

private Q_SLOTS:
    void initTestCase()
    {
        if (!CliRunner::available())
            QSKIP("director-of-one is not built");
    }
    void bigImportStaysInBoundedMemory();
    void endlessInputStopsAtTheLimit();
    void bigFileIsRefusedBeforeReading();

private:
    CliRunner cli() { return CliRunner(database(), defaultUser().email); }
};

// 100,000 rows (several MB; 20,000 on PostgreSQL, where the writes take longer): the peak resident
// memory of the process stays under 64 MB plus a batch, a progress line is written, and a second
// import creates nothing. Under AddressSanitizer, where the memory is not measured, a fifth of the
// rows (still many pieces of TextLines and batches of Import::kBatchRows).
void TestImportStream::bigImportStaysInBoundedMemory()
{
    const int rows = (database().url().type == DbType::SQLite ? 100000 : 20000) / kSanitizerScale;
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("big.csv"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("title,priority,tags,description\n");
        for (int i = 0; i < rows; ++i)
            file.write("Imported task number " + QByteArray::number(i) + ",HIGH,bulk;test,A description of task "
                       + QByteArray::number(i) + " that is a little longer than a title\n");
    }
    CliRunner runner = cli();
    runner.timeoutMs = 400000;
    runner.setEnv(QStringLiteral("DIRECTOR_PROGRESS"), QStringLiteral("1"));
    runner.setEnv(QStringLiteral("XDG_DATA_HOME"), folder.path());
    QScopedPointer<QProcess> process(
        runner.start({QStringLiteral("import"), QStringLiteral("csv"), path, QStringLiteral("--kind"), QStringLiteral("tasks")}));
    const CliRun run = runner.finish(*process);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("Imported %1 rows").arg(rows)), qPrintable(run.out));
    QVERIFY2(run.err.contains(QLatin1String("Importing: ")), qPrintable(run.err));
    struct rusage usage
    { };
    QCOMPARE(getrusage(RUSAGE_CHILDREN, &usage), 0);
    const long peakKiB = usage.ru_maxrss;
    qInfo("peak resident memory of the imports so far: %ld KiB", peakKiB);
    if (kAddressSanitizer)
        qInfo("memory bound not checked under AddressSanitizer");
    else
        QVERIFY2(peakKiB < 80 * 1024, qPrintable(QString::number(peakKiB)));
    QCOMPARE(database().rowCount(QStringLiteral("task")), rows);

    const CliRun again =
        runner.run({QStringLiteral("import"), QStringLiteral("csv"), path, QStringLiteral("--kind"), QStringLiteral("tasks")});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QVERIFY2(again.out.contains(QStringLiteral("Imported 0 rows; %1 already there").arg(rows)), qPrintable(again.out));
    QCOMPARE(database().rowCount(QStringLiteral("task")), rows);
}

// A device and a pipe without end: the read stops after 64 MiB and one byte, with a clear message
// and exit code, quickly, never std::bad_alloc; nothing is written.
void TestImportStream::endlessInputStopsAtTheLimit()
{
    CliRunner runner = cli();
    runner.timeoutMs = 60000;
    const CliRun zero = runner.run({QStringLiteral("import"), QStringLiteral("csv"), QStringLiteral("/dev/zero"),
                                    QStringLiteral("--kind"), QStringLiteral("tasks")});
    QCOMPARE(zero.exitCode, 1);
    QVERIFY2(zero.err.contains(QLatin1String("the input is larger than 64 MB; nothing was imported")), qPrintable(zero.err));
    QVERIFY(!zero.err.contains(QLatin1String("bad_alloc")));

    // A generator process writing without end into the pipe of standard input.
    for (const QString &command :
         {QStringLiteral("yes title | \"$0\" --database \"$1\" --user \"$2\" import taskwarrior -"),
          QStringLiteral("{ echo title; cat /dev/zero; } | \"$0\" --database \"$1\" --user \"$2\" import csv - --kind tasks"),
          QStringLiteral("cat /dev/zero | \"$0\" --database \"$1\" --user \"$2\" import taskwarrior -")}) {
        CliRunner shell = cli();
        shell.program = QStringLiteral("/bin/sh");
        shell.database.clear();
        shell.user.clear();
        shell.timeoutMs = 60000;
        const CliRun piped = shell.run({QStringLiteral("-c"), command, runner.program, runner.database, runner.user});
        QVERIFY2(piped.exitCode == 1, qPrintable(command + QLatin1Char('\n') + piped.err));
        QVERIFY(!piped.err.contains(QLatin1String("bad_alloc")));
        QVERIFY2(piped.err.contains(QLatin1String("nothing was")), qPrintable(piped.err));
    }
    QCOMPARE(database().rowCount(QStringLiteral("task")), 0);
}

// A regular file over the limit is refused by its size, before a byte of it is read.
void TestImportStream::bigFileIsRefusedBeforeReading()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("huge.csv"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(3LL * 1024 * 1024 * 1024)); // sparse: 3 GB that take no disk
    }
    const CliRun run =
        cli().run({QStringLiteral("import"), QStringLiteral("csv"), path, QStringLiteral("--kind"), QStringLiteral("tasks")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("is larger than 64 MB; nothing was imported")), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestImportStream)
#include "tst_importstream.moc"
