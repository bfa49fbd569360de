// bench_import: how fast an import writes 100,000 tasks (with their tags and history rows) through
// the program's path (TaskRepository::bulkInsert in batches, inside one transaction, as an import
// calls it), next to the database's own speed for the same rows in the same schema (same indexes,
// full-text index, triggers): prepared INSERTs through the SQLite C API in one transaction, and
// COPY through libpq on PostgreSQL. Each side writes into a fresh database of its own.
// Not a CTest test. Run it with a private PostgreSQL server:
//   tests/with-postgres.sh build/tests/bench_import
// Optional: DOO_BENCH_ROWS (default 100000). Exit code 0 when every figure was measured (met
// targets or not), 1 on errors.

#include "TestDatabase.h"

#include "db/Transaction.h"
#include "domain/Enums.h"
#include "domain/Validation.h"
#include "repositories/TaskRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTextStream>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <algorithm>
#include <cstdlib>
#include <functional>

#include <time.h>

using namespace doo;
using namespace doo::test;

namespace {

constexpr int kBatch = 5000; // rows per bulkInsert call, as a streaming import hands them over

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

void progress(const QString &text)
{
    static QTextStream s(stderr);
    s << QStringLiteral("bench_import: ") << text << Qt::endl;
}

[[noreturn]] void die(const QString &text)
{
    progress(QStringLiteral("error: ") + text);
    out().flush();
    std::exit(1);
}

qint64 g_cpuNs = 0; // the CPU time of this process during the last timeNs() (SQLite's work is all in it)

qint64 cpuNow()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

qint64 timeNs(const std::function<void()> &work)
{
    const qint64 cpu = cpuNow();
    QElapsedTimer t;
    t.start();
    work();
    const qint64 wall = t.nsecsElapsed();
    g_cpuNs = cpuNow() - cpu;
    return wall;
}

QString ms(qint64 ns)
{
    return QString::number(double(ns) / 1e6, 'f', 0) + QStringLiteral(" ms");
}

// The rows of a task CSV as the importer hands them over: ids, times and tags given by the file.
QList<Task> makeTasks(int count)
{
    static const QStringList verbs{QStringLiteral("Review"), QStringLiteral("Prepare"), QStringLiteral("Call"),
                                   QStringLiteral("Draft"),  QStringLiteral("Approve"), QStringLiteral("Plan")};
    static const QStringList nouns{QStringLiteral("budget"), QStringLiteral("roadmap"), QStringLiteral("hiring plan"),
                                   QStringLiteral("vendor contract"), QStringLiteral("quarterly report")};
    static const QStringList words{QStringLiteral("meeting"), QStringLiteral("numbers"), QStringLiteral("summary"),
                                   QStringLiteral("follow"),  QStringLiteral("up"),      QStringLiteral("with"),
                                   QStringLiteral("the"),     QStringLiteral("finance"), QStringLiteral("team"),
                                   QStringLiteral("before"),  QStringLiteral("friday"),  QStringLiteral("legal")};
    static const QStringList tags{QStringLiteral("finance"), QStringLiteral("hiring"), QStringLiteral("Ops"),
                                  QStringLiteral("q3"),      QStringLiteral("legal"),  QStringLiteral("board")};
    QRandomGenerator rng(20261207);
    QList<Task> tasks;
    tasks.reserve(count);
    const QDateTime base(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
    for (int i = 0; i < count; ++i) {
        Task t;
        t.id = Validation::newId();
        t.title = verbs.at(i % verbs.size()) + QLatin1Char(' ') + nouns.at((i / 6) % nouns.size()) + QStringLiteral(" #")
            + QString::number(i + 1);
        QStringList description;
        for (int w = 8 + int(rng.bounded(10)); w > 0; --w)
            description << words.at(int(rng.bounded(int(words.size()))));
        t.description = description.join(QLatin1Char(' '));
        t.status = static_cast<TaskStatus>(i % kTaskStatusCount);
        t.priority = static_cast<Priority>(rng.bounded(4));
        if (i % 3 == 0)
            t.tags << tags.at(int(rng.bounded(int(tags.size()))));
        if (i % 7 == 0 && !t.tags.contains(tags.at(i % tags.size())))
            t.tags << tags.at(i % tags.size());
        if (i % 4 == 0)
            t.dueDate = base.addDays(30 + i % 120);
        t.createdAt = base.addSecs(-i);
        t.updatedAt = t.createdAt.addSecs(60);
        tasks << t;
    }
    return tasks;
}

// The values of the rows the program writes, as UTF-8 text (null: SQL NULL), built before the
// baselines are timed: a baseline measures the database alone.
struct RawRows
{
    QList<QList<QByteArray>> task, tag, history;
};

QByteArray utc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs).toUtf8() : QByteArray();
}

RawRows rawRows(const QList<Task> &tasks, const QString &userId)
{
    RawRows rows;
    QHash<int, qint64> next;
    for (const Task &t : tasks) {
        const qint64 position = (next[int(t.status)] += TaskRepository::kPositionGap);
        const bool done = t.status == TaskStatus::Completed;
        rows.task << QList<QByteArray>{t.id.toUtf8(),
                                       userId.toUtf8(),
                                       QByteArray(),
                                       QByteArray(),
                                       t.title.toUtf8(),
                                       t.description.toUtf8(),
                                       toString(t.priority).toUtf8(),
                                       toString(t.status).toUtf8(),
                                       QByteArray::number(position),
                                       utc(t.dueDate),
                                       QJsonDocument(QJsonArray::fromStringList(t.tags)).toJson(QJsonDocument::Compact),
                                       utc(t.createdAt),
                                       utc(t.updatedAt),
                                       done ? utc(t.updatedAt) : QByteArray(),
                                       QByteArrayLiteral("1")};
        for (const QString &tag : t.tags)
            rows.tag << QList<QByteArray>{t.id.toUtf8(), tag.toUtf8(), tag.toCaseFolded().toUtf8()};
        rows.history << QList<QByteArray>{Validation::newId().toUtf8(), t.id.toUtf8(), QByteArray(), toString(t.status).toUtf8(),
                                          utc(t.createdAt)};
    }
    return rows;
}

const char *const kTaskSql = "INSERT INTO task (id, user_id, workflow_id, execution_id, title, description, priority, status, "
                             "position, due_date, tags, created_at, updated_at, completed_at, version) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
const char *const kTagSql = "INSERT INTO task_tag (task_id, tag, tag_key) VALUES (?, ?, ?)";
const char *const kHistorySql =
    "INSERT INTO task_history (id, task_id, from_status, to_status, changed_at) VALUES (?, ?, ?, ?, ?)";

// SQLite: one prepared statement per table, reused for every row, in one transaction.
qint64 rawSqlite(const QString &path, const RawRows &rows)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
        die(QStringLiteral("sqlite3_open_v2 %1").arg(path));
    const auto check = [db](int rc, const char *what) {
        if (rc != SQLITE_OK && rc != SQLITE_DONE)
            die(QStringLiteral("%1: %2").arg(QLatin1String(what), QString::fromUtf8(sqlite3_errmsg(db))));
    };
    // The same session as Database::setupSession.
    for (const char *pragma : {"PRAGMA busy_timeout = 30000", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL",
                               "PRAGMA foreign_keys = ON", "PRAGMA temp_store = MEMORY"})
        check(sqlite3_exec(db, pragma, nullptr, nullptr, nullptr), pragma);
    const auto insertAll = [&](const char *sql, const QList<QList<QByteArray>> &all) {
        sqlite3_stmt *st = nullptr;
        check(sqlite3_prepare_v2(db, sql, -1, &st, nullptr), sql);
        for (const QList<QByteArray> &row : all) {
            for (int i = 0; i < row.size(); ++i) {
                if (row.at(i).isNull())
                    sqlite3_bind_null(st, i + 1);
                else
                    sqlite3_bind_text(st, i + 1, row.at(i).constData(), int(row.at(i).size()), SQLITE_STATIC);
            }
            check(sqlite3_step(st), sql);
            sqlite3_reset(st);
        }
        sqlite3_finalize(st);
    };
    const qint64 ns = timeNs([&] {
        check(sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), "BEGIN");
        insertAll(kTaskSql, rows.task);
        insertAll(kHistorySql, rows.history);
        insertAll(kTagSql, rows.tag);
        check(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), "COMMIT");
    });
    sqlite3_close_v2(db);
    return ns;
}

// COPY's text format: tab-separated, \N for NULL, backslash escapes.
QByteArray copyText(const QList<QList<QByteArray>> &all)
{
    QByteArray text;
    for (const QList<QByteArray> &row : all) {
        for (int i = 0; i < row.size(); ++i) {
            if (i > 0)
                text += '\t';
            if (row.at(i).isNull()) {
                text += "\\N";
                continue;
            }
            for (const char c : row.at(i)) {
                if (c == '\\' || c == '\t' || c == '\n' || c == '\r')
                    text += '\\';
                text += c == '\t' ? 't' : c == '\n' ? 'n' : c == '\r' ? 'r' : c;
            }
        }
        text += '\n';
    }
    return text;
}

// PostgreSQL: COPY FROM STDIN into each table, in one transaction.
qint64 rawCopy(const QString &url, const RawRows &rows)
{
    PGconn *conn = PQconnectdb(url.toUtf8().constData());
    if (PQstatus(conn) != CONNECTION_OK)
        die(QStringLiteral("PQconnectdb: %1").arg(QString::fromUtf8(PQerrorMessage(conn))));
    const auto run = [conn](const char *sql, ExecStatusType wanted) {
        PGresult *r = PQexec(conn, sql);
        if (PQresultStatus(r) != wanted)
            die(QStringLiteral("%1: %2").arg(QLatin1String(sql), QString::fromUtf8(PQerrorMessage(conn))));
        PQclear(r);
    };
    run("SET TIME ZONE 'UTC'", PGRES_COMMAND_OK);
    const QByteArray task = copyText(rows.task), tag = copyText(rows.tag), history = copyText(rows.history);
    const auto copy = [&](const char *sql, const QByteArray &data) {
        run(sql, PGRES_COPY_IN);
        if (PQputCopyData(conn, data.constData(), int(data.size())) != 1 || PQputCopyEnd(conn, nullptr) != 1)
            die(QStringLiteral("COPY: %1").arg(QString::fromUtf8(PQerrorMessage(conn))));
        PGresult *r = PQgetResult(conn);
        if (PQresultStatus(r) != PGRES_COMMAND_OK)
            die(QStringLiteral("%1: %2").arg(QLatin1String(sql), QString::fromUtf8(PQerrorMessage(conn))));
        PQclear(r);
        while ((r = PQgetResult(conn)))
            PQclear(r);
    };
    const qint64 ns = timeNs([&] {
        run("BEGIN", PGRES_COMMAND_OK);
        copy("COPY task (id, user_id, workflow_id, execution_id, title, description, priority, status, position, due_date, "
             "tags, created_at, updated_at, completed_at, version) FROM STDIN",
             task);
        copy("COPY task_history (id, task_id, from_status, to_status, changed_at) FROM STDIN", history);
        copy("COPY task_tag (task_id, tag, tag_key) FROM STDIN", tag);
        run("COMMIT", PGRES_COMMAND_OK);
    });
    PQfinish(conn);
    return ns;
}

std::unique_ptr<TestDatabase> freshDatabase(const QString &backend, User *user)
{
    QString skip, fail;
    auto t = TestDatabase::create(backend, true, &skip, &fail);
    if (!t)
        die(fail.isEmpty() ? skip : fail);
    *user = t->addUser(QStringLiteral("bench@example.com"), UserRole::Director);
    return t;
}

// The program's path: bulkInsert batch by batch inside one transaction, as an import writes.
qint64 ours(const QString &backend, const QList<Task> &tasks)
{
    User user;
    auto t = freshDatabase(backend, &user);
    TaskRepository repo(t->db(), UserContext::of(user));
    const qint64 ns = timeNs([&] {
        Transaction tx(t->db());
        if (!tx.isActive())
            die(tx.error().text());
        for (qsizetype start = 0; start < tasks.size(); start += kBatch)
            if (const auto inserted = repo.bulkInsert(tasks.mid(start, kBatch)); !inserted)
                die(QStringLiteral("bulkInsert: ") + inserted.error().text());
        if (Status s = tx.commit(); !s)
            die(s.error().text());
    });
    for (const char *table : {"task", "task_history"})
        if (t->rowCount(QLatin1String(table)) != tasks.size())
            die(QStringLiteral("%1 rows in %2").arg(t->rowCount(QLatin1String(table))).arg(QLatin1String(table)));
    return ns;
}

qint64 baseline(const QString &backend, const QList<Task> &tasks)
{
    User user;
    auto t = freshDatabase(backend, &user);
    const RawRows rows = rawRows(tasks, user.id);
    const qint64 ns = backend == QLatin1String("sqlite") ? rawSqlite(t->url().path, rows) : rawCopy(t->urlString(), rows);
    if (t->rowCount(QStringLiteral("task")) != tasks.size() || t->rowCount(QStringLiteral("task_tag")) != rows.tag.size())
        die(QStringLiteral("the baseline wrote %1 tasks").arg(t->rowCount(QStringLiteral("task"))));
    return ns;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = qEnvironmentVariableIsSet("DOO_BENCH_ROWS") ? qEnvironmentVariableIntValue("DOO_BENCH_ROWS") : 100000;
    const QList<Task> tasks = makeTasks(count);
    QStringList backends{QStringLiteral("sqlite")};
    if (qEnvironmentVariableIsSet("DOO_TEST_PG_URL"))
        backends << QStringLiteral("postgresql");
    else
        progress(QStringLiteral("DOO_TEST_PG_URL is not set: PostgreSQL is left out"));
    QStringList lines;
    for (const QString &backend : std::as_const(backends)) {
        const bool pg = backend == QLatin1String("postgresql");
        // Two runs of each, alternating, each into a fresh database; the faster run counts.
        qint64 best = 0, raw = 0, bestCpu = 0, rawCpu = 0;
        for (int run = 0; run < 2; ++run) {
            const qint64 a = ours(backend, tasks);
            const qint64 aCpu = g_cpuNs;
            progress(
                QStringLiteral("%1 run %2: ours %3 (CPU of this process %4)").arg(backend).arg(run + 1).arg(ms(a), ms(aCpu)));
            const qint64 b = baseline(backend, tasks);
            const qint64 bCpu = g_cpuNs;
            progress(
                QStringLiteral("%1 run %2: baseline %3 (CPU of this process %4)").arg(backend).arg(run + 1).arg(ms(b), ms(bCpu)));
            best = run == 0 ? a : std::min(best, a);
            raw = run == 0 ? b : std::min(raw, b);
            bestCpu = run == 0 ? aCpu : std::min(bestCpu, aCpu);
            rawCpu = run == 0 ? bCpu : std::min(rawCpu, bCpu);
        }
        const double limit = pg ? 2.0 : 1.5;
        const double ratio = double(best) / double(std::max<qint64>(raw, 1));
        lines << QStringLiteral("%1  %2 tasks  import %3  %4 %5  ratio %6x  target <= %7x  %8")
                     .arg(pg ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite    "))
                     .arg(count)
                     .arg(ms(best), 10)
                     .arg(pg ? QStringLiteral("COPY        ") : QStringLiteral("plain INSERT"))
                     .arg(ms(raw), 10)
                     .arg(ratio, 0, 'f', 2)
                     .arg(limit, 0, 'f', 1)
                     .arg(ratio <= limit ? QStringLiteral("PASS") : QStringLiteral("MISS"));
        if (!pg) // all of SQLite's work is in this process: its CPU time is what the load of the machine blurs least
            lines << QStringLiteral("SQLite      CPU time of the process: import %1, plain INSERT %2, ratio %3x")
                         .arg(ms(bestCpu), ms(rawCpu))
                         .arg(double(bestCpu) / double(std::max<qint64>(rawCpu, 1)), 0, 'f', 2);
    }
    for (const QString &line : std::as_const(lines))
        out() << line << Qt::endl;
    return 0;
}
