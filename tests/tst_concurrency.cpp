#include "Checks.h"
#include "DatabaseTestCase.h"

#include "db/Query.h"
#include "db/Transaction.h"
#include "repositories/ConsultationRepository.h"
#include "repositories/TaskRepository.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QProcess>
#include <QSet>
#include <QTest>

#include <cstdio>
#include <memory>

using namespace doo;
using namespace doo::test;

namespace {

constexpr int kTasksPerWorker = 200;
constexpr int kWaitMs = 120000;

int workerFailed(const QString &what)
{
    std::fprintf(stderr, "worker: %s\n", qPrintable(what));
    return 1;
}

// Worker mode: <url> <userId> <label> <count>. Opens the database, says "ready" and waits for "go" on
// stdin (so that workers start writing together), then creates tasks one by one (one transaction
// each), moves every 5th to the top of IN_PROGRESS (as a drop) and books one consultation per 10 tasks.
int runWorker(const QStringList &args)
{
    if (args.size() != 4)
        return workerFailed(QStringLiteral("usage: --worker URL USER_ID LABEL COUNT"));
    const auto url = DatabaseUrl::parse(args.at(0));
    if (!url)
        return workerFailed(url.error().text());
    const QString userId = args.at(1);
    const QString label = args.at(2);
    const int count = args.at(3).toInt();
    auto opened = Database::open(*url, QStringLiteral("worker"));
    if (!opened)
        return workerFailed(opened.error().text());
    std::unique_ptr<Database> db = opened.takeValue();
    std::fputs("ready\n", stdout);
    std::fflush(stdout);
    char line[16];
    if (!std::fgets(line, sizeof line, stdin))
        return workerFailed(QStringLiteral("no go signal"));
    const UserContext ctx{userId, UserRole::Director};
    TaskRepository tasks(*db, ctx);
    ConsultationRepository consultations(*db, ctx);
    for (int i = 1; i <= count; ++i) {
        Task task;
        task.title = QStringLiteral("%1 %2").arg(label).arg(i);
        const auto created = tasks.create(task);
        if (!created)
            return workerFailed(QStringLiteral("create %1: %2").arg(task.title, created.error().text()));
        if (i % 5 == 0) {
            // As the board drops it: with the top card it saw as the neighbour (on PostgreSQL the
            // task_move function; stale when the other worker moved a card up meanwhile).
            TaskFilter top;
            top.status = TaskStatus::InProgress;
            top.limit = 1;
            const auto seen = tasks.list(top);
            if (!seen)
                return workerFailed(QStringLiteral("list: ") + seen.error().text());
            TaskRepository::Neighbours neighbours;
            if (!seen->isEmpty())
                neighbours.after = seen->first().position;
            if (const auto moved = tasks.move({created->id}, TaskStatus::InProgress, 0, neighbours); !moved)
                return workerFailed(QStringLiteral("move %1: %2").arg(task.title, moved.error().text()));
        }
        if (i % 10 == 0) {
            Consultation c;
            c.name = QStringLiteral("Client %1 %2").arg(label).arg(i);
            c.email = QStringLiteral("client%1@example.com").arg(i);
            if (const auto booked = consultations.create(c); !booked)
                return workerFailed(QStringLiteral("consultation %1: %2").arg(c.name, booked.error().text()));
        }
    }
    return 0;
}

} // namespace

class TestConcurrency : public DatabaseTestCase
{
    Q_OBJECT

public:
    TestConcurrency() : DatabaseTestCase(QStringLiteral("director@example.com"), UserRole::Director) { }

private:
    static std::unique_ptr<QProcess> startWorker(TestDatabase &t, const QString &userId, const QString &label)
    {
        auto process = std::make_unique<QProcess>();
        process->setProgram(QCoreApplication::applicationFilePath());
        process->setArguments({QStringLiteral("--worker"), t.urlString(), userId, label, QString::number(kTasksPerWorker)});
        process->start();
        return process;
    }
    // Waits until the worker has opened the database and waits for "go".
    static bool isReady(QProcess &process)
    {
        while (!process.canReadLine())
            if (!process.waitForReadyRead(kWaitMs))
                return false;
        return process.readLine().trimmed() == "ready";
    }
    static QString stderrOf(QProcess &process) { return QString::fromLocal8Bit(process.readAllStandardError()); }
    // Waits for the worker within `deadline`; fails unless it exited 0 without any lock/busy message.
    static bool finishedCleanly(QProcess &process, const QDeadlineTimer &deadline, QString *why)
    {
        if (!process.waitForFinished(int(std::max<qint64>(deadline.remainingTime(), 1)))) {
            process.kill();
            process.waitForFinished();
            *why = QStringLiteral("worker did not finish in time");
            return false;
        }
        const QString err = stderrOf(process);
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            *why = QStringLiteral("worker exited with %1: %2").arg(process.exitCode()).arg(err);
            return false;
        }
        if (err.contains(QLatin1String("locked"), Qt::CaseInsensitive)
            || err.contains(QLatin1String("busy"), Qt::CaseInsensitive)) {
            *why = QStringLiteral("worker reported contention: ") + err;
            return false;
        }
        return true;
    }
    static QStringList column(TestDatabase &t, const QString &sql)
    {
        Query q(t.db());
        if (!q.exec(sql))
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.error().text()));
        QStringList values;
        while (q.next())
            values << q.value(0).toString();
        return values;
    }
    static QSet<QString> expectedTitles(const QStringList &labels)
    {
        QSet<QString> titles;
        for (const QString &label : labels)
            for (int i = 1; i <= kTasksPerWorker; ++i)
                titles.insert(QStringLiteral("%1 %2").arg(label).arg(i));
        return titles;
    }

private Q_SLOTS:
    void twoWritersLoseNothing();
    void writerWaitsForLongTransaction();
};

void TestConcurrency::twoWritersLoseNothing()
{
    auto &t = database();
    const User &me = defaultUser();
    QElapsedTimer timer;
    timer.start();
    auto first = startWorker(t, me.id, QStringLiteral("A"));
    auto second = startWorker(t, me.id, QStringLiteral("B"));
    QVERIFY2(isReady(*first), qPrintable(stderrOf(*first)));
    QVERIFY2(isReady(*second), qPrintable(stderrOf(*second)));
    for (QProcess *worker : {first.get(), second.get()}) {
        worker->write("go\n");
        QVERIFY(worker->waitForBytesWritten());
    }
    const QDeadlineTimer deadline(kWaitMs);
    QString why;
    QVERIFY2(finishedCleanly(*first, deadline, &why), qPrintable(why));
    QVERIFY2(finishedCleanly(*second, deadline, &why), qPrintable(why));
    qInfo("%s: both workers finished in %lld ms", qPrintable(t.urlString().section(QLatin1Char(':'), 0, 0)), timer.elapsed());

    QCOMPARE(t.rowCount(QStringLiteral("task")), 2 * kTasksPerWorker);
    const QStringList titles = column(t, QStringLiteral("SELECT title FROM task"));
    const QSet<QString> distinctTitles(titles.begin(), titles.end());
    QCOMPARE(distinctTitles.size(), 2 * kTasksPerWorker);
    QCOMPARE(distinctTitles, expectedTitles({QStringLiteral("A"), QStringLiteral("B")}));

    // Every task has its creation entry, and exactly 2 * 40 moves were recorded.
    QCOMPARE(column(t,
                    QStringLiteral("SELECT t.id FROM task t WHERE NOT EXISTS (SELECT 1 FROM task_history h "
                                   "WHERE h.task_id = t.id AND h.from_status IS NULL)")),
             QStringList());
    QCOMPARE(t.rowCount(QStringLiteral("task_history")), 2 * kTasksPerWorker + 2 * (kTasksPerWorker / 5));
    QCOMPARE(t.rowCount(QStringLiteral("task WHERE status = 'IN_PROGRESS'")), 2 * (kTasksPerWorker / 5));

    QCOMPARE(t.rowCount(QStringLiteral("consultation")), 2 * (kTasksPerWorker / 10));
    QCOMPARE(t.rowCount(QStringLiteral("(SELECT DISTINCT booking_id FROM consultation) AS b")), 2 * (kTasksPerWorker / 10));

    // PostgreSQL writers interleave. SQLite has one database-wide write lock whose busy handler polls,
    // so the worker that loses the first race usually waits until the other is done.
    const QStringList byTime = column(t, QStringLiteral("SELECT title FROM task ORDER BY created_at, id"));
    int switches = 0;
    for (int i = 1; i < byTime.size(); ++i)
        switches += byTime.at(i).at(0) != byTime.at(i - 1).at(0);
    qInfo("creation order switches between the workers %d times", switches);
    if (t.url().type == DbType::PostgreSQL)
        QVERIFY2(switches > 1, "the workers ran one after the other, not concurrently");

    // No two tasks of one column share a position.
    const QStringList shared = column(t,
                                      QStringLiteral("SELECT status || ' ' || CAST(position AS TEXT) || ' x' || "
                                                     "CAST(count(*) AS TEXT) FROM task GROUP BY user_id, status, "
                                                     "position HAVING count(*) > 1 ORDER BY 1"));
    QVERIFY2(shared.isEmpty(),
             qPrintable(QStringLiteral("%1 positions are shared, e.g. %2")
                            .arg(shared.size())
                            .arg(shared.mid(0, 6).join(QStringLiteral(", ")))));
}

void TestConcurrency::writerWaitsForLongTransaction()
{
    QFETCH_GLOBAL(QString, backend);
    if (backend != QLatin1String("sqlite"))
        QSKIP("a PostgreSQL writer does not take a database-wide write lock; the busy timeout is SQLite's");
    auto &t = database();
    const User &me = defaultUser();
    auto holder = t.openSecond(QStringLiteral("holder"));
    QVERIFY(holder);

    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<QProcess> worker;
    {
        Transaction tx(*holder);
        QVERIFY2(tx.isActive(), qPrintable(tx.error().text()));
        Task held;
        held.title = QStringLiteral("held by the test");
        const auto created = TaskRepository(*holder, UserContext::of(me)).create(held);
        CHECK_OK(created);

        worker = startWorker(t, me.id, QStringLiteral("W"));
        QVERIFY2(isReady(*worker), qPrintable(stderrOf(*worker)));
        worker->write("go\n");
        QVERIFY(worker->waitForBytesWritten());
        QTest::qWait(2000);
        // The worker cannot have written anything: it is queued on the busy timeout, not failed.
        QCOMPARE(worker->state(), QProcess::Running);
        QVERIFY2(tx.commit().ok(), "commit of the holding transaction failed");
    }
    const qint64 heldMs = timer.elapsed();
    QString why;
    QVERIFY2(finishedCleanly(*worker, QDeadlineTimer(kWaitMs), &why), qPrintable(why));
    qInfo("sqlite: lock held %lld ms, worker done after %lld ms", heldMs, timer.elapsed());

    QCOMPARE(t.rowCount(QStringLiteral("task")), kTasksPerWorker + 1);
    const QStringList titles = column(t, QStringLiteral("SELECT title FROM task WHERE title <> 'held by the test'"));
    QCOMPARE(QSet<QString>(titles.begin(), titles.end()), expectedTitles({QStringLiteral("W")}));
    QCOMPARE(t.rowCount(QStringLiteral("consultation")), kTasksPerWorker / 10);
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "--worker") == 0)
        return runWorker(app.arguments().mid(2));
    TestConcurrency test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_concurrency.moc"
