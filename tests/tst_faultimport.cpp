// `director-of-one import csv` killed (SIGKILL) at random moments during a 20,000-row import, on
// SQLite and PostgreSQL: afterwards the file passes its integrity check, the import is either all
// there or not there at all, and the next import works (a second one creates nothing).
// The delays come from a seeded generator: the seed is printed, and DOO_FAULT_SEED repeats a run.
// Under AddressSanitizer (tests/sanitizers.sh), where every import takes several times longer,
// the file has a fifth of the rows; the rounds and their checks stay the same.

#include "CliRunner.h"
#include "DatabaseTestCase.h"
#include "FaultKill.h"
#include "EngineTestHelpers.h"
#include "Sanitizers.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace doo;
using namespace doo::test;

namespace {
constexpr int kRows = 20000 / kSanitizerScale;

QByteArray taskFile()
{
    QByteArray csv = "title,description,priority,status,tags\n";
    static const char *const priorities[] = {"LOW", "MEDIUM", "HIGH"};
    static const char *const statuses[] = {"TODO", "IN_PROGRESS", "COMPLETED"};
    for (int i = 0; i < kRows; ++i)
        csv += QStringLiteral("Imported task %1,\"Row %1 of the fault test, with a comma\",%2,%3,fault;batch%4\n")
                   .arg(i)
                   .arg(QLatin1String(priorities[i % 3]), QLatin1String(statuses[i % 3]))
                   .arg(i % 10)
                   .toUtf8();
    return csv;
}
} // namespace

class TestFaultImport : public DatabaseTestCase
{
    Q_OBJECT

public:
    TestFaultImport() : DatabaseTestCase(QStringLiteral("d@example.com")) { }

private Q_SLOTS:
    void initTestCase()
    {
        if (!CliRunner::available())
            QSKIP("DOO_CLI is not set; run through ctest");
        QVERIFY(m_dir.isValid());
        m_file = m_dir.filePath(QStringLiteral("tasks.csv"));
        QFile f(m_file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.write(taskFile()) > 0);
    }

    void killedImport();

private:
    CliRunner cli()
    {
        CliRunner runner(database(), defaultUser().email);
        runner.timeoutMs = 300000;
        return runner;
    }
    QStringList importArgs() const
    {
        return {QStringLiteral("import"), QStringLiteral("csv"),   m_file,
                QStringLiteral("--kind"), QStringLiteral("tasks"), QStringLiteral("--json")};
    }
    int tasks() { return count(database().db(), QStringLiteral("SELECT count(*) FROM task")); }
    // PRAGMA integrity_check on SQLite ("ok"); on PostgreSQL the server keeps its own files whole,
    // so only the count is checked there.
    QString integrity()
    {
        if (database().db().type() != DbType::SQLite)
            return QStringLiteral("ok");
        Query q(database().db());
        if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
            return q.error().text();
        QStringList lines;
        while (q.next())
            lines << q.value(0).toString();
        return lines.join(QLatin1Char('\n'));
    }
    // Removes an import that made it (one transaction), so the next round starts from nothing.
    void removeTasks()
    {
        Query q(database().db());
        QVERIFY2(q.exec(QStringLiteral("DELETE FROM task")), qPrintable(q.error().text()));
    }
    // A whole import, unkilled: all rows there; returns how long it took.
    qint64 cleanImport(const char *when)
    {
        QElapsedTimer timer;
        timer.start();
        const CliRun run = cli().run(importArgs());
        const qint64 ms = timer.elapsed();
        if (run.exitCode != 0 || run.object().value(QStringLiteral("imported")).toInt() != kRows)
            qWarning("%s: exit %d, %s %s", when, run.exitCode, qPrintable(run.out), qPrintable(run.err));
        return run.exitCode == 0 && tasks() == kRows ? ms : -1;
    }

    QTemporaryDir m_dir;
    QString m_file;
};

void TestFaultImport::killedImport()
{
    QFETCH_GLOBAL(QString, backend);
    const bool sqlite = backend == QLatin1String("sqlite");
    const int rounds = sqlite ? 30 : 10;
    QRandomGenerator random(faultSeed());

    // How long a whole import takes here: the kills fall anywhere in it, and a little after.
    const qint64 whole = cleanImport("the first import");
    QVERIFY2(whole > 0, "the first, unkilled import failed");
    removeTasks();
    int killedBefore = 0;
    int killedAfter = 0;
    for (int round = 0; round < rounds; ++round) {
        const int delay = killMoment(random, whole);
        QObject owner;
        QProcess *p = cli().start(importArgs(), &owner);
        QVERIFY(p->waitForStarted());
        const bool finished = !killAfter(*p, delay);
        QCOMPARE(p->state(), QProcess::NotRunning);
        const QString where = QStringLiteral("round %1, kill after %2 ms%3")
                                  .arg(round)
                                  .arg(delay)
                                  .arg(finished ? QStringLiteral(" (finished first, exit %1)").arg(p->exitCode()) : QString());
        if (finished)
            QVERIFY2(p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0,
                     qPrintable(where + QLatin1Char(' ') + QString::fromUtf8(p->readAllStandardError())));
        QCOMPARE(integrity(), QStringLiteral("ok"));
        const int n = tasks();
        QVERIFY2(n == 0 || n == kRows, qPrintable(QStringLiteral("%1: %2 of %3 rows there").arg(where).arg(n).arg(kRows)));
        if (n == kRows) {
            ++killedAfter;
            removeTasks();
        } else {
            QVERIFY2(!finished, qPrintable(where));
            ++killedBefore;
        }
    }
    qInfo("%d imports killed before their commit, %d finished or killed after it (a whole import takes %lld ms)", killedBefore,
          killedAfter, whole);

    // The next import works, and a second one creates nothing.
    QVERIFY(cleanImport("the import after the kills") > 0);
    const CliRun again = cli().run(importArgs());
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QCOMPARE(again.object().value(QStringLiteral("imported")).toInt(), 0);
    QCOMPARE(again.object().value(QStringLiteral("duplicates")).toInt(), kRows);
    QCOMPARE(tasks(), kRows);
    QCOMPARE(integrity(), QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TestFaultImport)
#include "tst_faultimport.moc"
