#include "DatabaseTestCase.h"
#include "Checks.h"
#include "EngineTestHelpers.h"

#include "BoardWidget.h"
#include "MainWindow.h"
#include "db/Query.h"
#include "db/Reconnector.h"
#include "db/Transaction.h"
#include "itemmodels/ChangeWatcher.h"
#include "itemmodels/TaskBoard.h"
#include "itemmodels/TaskColumnModel.h"
#include "itemmodels/WriteRetry.h"
#include "repositories/TaskRepository.h"
#include "workflow/SchedulerThread.h"

#include <QLabel>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlError>
#include <QTest>
#include <QUndoStack>

using namespace doo;
using namespace doo::test;

// Surviving the server (PostgreSQL only): a lost connection is noticed and classified, reopened
// with its session set up again, a write it dropped is run again only when that cannot double it,
// and the window and its scheduler go on through real server restarts.
class TestReconnect : public DatabaseTestCase
{
    Q_OBJECT

public:
    TestReconnect() : DatabaseTestCase(QStringLiteral("me@example.com")) { }

private Q_SLOTS:
    void cleanup()
    {
        m_killer.reset(); // before the test's database is dropped
        DatabaseTestCase::cleanup();
    }
    void lostConnectionIsClassified();
    void reconnectSetsTheSessionUpAgain();
    void reconnectorBacksOffUntilTheServerTakesConnections();
    void writeLostBeforeCommitRunsOnceMore();
    void commitInFlightIsNeverBlindlyRepeated();
    void boardAndWatcherSurviveAKilledConnection();
    void windowAndSchedulerSurviveServerRestarts();

private:
    // A second connection (the test's superuser) that ends other sessions.
    std::unique_ptr<Database> m_killer;

    bool postgresOnly()
    {
        if (database().db().type() != DbType::PostgreSQL)
            return false;
        if (!m_killer)
            m_killer = database().openSecond(QStringLiteral("killer"));
        return m_killer != nullptr;
    }
    // Ends `victim`'s server session, as a server restart or a network cut would.
    void kill(Database &victim)
    {
        const int pid = scalar(victim, QStringLiteral("SELECT pg_backend_pid()")).toInt();
        QVERIFY(pid > 0);
        QVERIFY(scalar(*m_killer, QStringLiteral("SELECT pg_terminate_backend(?)"), {pid}).toBool());
        QTRY_COMPARE(count(*m_killer, QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE pid = ?"), {pid}), 0);
    }
    int tasksTitled(const QString &title) { return tasksTitled(*m_killer, title); }
    static int tasksTitled(Database &db, const QString &title)
    {
        return count(db, QStringLiteral("SELECT count(*) FROM task WHERE title = ?"), {title});
    }
};

#define SKIP_UNLESS_POSTGRESQL()                                                                                                 \
    if (!postgresOnly())                                                                                                         \
    QSKIP("a lost connection is a server's matter: an SQLite file has no connection to lose")

void TestReconnect::lostConnectionIsClassified()
{
    SKIP_UNLESS_POSTGRESQL();
    Database &db = database().db();
    // libpq's words, as Qt's driver passes them on (often without an SQLSTATE).
    const QStringList lost = {
        QStringLiteral("server closed the connection unexpectedly\n\tThis probably means the server terminated abnormally"),
        QStringLiteral("FATAL:  terminating connection due to administrator command"),
        QStringLiteral("no connection to the server"),
        QStringLiteral("could not connect to server: Connection refused"),
    };
    for (const QString &text : lost) {
        const QSqlError error(QString(), text, QSqlError::StatementError);
        QCOMPARE(db.classify(error, QStringLiteral("test")).kind, Error::Kind::ConnectionLost);
    }
    const QSqlError shutdown(QString(), QStringLiteral("the server is going down"), QSqlError::StatementError,
                             QStringLiteral("57P01"));
    QCOMPARE(db.classify(shutdown, QStringLiteral("test")).kind, Error::Kind::ConnectionLost);
    const QSqlError syntax(QString(), QStringLiteral("syntax error at or near \"SELEC\""), QSqlError::StatementError,
                           QStringLiteral("42601"));
    QCOMPARE(db.classify(syntax, QStringLiteral("test")).kind, Error::Kind::Internal);
    QVERIFY(!db.isLost());

    // And the real thing: the server ends the session; the next statement says so, marks the
    // connection lost, and later ones fail at once without reaching for the server.
    kill(db);
    Query q(db);
    QVERIFY(!q.exec(QStringLiteral("SELECT 1")));
    QCOMPARE(q.error().kind, Error::Kind::ConnectionLost);
    QVERIFY(db.isLost());
    QVERIFY(!db.isConnected());
    Query again(db);
    QVERIFY(!again.exec(QStringLiteral("SELECT ?"), {1}));
    QCOMPARE(again.error().kind, Error::Kind::ConnectionLost);
}

void TestReconnect::reconnectSetsTheSessionUpAgain()
{
    SKIP_UNLESS_POSTGRESQL();
    Database &db = database().db();
    const QString bound = QStringLiteral("SELECT ? || '!'");
    QCOMPARE(scalar(db, bound, {QStringLiteral("first")}).toString(), QStringLiteral("first!")); // prepared, cached
    Query zone(db);
    QVERIFY(zone.exec(QStringLiteral("SET TIME ZONE 'Europe/Berlin'"))); // gone with the session
    QSignalSpy lost(&db.reconnector(), &Reconnector::connectionLost);
    QSignalSpy back(&db.reconnector(), &Reconnector::reconnected);
    const int generation = db.generation();

    kill(db);
    {
        Query q(db);
        QVERIFY(!q.exec(bound, {QStringLiteral("second")}));
        QCOMPARE(q.error().kind, Error::Kind::ConnectionLost);
    }
    QTRY_COMPARE(lost.size(), 1);
    QVERIFY(!db.reconnector().isConnected());

    // The Reconnector's first try comes after half a second.
    QTRY_COMPARE_WITH_TIMEOUT(back.size(), 1, 10000);
    QVERIFY(!db.isLost());
    QCOMPARE(db.generation(), generation + 1);
    QVERIFY(db.reconnector().isConnected());
    QCOMPARE(scalar(db, bound, {QStringLiteral("third")}).toString(), QStringLiteral("third!")); // prepared anew
    QCOMPARE(scalar(db, QStringLiteral("SHOW TimeZone")).toString(), QStringLiteral("UTC"));
    // A transaction works again too.
    Transaction tx(db);
    QVERIFY(tx.isActive());
    CHECK_OK(tx.commit());
}

void TestReconnect::reconnectorBacksOffUntilTheServerTakesConnections()
{
    SKIP_UNLESS_POSTGRESQL();
    Database &db = database().db();
    const QString name = database().url().database;
    // A database cannot refuse connections from a session of its own: the server's default one.
    const auto serverUrl = DatabaseUrl::parse(qEnvironmentVariable("DOO_TEST_PG_URL"));
    CHECK_OK(serverUrl);
    auto server = Database::open(*serverUrl, QStringLiteral("refuser"));
    CHECK_OK(server);
    Query refuse(**server);
    QVERIFY(refuse.exec(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS false").arg(name)));
    Reconnector &reconnector = db.reconnector();
    reconnector.setBackoff(100, 400);
    QSignalSpy back(&reconnector, &Reconnector::reconnected);
    kill(db);
    QVERIFY(!Query(db).exec(QStringLiteral("SELECT 1")));
    // Each refused try doubles the wait up to the cap: 100, 200, 400, 400 ms …
    QTRY_COMPARE_WITH_TIMEOUT(reconnector.nextDelay(), 400, 10000);
    QTest::qWait(1500);
    QCOMPARE(back.size(), 0);
    QVERIFY(db.isLost());
    Query allow(**server);
    QVERIFY(allow.exec(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS true").arg(name)));
    QTRY_COMPARE_WITH_TIMEOUT(back.size(), 1, 10000);
    QCOMPARE(scalar(db, QStringLiteral("SELECT ?"), {7}).toInt(), 7);
    QCOMPARE(reconnector.nextDelay(), 100); // back to the first wait for the next time
}

void TestReconnect::writeLostBeforeCommitRunsOnceMore()
{
    SKIP_UNLESS_POSTGRESQL();
    Database &db = database().db();
    TaskRepository repo(db, UserContext::of(defaultUser()));
    auto create = [&](const QString &title) {
        Task t;
        t.title = title;
        return repo.create(t);
    };
    // The session ends before the change: BEGIN fails, the server has nothing; one more run.
    int calls = 0;
    auto once = WriteRetry::run<Result<Task>>(db, QStringLiteral("the new task"), [&] {
        if (++calls == 1)
            kill(db);
        return create(QStringLiteral("Once"));
    });
    CHECK_OK(once);
    QCOMPARE(calls, 2);
    QCOMPARE(tasksTitled(QStringLiteral("Once")), 1);

    // Lost again on the second run: told what was not saved, and nothing is.
    calls = 0;
    auto never = WriteRetry::run<Result<Task>>(db, QStringLiteral("the new task \"Never\""), [&] {
        ++calls;
        kill(db);
        return create(QStringLiteral("Never"));
    });
    QVERIFY(!never);
    QCOMPARE(never.error().kind, Error::Kind::ConnectionLost);
    QVERIFY2(never.error().message.contains(QStringLiteral("the new task \"Never\"")), qPrintable(never.error().message));
    QCOMPARE(calls, 2);
    QCOMPARE(tasksTitled(QStringLiteral("Never")), 0);
}

void TestReconnect::commitInFlightIsNeverBlindlyRepeated()
{
    SKIP_UNLESS_POSTGRESQL();
    Database &db = database().db();
    TaskRepository repo(db, UserContext::of(defaultUser()));
    // The session dies between the last statement and COMMIT: the client cannot know whether
    // the server committed, so the commit says "unknown", not "lost".
    auto write = [&](const QString &title, int *calls) {
        Transaction tx(db);
        Task t;
        t.title = title;
        auto created = repo.create(t);
        if (!created)
            return created;
        if (++*calls == 1)
            kill(db);
        if (Status s = tx.commit(); !s)
            return Result<Task>(s.error());
        return created;
    };
    int calls = 0;
    auto unknown = WriteRetry::run<Result<Task>>(db, QStringLiteral("the new task \"Unknown\""),
                                                 [&] { return write(QStringLiteral("Unknown"), &calls); });
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().kind, Error::Kind::CommitUnknown);
    QVERIFY2(unknown.error().message.contains(QStringLiteral("the new task \"Unknown\"")), qPrintable(unknown.error().message));
    QCOMPARE(calls, 1); // no check: never run again
    QVERIFY(!db.isLost()); // reopened to be able to check

    // With a check that reads the row: not there, so running it again is the first time it counts.
    calls = 0;
    auto checked = WriteRetry::run<Result<Task>>(
        db, QStringLiteral("the new task \"Checked\""), [&] { return write(QStringLiteral("Checked"), &calls); },
        [&]() -> std::optional<Result<Task>> {
            if (tasksTitled(QStringLiteral("Checked")) == 0)
                return std::nullopt;
            return Result<Task>(Error::make(Error::Kind::Internal, QStringLiteral("should not be there")));
        });
    CHECK_OK(checked);
    QCOMPARE(calls, 2);
    QCOMPARE(tasksTitled(QStringLiteral("Checked")), 1);
    QCOMPARE(tasksTitled(QStringLiteral("Unknown")), 0); // the server had rolled it back
}

void TestReconnect::boardAndWatcherSurviveAKilledConnection()
{
    SKIP_UNLESS_POSTGRESQL();
    Database &db = database().db();
    QUndoStack undo;
    TaskBoard board(db, UserContext::of(defaultUser()), &undo);
    ChangeWatcher *watcher = board.watcher();
    watcher->start(200);
    QSignalSpy connection(watcher, &ChangeWatcher::connectionChanged);
    QSignalSpy elsewhere(watcher, &ChangeWatcher::changedElsewhere);

    // Lost while idle: the watcher's poll notices, the Reconnector brings it back, the watcher
    // says so and LISTENs again.
    kill(db);
    QTRY_VERIFY(connection.size() >= 1);
    QCOMPARE(connection.first().first().toBool(), false);
    QTRY_COMPARE_WITH_TIMEOUT(connection.size(), 2, 10000);
    QCOMPARE(connection.last().first().toBool(), true);
    elsewhere.clear();
    Query notify(*m_killer);
    QVERIFY(notify.exec(QStringLiteral("NOTIFY doo_changes, 'workflow'")));
    QTRY_VERIFY(elsewhere.contains(QVariantList{QStringLiteral("workflow")}));

    // Lost just before a change: the change goes through (once) and shows.
    kill(db);
    Task t;
    t.title = QStringLiteral("Through");
    auto created = board.createTask(t);
    CHECK_OK(created);
    QCOMPARE(tasksTitled(QStringLiteral("Through")), 1);
    QTRY_COMPARE(board.column(TaskStatus::Todo)->rowCount(), 1);
    kill(db);
    board.moveTasks({created->id}, TaskStatus::InProgress, 0);
    QTRY_COMPARE(board.column(TaskStatus::InProgress)->rowCount(), 1);
    QTRY_COMPARE(count(*m_killer, QStringLiteral("SELECT count(*) FROM task WHERE status = 'IN_PROGRESS'")), 1);
}

void TestReconnect::windowAndSchedulerSurviveServerRestarts()
{
    SKIP_UNLESS_POSTGRESQL();
    const QString pgCtl = qEnvironmentVariable("DOO_TEST_PG_CTL");
    if (pgCtl.isEmpty())
        QSKIP("restarting the server needs DOO_TEST_PG_CTL (tests/with-postgres.sh)");
    auto &t = database();
    const User &me = defaultUser();

    // Workflows due every interval minute, their first due times two seconds apart: a run falls
    // due every two seconds or so while the server comes and goes.
    const int workflowCount = 12;
    const QDateTime start = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < workflowCount; ++i) {
        const auto w = addWorkflow(t.db(), me, QStringLiteral("Every minute %1").arg(i),
                                   QStringLiteral("{\"type\":\"interval\",\"minutes\":1}"),
                                   QStringLiteral("[{\"type\":\"notify\",\"title\":\"Ran {time}\"}]"));
        CHECK_OK(w);
        Query due(t.db());
        QVERIFY(due.exec(QStringLiteral("UPDATE workflow SET next_run_at = ? WHERE id = ?"),
                         {Database::toDb(start.addSecs(2 + 2 * i)), w->id}));
    }

    MainWindow window(t.db(), me);
    window.show();
    auto *state = window.findChild<QLabel *>(QStringLiteral("statusConnection"));
    QVERIFY(state);
    QStringList shownWhileDown;
    connect(window.changeWatcher(), &ChangeWatcher::connectionChanged, &window, [&](bool connected) {
        if (!connected)
            shownWhileDown << state->text();
    });
    TaskBoard *board = window.findChild<BoardWidget *>(QStringLiteral("boardPage"))->board();
    QSignalSpy boardErrors(board, &TaskBoard::errorOccurred);
    SchedulerThread scheduler(t.url(), UserContext::of(me));
    QSignalSpy schedulerConnection(&scheduler, &SchedulerThread::connectionChanged);
    scheduler.start();

    QStringList acknowledged, refused, movedOk;
    QStringList createdIds;
    int serial = 0;
    auto changeSomething = [&] {
        Task task;
        task.title = QStringLiteral("T%1").arg(++serial);
        auto created = board->createTask(task);
        (created ? acknowledged : refused) << task.title;
        if (created)
            createdIds << created->id;
        if (serial % 3 == 0 && !createdIds.isEmpty()) { // move the oldest card not moved yet
            const QString id = createdIds.takeFirst();
            const qsizetype errorsBefore = boardErrors.size();
            board->moveTasks({id}, TaskStatus::InProgress, 0);
            QTest::qWait(20); // the move is written from the event loop
            if (boardErrors.size() == errorsBefore)
                movedOk << id;
        }
    };

    const QStringList modes = {QStringLiteral("fast"), QStringLiteral("immediate"), QStringLiteral("fast"),
                               QStringLiteral("immediate")};
    int restarts = 0;
    for (const QString &mode : modes) {
        for (int i = 0; i < 4; ++i) {
            changeSomething();
            QTest::qWait(150);
        }
        QProcess restart;
        restart.setProcessChannelMode(QProcess::MergedChannels);
        restart.start(pgCtl, {QStringLiteral("restart"), QStringLiteral("-m"), mode});
        QVERIFY2(restart.waitForStarted(), qPrintable(restart.errorString()));
        while (restart.state() != QProcess::NotRunning) { // the user goes on meanwhile
            changeSomething();
            QTest::qWait(150);
        }
        QVERIFY2(restart.exitStatus() == QProcess::NormalExit && restart.exitCode() == 0, restart.readAll().constData());
        ++restarts;
        // Both connections notice and come back by themselves.
        QTRY_COMPARE_WITH_TIMEOUT(state->text(), QStringLiteral("Connected"), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(schedulerConnection.size() >= 2 * restarts && schedulerConnection.last().first().toBool(),
                                 30000);
    }
    for (int i = 0; i < 4; ++i) {
        changeSomething();
        QTest::qWait(150);
    }
    QVERIFY(!shownWhileDown.isEmpty());
    QCOMPARE(shownWhileDown.first(), QStringLiteral("Reconnecting…"));

    // Every due time that passed ran once, none twice, none is left running.
    const QDateTime lastDue = start.addSecs(2 + 2 * (workflowCount - 1));
    const qint64 wait = std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(lastDue)) + 3000;
    QTest::qWait(int(std::min<qint64>(wait, 30000)));
    QTRY_COMPARE_WITH_TIMEOUT(count(t.db(), QStringLiteral("SELECT count(DISTINCT workflow_id) FROM workflow_execution")),
                              workflowCount, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(count(t.db(), QStringLiteral("SELECT count(*) FROM workflow_execution WHERE status = 'RUNNING'")),
                              0, 30000);
    QCOMPARE(count(t.db(),
                   QStringLiteral("SELECT count(*) FROM (SELECT workflow_id, scheduled_for FROM workflow_execution "
                                  "GROUP BY workflow_id, scheduled_for HAVING count(*) > 1) AS doubled")),
             0);
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM workflow_execution WHERE status <> 'SUCCESS'")), 0);

    // Every change the user saw saved is there, once; nothing is there twice.
    QVERIFY(acknowledged.size() > 10);
    for (const QString &title : std::as_const(acknowledged))
        QVERIFY2(tasksTitled(t.db(), title) == 1, qPrintable(title));
    for (const QString &title : std::as_const(refused))
        QVERIFY2(tasksTitled(t.db(), title) <= 1, qPrintable(title)); // the user was told; it may or may not be there
    QVERIFY(!movedOk.isEmpty());
    for (const QString &id : std::as_const(movedOk))
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT status FROM task WHERE id = ?"), {id}).toString(),
                 QStringLiteral("IN_PROGRESS"));
    QCOMPARE(state->text(), QStringLiteral("Connected"));
    qInfo("%d changes saved, %d refused while the server was away, %d moves saved, %d restarts", int(acknowledged.size()),
          int(refused.size()), int(movedOk.size()), restarts);
}

QTEST_MAIN(TestReconnect)
#include "tst_reconnect.moc"
