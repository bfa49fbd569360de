// The files workflow runs write (workflow/OutputFolders): only inside the home folder or a folder
// the user chose, never through a symbolic link, never over an existing file, formula cells
// inert; and the limit of tasks one chain of runs may create (workflow/RunLimits). Real files in
// a temporary home folder, the real engine and scheduler, on SQLite and PostgreSQL.

#include "Checks.h"
#include "CliRunner.h"
#include "DatabaseTestCase.h"
#include "EngineTestHelpers.h"

#include "domain/Clock.h"
#include "repositories/ExecutionRepository.h"
#include "repositories/TaskRepository.h"
#include "workflow/OutputFolders.h"
#include "workflow/RunLimits.h"
#include "workflow/WorkflowScheduler.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace doo;
using namespace doo::test;

namespace {
const QDateTime kNow(QDate(2026, 12, 7), QTime(14, 2), Qt::UTC); // 14:02 in the owner's zone (UTC)
const QString kManual = QStringLiteral("{\"type\":\"manual\"}");
const QString kStamp = QStringLiteral("2026-12-07-1402");

QString exportTo(const QString &folder)
{
    return QStringLiteral("[{\"type\":\"export_data\",\"kind\":\"tasks\",\"format\":\"csv\",\"folder\":\"%1\"}]").arg(folder);
}

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeText(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

bool isLink(const QString &path)
{
    return QFileInfo(path).isSymLink();
}
} // namespace

class TestWorkflowFiles : public DatabaseTestCase
{
    Q_OBJECT

public:
    TestWorkflowFiles() : DatabaseTestCase(QStringLiteral("d@example.com"), UserRole::Director) { useFixedClock(kNow); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid() && m_outside.isValid());
        m_oldHome = qgetenv("HOME");
        qputenv("HOME", QFile::encodeName(m_home.path()));
        QCOMPARE(QDir::cleanPath(QDir::homePath()), QDir::cleanPath(m_home.path()));
    }
    void cleanupTestCase() { qputenv("HOME", m_oldHome); }
    void init()
    {
        OutputFolders::clearChosen();
        DatabaseTestCase::init();
        setTimeZone(database().db(), defaultUser(), QStringLiteral("UTC")); // the files' names: 14:02
    }
    void cleanup()
    {
        DatabaseTestCase::cleanup();
        // Each test starts with an empty home and outside folder (links removed, never followed).
        for (const QString &root : {m_home.path(), m_outside.path()}) {
            const QDir dir(root);
            for (const QFileInfo &entry :
                 dir.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)) {
                if (entry.isSymLink() || !entry.isDir())
                    QFile::remove(entry.filePath());
                else
                    QDir(entry.filePath()).removeRecursively();
            }
        }
    }

    void policyAllowsHomeAndChosenFolders();
    void outsideHomeRefusedByWorkflowAdd();
    void outsideHomeRefusedAtRun();
    void symlinkedFolderRefused();
    void symlinkedFileNotFollowed();
    void existingFileNotOverwritten();
    void formulaCellsInertAndFilePrivate();
    void fanOutStopsAtChainLimit();

private:
    Result<WorkflowExecution> runOnce(const Workflow &w)
    {
        WorkflowScheduler scheduler(database().db(), UserContext::of(defaultUser()));
        scheduler.setRetryBase(1);
        return scheduler.runNowAndWait(w);
    }
    QString home(const QString &relative) const { return QDir(m_home.path()).filePath(relative); }

    QTemporaryDir m_home;
    QTemporaryDir m_outside;
    QByteArray m_oldHome;
};

void TestWorkflowFiles::policyAllowsHomeAndChosenFolders()
{
    CHECK_OK(OutputFolders::check(QStringLiteral("~/Reports"), QStringLiteral("f")));
    CHECK_OK(OutputFolders::check(home(QStringLiteral("a/b")), QStringLiteral("f")));
    const QString outside = m_outside.path();
    const Status refused = OutputFolders::check(outside, QStringLiteral("actions[0].folder"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().field, QStringLiteral("actions[0].folder"));
    QVERIFY2(refused.error().message.startsWith(QLatin1String("folder must be inside your home folder or a folder you chose")),
             qPrintable(refused.error().message));
    // "~/../x" and "/home/../etc" are cleaned before they are judged.
    QVERIFY(!OutputFolders::check(QStringLiteral("~/../elsewhere"), QStringLiteral("f")));
    QVERIFY(!OutputFolders::check(home(QStringLiteral("../elsewhere")), QStringLiteral("f")));
    // A folder chosen in the editor: allowed while the editor shows it, and once saved.
    CHECK_OK(OutputFolders::check(outside + QStringLiteral("/sub"), QStringLiteral("f"), {outside}));
    QVERIFY(!OutputFolders::check(outside, QStringLiteral("f")));
    OutputFolders::addChosen({outside});
    CHECK_OK(OutputFolders::check(outside + QStringLiteral("/sub"), QStringLiteral("f")));
    OutputFolders::clearChosen();
    QVERIFY(!OutputFolders::check(outside, QStringLiteral("f")));
}

void TestWorkflowFiles::outsideHomeRefusedByWorkflowAdd()
{
    if (!CliRunner::available())
        QSKIP("the program is not built");
    auto &t = database();
    const QString file = home(QStringLiteral("w.json"));
    QVERIFY(writeText(file,
                      QStringLiteral(R"({"name": "Out", "type": "TASK_AUTOMATION", "trigger": {"type": "manual"},
        "actions": [{"type": "notify", "title": "ok"},
                    {"type": "export_data", "kind": "tasks", "format": "csv", "folder": "%1"}],
        "estimatedMinutesSaved": 1})")
                          .arg(m_outside.path())
                          .toUtf8()));
    CliRunner cli(t, defaultUser().email);
    cli.setEnv(QStringLiteral("HOME"), m_home.path());
    const CliRun r = cli.run({QStringLiteral("workflow"), QStringLiteral("add"), QStringLiteral("--file"), file});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("actions[1].folder: folder must be inside your home folder or a folder you chose")),
             qPrintable(r.err));
    QCOMPARE(t.rowCount(QStringLiteral("workflow")), 0);
    // Inside the home folder it is added.
    QVERIFY(writeText(file, contents(file).replace(m_outside.path().toUtf8(), "~/Exports")));
    const CliRun ok = cli.run({QStringLiteral("workflow"), QStringLiteral("add"), QStringLiteral("--file"), file});
    QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
    QCOMPARE(t.rowCount(QStringLiteral("workflow")), 1);
}

void TestWorkflowFiles::outsideHomeRefusedAtRun()
{
    auto &t = database();
    const User &u = defaultUser();
    // Stored without the editor's or the command's check (an older version, another computer).
    const auto w = addWorkflow(t.db(), u, QStringLiteral("Out"), kManual, exportTo(m_outside.path()));
    CHECK_OK(w);
    const auto e = runOnce(*w);
    CHECK_OK(e);
    QCOMPARE(e->status, ExecutionStatus::Failed);
    QVERIFY2(e->error.startsWith(QLatin1String("actions[0].folder: folder must be inside your home folder")),
             qPrintable(e->error));
    QVERIFY(QDir(m_outside.path()).isEmpty());
}

void TestWorkflowFiles::symlinkedFolderRefused()
{
    auto &t = database();
    const User &u = defaultUser();
    QTemporaryDir target(m_outside.filePath(QStringLiteral("target-XXXXXX")));
    QVERIFY(target.isValid());
    QVERIFY(QFile::link(target.path(), home(QStringLiteral("Linked"))));
    QVERIFY(QDir().mkpath(home(QStringLiteral("Real"))));
    QVERIFY(QFile::link(target.path(), home(QStringLiteral("Real/inner"))));
    for (const QString &folder :
         {QStringLiteral("~/Linked"), QStringLiteral("~/Linked/deeper"), QStringLiteral("~/Real/inner")}) {
        const Status checked = OutputFolders::check(folder, QStringLiteral("folder"));
        QVERIFY2(!checked && checked.error().message.contains(QLatin1String("symbolic link")), qPrintable(folder));
        const auto w = addWorkflow(t.db(), u, folder, kManual, exportTo(folder));
        CHECK_OK(w);
        const auto e = runOnce(*w);
        CHECK_OK(e);
        QCOMPARE(e->status, ExecutionStatus::Failed);
        QVERIFY2(e->error.contains(QLatin1String("symbolic link")), qPrintable(e->error));
    }
    QVERIFY(QDir(target.path()).isEmpty());
}

void TestWorkflowFiles::symlinkedFileNotFollowed()
{
    auto &t = database();
    const User &u = defaultUser();
    const QString folder = home(QStringLiteral("Exports"));
    QVERIFY(QDir().mkpath(folder));
    const QString victim = m_outside.filePath(QStringLiteral("bashrc"));
    QVERIFY(writeText(victim, "keep me\n"));
    const QString planted = folder + QStringLiteral("/tasks-%1.csv").arg(kStamp);
    QVERIFY(QFile::link(victim, planted));
    const QString dangling = m_outside.filePath(QStringLiteral("never-made"));
    QVERIFY(QFile::link(dangling, folder + QStringLiteral("/tasks-%1 (2).csv").arg(kStamp)));
    const auto w = addWorkflow(t.db(), u, QStringLiteral("Export"), kManual, exportTo(QStringLiteral("~/Exports")));
    CHECK_OK(w);
    const auto e = runOnce(*w);
    CHECK_OK(e);
    QCOMPARE(e->status, ExecutionStatus::Success);
    QCOMPARE(contents(victim), QByteArray("keep me\n"));
    QVERIFY(isLink(planted));
    QVERIFY(!QFile::exists(dangling));
    const QString written = folder + QStringLiteral("/tasks-%1 (3).csv").arg(kStamp);
    QVERIFY2(contents(written).startsWith("id,title,"), qPrintable(written));
    QVERIFY(!isLink(written));
    const QJsonArray files = QJsonDocument::fromJson(e->output.toUtf8()).object().value(QStringLiteral("files")).toArray();
    QCOMPARE(files, QJsonArray{written});
    // Nothing else was left in the folder (no temporary file).
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot).size(), 3);
}

void TestWorkflowFiles::existingFileNotOverwritten()
{
    auto &t = database();
    const User &u = defaultUser();
    const QString folder = home(QStringLiteral("Exports"));
    QVERIFY(QDir().mkpath(folder));
    const QString foreign = folder + QStringLiteral("/tasks-%1.csv").arg(kStamp);
    QVERIFY(writeText(foreign, "someone else's\n"));
    const auto w = addWorkflow(t.db(), u, QStringLiteral("Export"), kManual, exportTo(QStringLiteral("~/Exports")));
    CHECK_OK(w);
    CHECK_OK(runOnce(*w));
    CHECK_OK(runOnce(*w)); // the same minute again: a third name, the second file kept
    QCOMPARE(contents(foreign), QByteArray("someone else's\n"));
    QVERIFY(contents(folder + QStringLiteral("/tasks-%1 (2).csv").arg(kStamp)).startsWith("id,title,"));
    QVERIFY(contents(folder + QStringLiteral("/tasks-%1 (3).csv").arg(kStamp)).startsWith("id,title,"));
}

void TestWorkflowFiles::formulaCellsInertAndFilePrivate()
{
    auto &t = database();
    const User &u = defaultUser();
    TaskRepository tasks(t.db(), UserContext::of(u));
    const QStringList formulas = {QStringLiteral("=cmd|' /C calc'!A0"), QStringLiteral("+1+1"), QStringLiteral("-2+3"),
                                  QStringLiteral("@SUM(A1)")};
    for (const QString &title : formulas) {
        Task task;
        task.title = title;
        CHECK_OK(tasks.create(task));
    }
    Task tabbed; // descriptions keep their first character: a tab, a carriage return
    tabbed.title = QStringLiteral("Tabbed");
    tabbed.description = QStringLiteral("\tTAB");
    CHECK_OK(tasks.create(tabbed));
    Task returned;
    returned.title = QStringLiteral("Returned");
    returned.description = QStringLiteral("\rCR");
    CHECK_OK(tasks.create(returned));
    const auto w = addWorkflow(t.db(), u, QStringLiteral("Export"), kManual, exportTo(QStringLiteral("~/Exports")));
    CHECK_OK(w);
    const auto e = runOnce(*w);
    CHECK_OK(e);
    QCOMPARE(e->status, ExecutionStatus::Success);
    const QString path = home(QStringLiteral("Exports/tasks-%1.csv").arg(kStamp));
    QCOMPARE(QJsonDocument::fromJson(e->output.toUtf8()).object().value(QStringLiteral("files")).toArray(), QJsonArray{path});
    const QByteArray csv = contents(path);
    for (const QString &title : formulas) {
        // Behind the id column: a quote mark first, so that a spreadsheet shows the text.
        const QByteArray plain = title.toUtf8();
        QVERIFY2(!csv.contains(QByteArray(',' + plain)) && !csv.contains(QByteArray(",\"" + plain)), plain.constData());
        QVERIFY2(csv.contains(QByteArray(",'" + plain)) || csv.contains(QByteArray(",\"'" + plain)), plain.constData());
    }
    QVERIFY2(csv.contains(",Tabbed,\"'\tTAB\","), csv.constData());
    QVERIFY2(csv.contains(",Returned,\"'\rCR\","), csv.constData()); // quoted for the CR, and neutralised
    const QFile::Permissions mode = QFile::permissions(path);
    QVERIFY(mode.testFlag(QFile::ReadOwner) && mode.testFlag(QFile::WriteOwner));
    QVERIFY(!(mode & (QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther | QFile::ReadOther | QFile::WriteOther)));
}

void TestWorkflowFiles::fanOutStopsAtChainLimit()
{
    auto &t = database();
    const User &u = defaultUser();
    QStringList actions;
    for (int i = 0; i < 50; ++i)
        actions << QStringLiteral("{\"type\":\"create_task\",\"title\":\"Copy %1 of {task.title}\"}").arg(i);
    const QString onCreated = QStringLiteral("{\"type\":\"event\",\"event\":\"task.created\"}");
    const QString many = QLatin1Char('[') + actions.join(QLatin1Char(',')) + QLatin1Char(']');
    CHECK_OK(addWorkflow(t.db(), u, QStringLiteral("Ping"), onCreated, many));
    CHECK_OK(addWorkflow(t.db(), u, QStringLiteral("Pong"), onCreated, many));
    const QString errors = QStringLiteral("SELECT count(*) FROM notification WHERE type = 'ERROR'");

    WorkflowScheduler scheduler(t.db(), UserContext::of(u));
    scheduler.setRetryBase(1);
    TaskRepository tasks(t.db(), UserContext::of(u));
    Task first;
    first.title = QStringLiteral("One");
    CHECK_OK(tasks.create(first));
    CHECK_OK(scheduler.runPass());
    // One chain: at most its limit of new tasks, one ERROR notification, nothing left waiting.
    QCOMPARE(t.rowCount(QStringLiteral("task")), 1 + RunLimits::kTasksPerChain);
    QCOMPARE(count(t.db(), errors), 1);
    QCOMPARE(t.rowCount(QStringLiteral("workflow_event")), 0);
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM workflow_execution WHERE status = 'RUNNING'")), 0);
    QCOMPARE(scheduler.retriesWaiting(), 0);
    const QString failed =
        scalar(t.db(), QStringLiteral("SELECT error FROM workflow_execution WHERE status = 'FAILED'")).toString();
    QVERIFY2(failed.contains(QLatin1String("may create at most 200 tasks together")), qPrintable(failed));

    // Two more chains in the same minute: the second is stopped by the limit per minute.
    Task second;
    second.title = QStringLiteral("Two");
    CHECK_OK(tasks.create(second));
    CHECK_OK(scheduler.runPass());
    QCOMPARE(t.rowCount(QStringLiteral("task")), 2 + 2 * RunLimits::kTasksPerChain);
    Task third;
    third.title = QStringLiteral("Three");
    CHECK_OK(tasks.create(third));
    CHECK_OK(scheduler.runPass());
    const int made = count(t.db(), QStringLiteral("SELECT count(*) FROM task WHERE workflow_id IS NOT NULL"));
    QVERIFY2(made <= RunLimits::kTasksPerMinute && made > 2 * RunLimits::kTasksPerChain, qPrintable(QString::number(made)));
    QCOMPARE(count(t.db(), errors), 3);
    QVERIFY(!scalar(t.db(), QStringLiteral("SELECT error FROM workflow_execution WHERE error LIKE '%a minute%'")).isNull());
    QCOMPARE(t.rowCount(QStringLiteral("workflow_event")), 0);
    // A minute later the user's workflows create tasks again.
    clock().set(kNow.addSecs(120));
    Task fourth;
    fourth.title = QStringLiteral("Four");
    CHECK_OK(tasks.create(fourth));
    CHECK_OK(scheduler.runPass());
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM task WHERE workflow_id IS NOT NULL")),
             made + RunLimits::kTasksPerChain);
}

QTEST_MAIN(TestWorkflowFiles)
#include "tst_workflowfiles.moc"
