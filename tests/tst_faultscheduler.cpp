// `director-of-one scheduler` killed (SIGKILL) at random moments while 50 workflows fall due, 20
// times, each time started again, on SQLite and PostgreSQL: after the restart no run is left
// RUNNING, every due time ran exactly once successfully (never twice), and the tasks there are
// exactly the ones the successful runs say they created.
// The delays come from a seeded generator: the seed is printed, and DOO_FAULT_SEED repeats a run.

#include "Checks.h"
#include "CliRunner.h"
#include "DatabaseTestCase.h"
#include "FaultKill.h"
#include "EngineTestHelpers.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

using namespace doo;
using namespace doo::test;

namespace {
constexpr int kWorkflows = 50;
constexpr int kRounds = 20;
const QDateTime kDue(QDate(2026, 5, 4), QTime(9, 0), Qt::UTC);

} // namespace

class TestFaultScheduler : public DatabaseTestCase
{
    Q_OBJECT

public:
    TestFaultScheduler() : DatabaseTestCase(QStringLiteral("d@example.com")) { }

private Q_SLOTS:
    void initTestCase()
    {
        if (!CliRunner::available())
            QSKIP("DOO_CLI is not set; run through ctest");
    }

    void killedScheduler();

private:
    CliRunner cli()
    {
        CliRunner runner(database(), defaultUser().email);
        runner.setEnv(QStringLiteral("TZ"), QStringLiteral("UTC"));
        runner.timeoutMs = 300000;
        return runner;
    }
    // The scheduler's pass at the due time of `round` (each workflow falls due once an hour).
    static QStringList schedulerArgs(int round)
    {
        return {QStringLiteral("scheduler"), QStringLiteral("--once"), QStringLiteral("--at"),
                kDue.addSecs(round * 3600 + 10).toString(Qt::ISODate)};
    }
    int rows(const char *sql) { return count(database().db(), QString::fromLatin1(sql)); }
    // The invariants after a restart that ran to its end, with `rounds` due times gone by.
    void checkRuns(int rounds, const QString &where)
    {
        QCOMPARE(rows("SELECT count(*) FROM workflow_execution WHERE status = 'RUNNING'"), 0);
        const int twice = rows("SELECT count(*) FROM (SELECT workflow_id, scheduled_for FROM workflow_execution "
                               "WHERE status = 'SUCCESS' GROUP BY workflow_id, scheduled_for HAVING count(*) > 1) AS d");
        QVERIFY2(twice == 0, qPrintable(QStringLiteral("%1: %2 due times ran twice").arg(where).arg(twice)));
        QVERIFY2(rows("SELECT count(*) FROM workflow_execution WHERE status = 'SUCCESS'") == kWorkflows * rounds,
                 qPrintable(QStringLiteral("%1: %2 successful runs, %3 due times")
                                .arg(where)
                                .arg(rows("SELECT count(*) FROM workflow_execution WHERE status = 'SUCCESS'"))
                                .arg(kWorkflows * rounds)));
        const int reported = rows("SELECT coalesce(sum(tasks_created), 0) FROM workflow_execution WHERE status = 'SUCCESS'");
        QCOMPARE(reported, 3 * kWorkflows * rounds);
        QCOMPARE(rows("SELECT count(*) FROM task t JOIN workflow_execution e ON e.id = t.execution_id "
                      "WHERE e.status = 'SUCCESS'"),
                 reported);
        QCOMPARE(rows("SELECT count(*) FROM task"), reported); // nothing from a killed run
    }
};

void TestFaultScheduler::killedScheduler()
{
    auto &t = database();
    const User &u = defaultUser();
    setTimeZone(t.db(), u, QStringLiteral("UTC"));
    for (int i = 0; i < kWorkflows; ++i)
        CHECK_OK(addWorkflow(t.db(), u, QStringLiteral("W%1").arg(i, 2, 10, QLatin1Char('0')),
                             QStringLiteral("{\"type\":\"interval\",\"minutes\":60}"),
                             QStringLiteral("[{\"type\":\"create_task\",\"title\":\"W%1 a {date}\"},"
                                            "{\"type\":\"create_task\",\"title\":\"W%1 b\",\"priority\":\"HIGH\"},"
                                            "{\"type\":\"create_task\",\"title\":\"W%1 c\",\"tags\":[\"fault\"]},"
                                            "{\"type\":\"notify\",\"title\":\"W%1 ran\"}]")
                                 .arg(i),
                             5, kDue));
    QRandomGenerator random(faultSeed());

    // The first due time, unkilled: how long a pass of 50 runs takes here.
    QElapsedTimer timer;
    timer.start();
    const CliRun first = cli().run(schedulerArgs(0));
    const qint64 whole = timer.elapsed();
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    checkRuns(1, QStringLiteral("the first pass"));

    int killed = 0;
    for (int round = 1; round <= kRounds; ++round) {
        const int delay = killMoment(random, whole);
        QObject owner;
        QProcess *p = cli().start(schedulerArgs(round), &owner);
        QVERIFY(p->waitForStarted());
        if (killAfter(*p, delay))
            ++killed;
        QCOMPARE(p->state(), QProcess::NotRunning);
        const QString where = QStringLiteral("round %1, killed after %2 ms").arg(round).arg(delay);
        // Started again at the same time: closes what the killed one left RUNNING, runs again
        // the due times of which nothing committed, and the ones it never reached.
        const CliRun restart = cli().run(schedulerArgs(round));
        QVERIFY2(restart.exitCode == 0, qPrintable(where + QLatin1Char(' ') + restart.err));
        checkRuns(round + 1, where);
    }
    qInfo("%d of %d passes killed (a whole pass takes %lld ms); %d interrupted runs closed", killed, kRounds, whole,
          rows("SELECT count(*) FROM workflow_execution WHERE status = 'FAILED' AND error LIKE 'interrupted%'"));
    QCOMPARE(rows("SELECT count(*) FROM workflow_execution WHERE status NOT IN ('SUCCESS', 'FAILED')"), 0);
    // Every FAILED run is one the kill interrupted; its due time ran again.
    QCOMPARE(rows("SELECT count(*) FROM workflow_execution WHERE status = 'FAILED' AND error NOT LIKE 'interrupted%'"), 0);
}

QTEST_GUILESS_MAIN(TestFaultScheduler)
#include "tst_faultscheduler.moc"
