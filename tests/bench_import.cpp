// bench_import: how fast `import csv` brings 100,000 tasks from a CSV file into the database — the
// whole path as the window and the command line run it (ExchangeIntents::applyImport: the file
// streamed and checked, every row's "already imported?" lookup, the automatic backup, the writes
// in batches inside one transaction) — next to the database's own speed for exactly the rows that
// import wrote (tasks with their external refs, tags, history) in the same schema (same indexes,
// full-text index, triggers): prepared INSERTs through the SQLite C API in one transaction, and
// COPY through libpq on PostgreSQL. Each side writes into a fresh database of its own.
// Not a CTest test. Run it with a private PostgreSQL server:
//   tests/with-postgres.sh build/tests/bench_import
// Optional: DOO_BENCH_ROWS (default 100000). Exit code 0 when every figure was measured (met
// targets or not), 1 on errors.

#include "TestDatabase.h"

#include "db/Query.h"
#include "domain/Enums.h"
#include "domain/Validation.h"
#include "exchange/Csv.h"
#include "itemmodels/ExchangeIntents.h"
#include "repositories/TaskRows.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QTemporaryDir>
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

// The task CSV an import reads, as a spreadsheet or another tool gives it (no ids: each row is
// known by its external ref, a hash of the row).
QByteArray csvOf(const QList<Task> &tasks)
{
    QByteArray text = Csv::row({QStringLiteral("title"), QStringLiteral("description"), QStringLiteral("status"),
                                QStringLiteral("priority"), QStringLiteral("due_date"), QStringLiteral("tags"),
                                QStringLiteral("created_at"), QStringLiteral("updated_at")});
    for (const Task &t : tasks)
        text += Csv::row({t.title, t.description, toString(t.status), toString(t.priority),
                          t.dueDate.isValid() ? t.dueDate.toString(Qt::ISODate) : QString(), t.tags.join(QStringLiteral(", ")),
                          t.createdAt.toString(Qt::ISODate), t.updatedAt.toString(Qt::ISODate)});
    return text;
}

// The rows of a table as UTF-8 text (null: SQL NULL), in the order they were written.
struct RawRows
{
    QList<QList<QByteArray>> task, tag, history;
};

const QString kHistoryColumns = QStringLiteral("id, task_id, from_status, to_status, changed_at");
const QString kTagColumns = QStringLiteral("task_id, tag, tag_key");

QList<QList<QByteArray>> readRows(Database &db, const QString &table, const QString &columns)
{
    QStringList text;
    for (const QString &column : columns.split(QStringLiteral(", ")))
        text << QStringLiteral("CAST(%1 AS TEXT)").arg(column);
    const QString order = db.type() == DbType::SQLite ? QStringLiteral("rowid") : QStringLiteral("ctid");
    Query q(db);
    if (!q.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3").arg(text.join(QStringLiteral(", ")), table, order)))
        die(q.error().text());
    QList<QList<QByteArray>> rows;
    const int count = int(text.size());
    while (q.next()) {
        QList<QByteArray> row;
        for (int i = 0; i < count; ++i)
            row << (q.value(i).isNull() ? QByteArray() : q.value(i).toString().toUtf8());
        rows << row;
    }
    return rows;
}

// What the import wrote, for the baseline to write again (owned by the baseline's user).
RawRows writtenRows(Database &db, const QString &userId)
{
    RawRows rows;
    rows.task = readRows(db, QStringLiteral("task"), taskrows::kInsertColumns);
    for (QList<QByteArray> &row : rows.task)
        row[1] = userId.toUtf8();
    rows.history = readRows(db, QStringLiteral("task_history"), kHistoryColumns);
    rows.tag = readRows(db, QStringLiteral("task_tag"), kTagColumns);
    return rows;
}

QByteArray insertSql(const QString &table, const QString &columns)
{
    const qsizetype count = columns.count(QLatin1Char(',')) + 1;
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, columns, marks.join(QStringLiteral(", "))).toUtf8();
}

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
        insertAll(insertSql(QStringLiteral("task"), taskrows::kInsertColumns).constData(), rows.task);
        insertAll(insertSql(QStringLiteral("task_history"), kHistoryColumns).constData(), rows.history);
        insertAll(insertSql(QStringLiteral("task_tag"), kTagColumns).constData(), rows.tag);
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
        const auto copySql = [](const char *table, const QString &columns) {
            return QStringLiteral("COPY %1 (%2) FROM STDIN").arg(QLatin1String(table), columns).toUtf8();
        };
        copy(copySql("task", taskrows::kInsertColumns).constData(), task);
        copy(copySql("task_history", kHistoryColumns).constData(), history);
        copy(copySql("task_tag", kTagColumns).constData(), tag);
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

// The program's path: the import of the CSV file as the window runs it. Returns the database, for
// the baseline to copy what it wrote.
qint64 ours(const QString &backend, const QString &csvPath, int count, std::unique_ptr<TestDatabase> &written)
{
    User user;
    auto t = freshDatabase(backend, &user);
    ExchangeIntents intents(t->db(), UserContext::of(user));
    const qint64 ns = timeNs([&] {
        const auto summary = intents.applyImport(ImportPlan::Kind::Tasks, ExchangeIntents::Format::Csv, csvPath, false);
        if (!summary)
            die(QStringLiteral("import: ") + summary.error().text());
        if (summary->imported != count)
            die(QStringLiteral("import: %1 rows imported").arg(summary->imported));
    });
    for (const char *table : {"task", "task_history"})
        if (t->rowCount(QLatin1String(table)) != count)
            die(QStringLiteral("%1 rows in %2").arg(t->rowCount(QLatin1String(table))).arg(QLatin1String(table)));
    written = std::move(t);
    return ns;
}

qint64 baseline(const QString &backend, TestDatabase &written)
{
    User user;
    auto t = freshDatabase(backend, &user);
    const RawRows rows = writtenRows(written.db(), user.id);
    const qint64 ns = backend == QLatin1String("sqlite") ? rawSqlite(t->url().path, rows) : rawCopy(t->urlString(), rows);
    if (t->rowCount(QStringLiteral("task")) != rows.task.size() || t->rowCount(QStringLiteral("task_tag")) != rows.tag.size())
        die(QStringLiteral("the baseline wrote %1 tasks").arg(t->rowCount(QStringLiteral("task"))));
    return ns;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = qEnvironmentVariableIsSet("DOO_BENCH_ROWS") ? qEnvironmentVariableIntValue("DOO_BENCH_ROWS") : 100000;
    QTemporaryDir dir;
    // The automatic backup before a big import goes to the data folder: this one, not the user's.
    qputenv("XDG_DATA_HOME", dir.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CONFIG_HOME", dir.filePath(QStringLiteral("config")).toUtf8());
    const QString csvPath = dir.filePath(QStringLiteral("tasks.csv"));
    {
        QSaveFile csv(csvPath);
        if (!csv.open(QIODevice::WriteOnly) || csv.write(csvOf(makeTasks(count))) < 0 || !csv.commit())
            die(QStringLiteral("cannot write %1").arg(csvPath));
    }
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
            std::unique_ptr<TestDatabase> written;
            const qint64 a = ours(backend, csvPath, count, written);
            const qint64 aCpu = g_cpuNs;
            progress(
                QStringLiteral("%1 run %2: ours %3 (CPU of this process %4)").arg(backend).arg(run + 1).arg(ms(a), ms(aCpu)));
            const qint64 b = baseline(backend, *written);
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
