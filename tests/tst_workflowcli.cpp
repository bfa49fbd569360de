// `director-of-one workflow ...` and `scheduler ...` as processes: commands, errors, two
// schedulers on one database, and a scheduler killed in the middle of a run.

#include "Checks.h"
#include "CliRunner.h"
#include "DatabaseTestCase.h"
#include "EngineTestHelpers.h"

#include "domain/Clock.h"
#include "repositories/TaskRepository.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace doo;
using namespace doo::test;

namespace {
const QDateTime kDue(QDate(2026, 5, 4), QTime(9, 0), Qt::UTC);

QStringList words(const char *text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}
} // namespace

class TestWorkflowCli : public DatabaseTestCase
{
    Q_OBJECT

public:
    TestWorkflowCli() : DatabaseTestCase(QStringLiteral("d@example.com"), UserRole::Director) { }

private:
    using Run = CliRun;
    static CliRunner cli(const TestDatabase &t, const User &u)
    {
        CliRunner runner(t, u.email);
        runner.setEnv(QStringLiteral("TZ"), QStringLiteral("UTC"));
        runner.timeoutMs = 180000;
        return runner;
    }
    static QProcess *start(const TestDatabase &t, const User &u, const QStringList &arguments, QObject *parent)
    {
        return cli(t, u).start(arguments, parent);
    }
    static Run run(const TestDatabase &t, const User &u, const QStringList &arguments) { return cli(t, u).run(arguments); }

    static QString writeFile(QTemporaryDir &dir, const QString &name, const QString &content)
    {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(f.fileName()));
        f.write(content.toUtf8());
        return f.fileName();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!CliRunner::available())
            QSKIP("DOO_CLI is not set; run through ctest");
    }

    void addListShowRun();
    void badFilesWriteNothing();
    void schedulerOnceAt();
    void twoSchedulerProcesses();
    void userTimeZone();
    void killedSchedulerRecovers();
};

void TestWorkflowCli::addListShowRun()
{
    auto &t = database();
    const User &u = defaultUser();
    QTemporaryDir dir;
    const QString file = writeFile(dir, QStringLiteral("w.json"), QStringLiteral(R"({
        "name": "Morning triage", "description": "Overdue reviews back to TODO", "type": "TASK_AUTOMATION",
        "trigger": {"type": "schedule", "at": "weekly on monday at 09:00"},
        "actions": [{"type": "create_task", "title": "Triage {date}", "priority": "HIGH"}],
        "estimatedMinutesSaved": 12})"));
    const Run added = run(
        t, u,
        QStringList{QStringLiteral("workflow"), QStringLiteral("add"), QStringLiteral("--file"), file, QStringLiteral("--json")});
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const QJsonObject w = added.json().object();
    const QString id = w.value(QStringLiteral("id")).toString();
    QCOMPARE(w.value(QStringLiteral("frequency")).toString(), QStringLiteral("Every Monday at 09:00"));
    QVERIFY(!w.value(QStringLiteral("nextRunAt")).toString().isEmpty());

    const Run listed = run(t, u, words("workflow list --json"));
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(listed.json().array().size(), 1);
    const Run shown = run(t, u, QStringList{QStringLiteral("workflow"), QStringLiteral("show"), id.left(8)});
    QCOMPARE(shown.exitCode, 0);
    QVERIFY(shown.out.contains(QLatin1String("Morning triage")));
    const Run exported =
        run(t, u, QStringList{QStringLiteral("workflow"), QStringLiteral("export"), QStringLiteral("Morning triage")});
    QCOMPARE(exported.exitCode, 0);
    QCOMPARE(exported.json().object().value(QStringLiteral("estimatedMinutesSaved")).toDouble(), 12.0);

    const Run dry = run(t, u, QStringList{QStringLiteral("workflow"), QStringLiteral("dry-run"), id, QStringLiteral("--json")});
    QVERIFY2(dry.exitCode == 0, qPrintable(dry.err));
    QCOMPARE(dry.json().array().size(), 1);
    QCOMPARE(t.rowCount(QStringLiteral("task")), 0);

    const Run ran = run(t, u, QStringList{QStringLiteral("workflow"), QStringLiteral("run"), id, QStringLiteral("--json")});
    QVERIFY2(ran.exitCode == 0, qPrintable(ran.err));
    QCOMPARE(ran.json().object().value(QStringLiteral("status")).toString(), QStringLiteral("SUCCESS"));
    QCOMPARE(t.rowCount(QStringLiteral("task")), 1);
    const Run history =
        run(t, u, QStringList{QStringLiteral("workflow"), QStringLiteral("history"), id, QStringLiteral("--json")});
    QCOMPARE(history.exitCode, 0);
    QCOMPARE(history.json().array().size(), 1);

    const Run off = run(t, u, QStringList{QStringLiteral("workflow"), QStringLiteral("disable"), id, QStringLiteral("--json")});
    QCOMPARE(off.exitCode, 0);
    QCOMPARE(off.json().object().value(QStringLiteral("isActive")).toBool(), false);
    const Run on = run(t, u, QStringList{QStringLiteral("workflow"), QStringLiteral("enable"), id, QStringLiteral("--json")});
    QCOMPARE(on.json().object().value(QStringLiteral("isActive")).toBool(), true);

    const QString changed = writeFile(dir, QStringLiteral("w2.json"), QStringLiteral(R"({
        "name": "Morning triage", "type": "TASK_AUTOMATION", "trigger": {"type": "interval", "minutes": 90},
        "actions": [{"type": "notify", "title": "Hi"}], "estimatedMinutesSaved": 3})"));
    const Run updated = run(t, u,
                            QStringList{QStringLiteral("workflow"), QStringLiteral("update"), id, QStringLiteral("--file"),
                                        changed, QStringLiteral("--json")});
    QVERIFY2(updated.exitCode == 0, qPrintable(updated.err));
    QCOMPARE(updated.json().object().value(QStringLiteral("frequency")).toString(), QStringLiteral("Every 90 minutes"));
}

void TestWorkflowCli::badFilesWriteNothing()
{
    auto &t = database();
    const User &u = defaultUser();
    QTemporaryDir dir;
    const QString bad = writeFile(dir, QStringLiteral("bad.json"), QStringLiteral(R"({
        "name": "Bad", "type": "TASK_AUTOMATION", "trigger": {"type": "manual"},
        "actions": [{"type": "notify", "title": "ok"}, {"type": "notify", "title": "ok"},
                    {"type": "create_task", "title": "x", "due_in_days": "soon"}],
        "estimatedMinutesSaved": 1})"));
    const Run r = run(t, u, QStringList{QStringLiteral("workflow"), QStringLiteral("add"), QStringLiteral("--file"), bad});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("actions[2].due_in_days")), qPrintable(r.err));
    QCOMPARE(t.rowCount(QStringLiteral("workflow")), 0);
    // --file -: the standard input, with the same 64 KiB limit (a pipe has no size to check first).
    CliRunner piped = cli(t, u);
    piped.input = QByteArrayLiteral(R"({"name": "From a pipe", "type": "TASK_AUTOMATION", "trigger": {"type": "manual"},
        "actions": [{"type": "notify", "title": "ok"}], "estimatedMinutesSaved": 1})");
    const Run fromPipe = piped.run(words("workflow add --file -"));
    QVERIFY2(fromPipe.exitCode == 0, qPrintable(fromPipe.err));
    QCOMPARE(t.rowCount(QStringLiteral("workflow")), 1);
    piped.input = QByteArray(70000, ' ');
    const Run tooLong = piped.run(words("workflow add --file -"));
    QCOMPARE(tooLong.exitCode, 1);
    QVERIFY2(tooLong.err.contains(QLatin1String("- is larger than 64 KiB")), qPrintable(tooLong.err));
    QCOMPARE(t.rowCount(QStringLiteral("workflow")), 1);
    const Run missing = run(t, u, words("workflow show nosuchworkflow"));
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains(QLatin1String("no workflow")));
    const Run usage = run(t, u, words("workflow frobnicate"));
    QCOMPARE(usage.exitCode, 2);
    const Run badAt = run(t, u, words("scheduler --once --at yesterday"));
    QCOMPARE(badAt.exitCode, 2);
    QVERIFY(badAt.err.contains(QLatin1String("at: ")));
}

void TestWorkflowCli::schedulerOnceAt()
{
    auto &t = database();
    const User &u = defaultUser();
    const auto w = addWorkflow(t.db(), u, QStringLiteral("Hourly"), QStringLiteral("{\"type\":\"interval\",\"minutes\":60}"),
                               QStringLiteral("[{\"type\":\"create_task\",\"title\":\"Tick\"}]"), 5, kDue);
    CHECK_OK(w);
    const Run early = run(t, u,
                          QStringList{QStringLiteral("scheduler"), QStringLiteral("--once"), QStringLiteral("--at"),
                                      kDue.addSecs(-60).toString(Qt::ISODate)});
    QVERIFY2(early.exitCode == 0, qPrintable(early.err));
    QCOMPARE(t.rowCount(QStringLiteral("workflow_execution")), 0);
    const Run due = run(t, u,
                        QStringList{QStringLiteral("scheduler"), QStringLiteral("--once"), QStringLiteral("--at"),
                                    kDue.addSecs(30).toString(Qt::ISODate)});
    QVERIFY2(due.exitCode == 0, qPrintable(due.err));
    QVERIFY2(due.out.contains(QLatin1String("Succeeded")), qPrintable(due.out)); // each run is logged
    QCOMPARE(t.rowCount(QStringLiteral("workflow_execution")), 1);
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM task WHERE title = 'Tick'")), 1);
}

void TestWorkflowCli::twoSchedulerProcesses()
{
    auto &t = database();
    const User &u = defaultUser();
    constexpr int kWorkflows = 100;
    for (int i = 0; i < kWorkflows; ++i)
        CHECK_OK(addWorkflow(t.db(), u, QStringLiteral("W%1").arg(i, 3, 10, QLatin1Char('0')),
                             QStringLiteral("{\"type\":\"interval\",\"minutes\":60}"),
                             QStringLiteral("[{\"type\":\"create_task\",\"title\":\"run of W%1\"}]").arg(i), 1, kDue));
    // Two due times per workflow (200 due runs), each taken by two processes at once.
    for (int round = 0; round < 2; ++round) {
        const QString at = kDue.addSecs(round * 3600 + 10).toString(Qt::ISODate);
        QObject owner;
        QProcess *a =
            start(t, u, QStringList{QStringLiteral("scheduler"), QStringLiteral("--once"), QStringLiteral("--at"), at}, &owner);
        QProcess *b =
            start(t, u, QStringList{QStringLiteral("scheduler"), QStringLiteral("--once"), QStringLiteral("--at"), at}, &owner);
        QVERIFY(a->waitForFinished(300000));
        QVERIFY(b->waitForFinished(300000));
        QVERIFY2(a->exitCode() == 0, a->readAllStandardError().constData());
        QVERIFY2(b->exitCode() == 0, b->readAllStandardError().constData());
    }
    QCOMPARE(t.rowCount(QStringLiteral("workflow_execution")), 2 * kWorkflows);
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM workflow_execution WHERE status = 'SUCCESS'")), 2 * kWorkflows);
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(DISTINCT workflow_id || trigger_key) FROM workflow_execution")),
             2 * kWorkflows);
    QCOMPARE(t.rowCount(QStringLiteral("task")), 2 * kWorkflows);
}

void TestWorkflowCli::userTimeZone()
{
    auto &t = database();
    const User &u = defaultUser();
    const Run bad = run(t, u, words("user set --time-zone Nowhere/Bogus"));
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.err.contains(QLatin1String("timeZone: unknown time zone")), qPrintable(bad.err));
    QCOMPARE(scalar(t.db(), QStringLiteral("SELECT time_zone FROM app_user WHERE id = ?"), {u.id}).toString(), QString());
    const Run ok = run(t, u, words("user set --time-zone Asia/Kolkata --json"));
    QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
    QCOMPARE(ok.json().object().value(QStringLiteral("timeZone")).toString(), QStringLiteral("Asia/Kolkata"));
    const Run shown = run(t, u, words("user show"));
    QCOMPARE(shown.exitCode, 0);
    QVERIFY(shown.out.contains(QLatin1String("Asia/Kolkata")));
}

void TestWorkflowCli::killedSchedulerRecovers()
{
    auto &t = database();
    const User &u = defaultUser();
    // Enough tasks that exporting them takes a while: the run is killed in the middle of it.
    QList<Task> many;
    for (int i = 0; i < 40000; ++i) {
        Task task;
        task.userId = u.id;
        task.title = QStringLiteral("Task %1 with a title long enough to take some time to write out").arg(i);
        task.description = QStringLiteral("Description %1 ").arg(i).repeated(8);
        many << task;
    }
    CHECK_OK(TaskRepository(t.db(), UserContext::of(u)).bulkInsert(many));
    QTemporaryDir dir;
    const auto w =
        addWorkflow(t.db(), u, QStringLiteral("Export"), QStringLiteral("{\"type\":\"interval\",\"minutes\":60}"),
                    QStringLiteral("[{\"type\":\"create_task\",\"title\":\"Crash marker\"},"
                                   "{\"type\":\"export_data\",\"kind\":\"tasks\",\"format\":\"json\",\"folder\":\"%1\"}]")
                        .arg(dir.path()),
                    5, kDue);
    CHECK_OK(w);
    const QString at = kDue.addSecs(10).toString(Qt::ISODate);
    auto watcher = t.openSecond(QStringLiteral("watcher"));
    QVERIFY(watcher);
    QObject owner;
    QProcess *p =
        start(t, u, QStringList{QStringLiteral("scheduler"), QStringLiteral("--once"), QStringLiteral("--at"), at}, &owner);
    QVERIFY(p->waitForStarted());
    QElapsedTimer clock;
    clock.start();
    bool seen = false;
    while (!seen && p->state() == QProcess::Running && clock.elapsed() < 60000) {
        seen = count(*watcher, QStringLiteral("SELECT count(*) FROM workflow_execution WHERE status = 'RUNNING'")) == 1;
        if (!seen)
            QTest::qWait(2);
    }
    QVERIFY2(seen, "the run was never seen RUNNING (it finished too fast to be killed)");
    p->kill(); // SIGKILL
    QVERIFY(p->waitForFinished(30000));
    watcher.reset();
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM workflow_execution WHERE status = 'RUNNING'")), 1);
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM task WHERE title = 'Crash marker'")), 0);

    // Restarted at the same time: the interrupted run is closed, and its due time (of which nothing
    // committed) runs again, once.
    const Run again = run(t, u, QStringList{QStringLiteral("scheduler"), QStringLiteral("--once"), QStringLiteral("--at"), at});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM workflow_execution WHERE status = 'RUNNING'")), 0);
    QCOMPARE(
        count(t.db(),
              QStringLiteral("SELECT count(*) FROM workflow_execution WHERE status = 'FAILED' AND error LIKE 'interrupted%'")),
        1);
    QCOMPARE(count(t.db(),
                   QStringLiteral("SELECT count(*) FROM workflow_execution WHERE status = 'SUCCESS' "
                                  "AND trigger_key LIKE 'rerun:at:%'")),
             1);
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM task WHERE title = 'Crash marker'")), 1);
    // Once more at the same time: never twice.
    const Run third = run(t, u, QStringList{QStringLiteral("scheduler"), QStringLiteral("--once"), QStringLiteral("--at"), at});
    QVERIFY2(third.exitCode == 0, qPrintable(third.err));
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM task WHERE title = 'Crash marker'")), 1);
    // The next due time runs normally, once.
    const Run next = run(t, u,
                         QStringList{QStringLiteral("scheduler"), QStringLiteral("--once"), QStringLiteral("--at"),
                                     kDue.addSecs(3600 + 10).toString(Qt::ISODate)});
    QVERIFY2(next.exitCode == 0, qPrintable(next.err));
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM task WHERE title = 'Crash marker'")), 2);
    QCOMPARE(t.rowCount(QStringLiteral("workflow_execution")), 3);
}

QTEST_MAIN(TestWorkflowCli)
#include "tst_workflowcli.moc"
