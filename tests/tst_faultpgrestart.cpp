// The PostgreSQL server restarted (`pg_ctl restart -m fast` twice, `-m immediate` once) while the
// command line writes in a loop (`task add`, one process each) and a `director-of-one scheduler`
// runs workflows falling due every second: every write that reported success is there once,
// nothing is there twice, every failure says that the server went away, and the scheduler goes
// on by itself (each due time run once, none left RUNNING, its tasks those its runs report).

#include "Checks.h"
#include "CliRunner.h"
#include "DatabaseTestCase.h"
#include "EngineTestHelpers.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace doo;
using namespace doo::test;

namespace {
constexpr int kWorkflows = 12;

// What a command may say when the server went away under it: it was not reachable, the
// connection broke, or the answer to COMMIT never came.
bool saysServerWentAway(const QString &err)
{
    static const QRegularExpression words(QStringLiteral("No PostgreSQL server answers at|"
                                                         "the connection to the database server was lost|"
                                                         "did not answer in time|"
                                                         "the server went away"));
    return err.contains(words);
}
} // namespace

class TestFaultPgRestart : public DatabaseTestCase
{
    Q_OBJECT

public:
    TestFaultPgRestart() : DatabaseTestCase(QStringLiteral("d@example.com")) { }

private Q_SLOTS:
    void initTestCase()
    {
        if (!CliRunner::available())
            QSKIP("DOO_CLI is not set; run through ctest");
    }

    void writesThroughRestarts();

private:
    CliRunner cli()
    {
        CliRunner runner(database(), defaultUser().email);
        runner.timeoutMs = 120000;
        return runner;
    }
    int rows(const QString &sql, const QVariantList &values = {}) { return count(database().db(), sql, values); }

    // One `task add` process: saved (exit 0) or refused (its message kept).
    void writeOne()
    {
        const QString title = QStringLiteral("P%1").arg(++m_serial);
        const CliRun run = cli().run({QStringLiteral("task"), QStringLiteral("add"), title, QStringLiteral("--json")});
        if (run.exitCode == 0)
            m_saved << title;
        else
            m_refused.insert(title, run.err.trimmed());
    }

    int m_serial = 0;
    QStringList m_saved;
    QHash<QString, QString> m_refused;
};

void TestFaultPgRestart::writesThroughRestarts()
{
    QFETCH_GLOBAL(QString, backend);
    if (backend != QLatin1String("postgresql"))
        QSKIP("a server restart is a PostgreSQL matter");
    const QString pgCtl = qEnvironmentVariable("DOO_TEST_PG_CTL");
    if (pgCtl.isEmpty())
        QSKIP("restarting the server needs DOO_TEST_PG_CTL (tests/with-postgres.sh)");
    auto &t = database();
    const User &u = defaultUser();

    // Workflows due every minute, their first due times a second apart from now on.
    const QDateTime start = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < kWorkflows; ++i) {
        const auto w = addWorkflow(t.db(), u, QStringLiteral("Every minute %1").arg(i),
                                   QStringLiteral("{\"type\":\"interval\",\"minutes\":1}"),
                                   QStringLiteral("[{\"type\":\"create_task\",\"title\":\"S%1 {time}\"},"
                                                  "{\"type\":\"notify\",\"title\":\"Ran {time}\"}]")
                                       .arg(i));
        CHECK_OK(w);
        Query due(t.db());
        QVERIFY(due.exec(QStringLiteral("UPDATE workflow SET next_run_at = ? WHERE id = ?"),
                         {Database::toDb(start.addSecs(2 + i)), w->id}));
    }
    QObject owner;
    QProcess *scheduler = cli().start({QStringLiteral("scheduler")}, &owner);
    QVERIFY(scheduler->waitForStarted());

    for (const char *mode : {"fast", "immediate", "fast"}) {
        for (int i = 0; i < 4; ++i)
            writeOne();
        QProcess restart;
        restart.setProcessChannelMode(QProcess::MergedChannels);
        restart.start(pgCtl, {QStringLiteral("restart"), QStringLiteral("-m"), QString::fromLatin1(mode)});
        QVERIFY2(restart.waitForStarted(), qPrintable(restart.errorString()));
        while (restart.state() != QProcess::NotRunning) { // the writes go on meanwhile
            writeOne();
            restart.waitForFinished(50);
        }
        QVERIFY2(restart.exitStatus() == QProcess::NormalExit && restart.exitCode() == 0, restart.readAll().constData());
        QVERIFY2(scheduler->state() == QProcess::Running, scheduler->readAllStandardError().constData());
    }
    QVERIFY(t.reopen()); // the test's own connection died with the server's sessions
    for (int i = 0; i < 4; ++i)
        writeOne();

    // Every write that said it was saved is there, once; a refused one at most once (a COMMIT
    // whose answer was lost may have been saved), and its message says the server went away.
    QVERIFY(m_saved.size() >= 12);
    for (const QString &title : std::as_const(m_saved))
        QVERIFY2(rows(QStringLiteral("SELECT count(*) FROM task WHERE title = ?"), {title}) == 1, qPrintable(title));
    for (auto it = m_refused.cbegin(); it != m_refused.cend(); ++it) {
        QVERIFY2(rows(QStringLiteral("SELECT count(*) FROM task WHERE title = ?"), {it.key()}) <= 1, qPrintable(it.key()));
        QVERIFY2(saysServerWentAway(it.value()), qPrintable(it.key() + QStringLiteral(": ") + it.value()));
    }
    QCOMPARE(rows(QStringLiteral("SELECT count(*) FROM task WHERE title LIKE 'P%'")),
             rows(QStringLiteral("SELECT count(DISTINCT title) FROM task WHERE title LIKE 'P%'")));

    // The scheduler went on by itself: every first due time ran, once; nothing is left RUNNING.
    const QDateTime lastDue = start.addSecs(2 + kWorkflows - 1);
    QTest::qWait(int(std::clamp<qint64>(QDateTime::currentDateTimeUtc().msecsTo(lastDue) + 2000, 0, 30000)));
    QTRY_COMPARE_WITH_TIMEOUT(
        rows(QStringLiteral("SELECT count(DISTINCT workflow_id) FROM workflow_execution WHERE status = 'SUCCESS'")), kWorkflows,
        60000);
    QTRY_COMPARE_WITH_TIMEOUT(rows(QStringLiteral("SELECT count(*) FROM workflow_execution WHERE status = 'RUNNING'")), 0, 30000);
    QVERIFY2(scheduler->state() == QProcess::Running, scheduler->readAllStandardError().constData());
    scheduler->terminate(); // SIGTERM: stops after the run in hand
    QVERIFY(scheduler->waitForFinished(30000));
    const QString schedulerErr = QString::fromUtf8(scheduler->readAllStandardError());
    QVERIFY2(scheduler->exitStatus() == QProcess::NormalExit && scheduler->exitCode() == 0, qPrintable(schedulerErr));
    QCOMPARE(rows(QStringLiteral("SELECT count(*) FROM (SELECT workflow_id, scheduled_for FROM workflow_execution "
                                 "GROUP BY workflow_id, scheduled_for HAVING count(*) > 1) AS doubled")),
             0);
    const int reported =
        rows(QStringLiteral("SELECT coalesce(sum(tasks_created), 0) FROM workflow_execution WHERE status = 'SUCCESS'"));
    QCOMPARE(rows(QStringLiteral("SELECT count(*) FROM task WHERE title LIKE 'S%'")), reported);
    qInfo("%d writes saved, %d refused while the server was away, %d runs", int(m_saved.size()), int(m_refused.size()),
          rows(QStringLiteral("SELECT count(*) FROM workflow_execution")));
}

QTEST_GUILESS_MAIN(TestFaultPgRestart)
#include "tst_faultpgrestart.moc"
