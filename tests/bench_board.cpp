// bench_board: how fast the task board is on a small (1,000 tasks) and a big (100,000 tasks) board,
// on SQLite and, when DOO_TEST_PG_URL is set, on PostgreSQL; each figure next to what the database
// itself needs for the same work through its plain C API (SQLite) or libpq (PostgreSQL).
// Not a CTest test. Run it with a private PostgreSQL server:
//   tests/with-postgres.sh build/tests/bench_board
// Prints one table; exit code 0 when every figure was measured (met targets or not), 1 on errors.

#include "TestDatabase.h"
#include "bench_raw.h"

#include "BoardColumnView.h"
#include "TaskCardDelegate.h"
#include "itemmodels/TaskBoard.h"
#include "itemmodels/TaskColumnModel.h"
#include "db/Query.h"
#include "domain/Enums.h"
#include "repositories/TaskRepository.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QListView>
#include <QLoggingCategory>
#include <QMimeData>
#include <QPixmap>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QStringListModel>
#include <QTextStream>
#include <QThread>
#include <QUndoStack>

#include <libpq-fe.h>
#include <malloc.h>
#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <functional>
#include <memory>

using namespace doo;
using namespace doo::test;

namespace {

qint64 median(QList<qint64> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

qint64 timeNs(const std::function<void()> &work)
{
    QElapsedTimer t;
    t.start();
    work();
    return t.nsecsElapsed();
}

qint64 medianOf(int runs, const std::function<void()> &work)
{
    QList<qint64> times;
    for (int i = 0; i < runs; ++i)
        times << timeNs(work);
    return median(times);
}

QString ms(qint64 ns)
{
    const double v = double(ns) / 1e6;
    return QString::number(v, 'f', v < 10 ? 3 : 1) + QStringLiteral(" ms");
}

QString ratioText(double r)
{
    return QString::number(r, 'f', 2) + QStringLiteral("x");
}

QString passMiss(bool ok)
{
    return ok ? QStringLiteral("PASS") : QStringLiteral("MISS");
}

// ---------------------------------------------------------------------------------------------
// The table

struct Row
{
    QString backend, tasks, figure, ours, baseline, ratio, target, result;
};

QList<Row> g_rows;
QStringList g_notes;

void addRow(const QString &backend, const QString &tasks, const QString &figure, const QString &ours,
            const QString &baseline = {}, const QString &ratio = {}, const QString &target = {}, const QString &result = {})
{
    g_rows << Row{backend, tasks, figure, ours, baseline, ratio, target, result};
    progress(QStringLiteral("%1 %2: %3 = %4 %5 %6 %7").arg(backend, tasks, figure, ours, baseline, ratio, result).simplified());
}

// A ratio row: ours / baseline against "<= limit".
void addRatioRow(const QString &backend, const QString &tasks, const QString &figure, qint64 ours, qint64 baseline,
                 const QString &baselineLabel, double limit)
{
    const double r = baseline > 0 ? double(ours) / double(baseline) : 0.0;
    addRow(backend, tasks, figure, ms(ours), ms(baseline) + QStringLiteral(" ") + baselineLabel, ratioText(r),
           QStringLiteral("<= ") + QString::number(limit, 'f', 1) + QStringLiteral("x"), passMiss(r <= limit));
}

void printTable()
{
    const QStringList header{QStringLiteral("backend"), QStringLiteral("tasks"),    QStringLiteral("figure"),
                             QStringLiteral("ours"),    QStringLiteral("baseline"), QStringLiteral("ratio"),
                             QStringLiteral("target"),  QStringLiteral("result")};
    QList<QStringList> lines;
    for (const Row &r : std::as_const(g_rows))
        lines << QStringList{r.backend, r.tasks, r.figure, r.ours, r.baseline, r.ratio, r.target, r.result};
    QList<int> widths;
    for (const QString &h : header)
        widths << int(h.size());
    for (const QStringList &l : std::as_const(lines))
        for (int i = 0; i < l.size(); ++i)
            widths[i] = std::max(widths.at(i), int(l.at(i).size()));
    // Numbers right-aligned, text left-aligned.
    const QList<bool> right{false, true, false, true, true, true, false, false};
    auto print = [&](const QStringList &cells) {
        QString line;
        for (int i = 0; i < cells.size(); ++i) {
            if (i > 0)
                line += QStringLiteral("  ");
            line += right.at(i) ? cells.at(i).rightJustified(widths.at(i)) : cells.at(i).leftJustified(widths.at(i));
        }
        out() << line.trimmed() << Qt::endl;
    };
    print(header);
    QStringList rule;
    for (int w : std::as_const(widths))
        rule << QString(w, QLatin1Char('-'));
    print(rule);
    QString previous;
    for (const QStringList &l : std::as_const(lines)) {
        if (!previous.isEmpty() && l.first() != previous)
            out() << Qt::endl;
        previous = l.first();
        print(l);
    }
}

// ---------------------------------------------------------------------------------------------
// Capturing the SQL the repository runs (from the doo.db.query log), for EXPLAIN

QStringList *g_captured = nullptr;
QtMessageHandler g_previousHandler = nullptr;

void captureHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (g_captured && context.category && qstrcmp(context.category, "doo.db.query") == 0) {
        *g_captured << message;
        return;
    }
    g_previousHandler(type, context, message);
}

QStringList captureSql(const std::function<void()> &work)
{
    QStringList captured;
    g_captured = &captured;
    g_previousHandler = qInstallMessageHandler(captureHandler);
    QLoggingCategory::setFilterRules(QStringLiteral("doo.db.query.debug=true"));
    work();
    QLoggingCategory::setFilterRules(QStringLiteral("doo.db.query.debug=false"));
    qInstallMessageHandler(g_previousHandler);
    g_captured = nullptr;
    QStringList sql;
    for (const QString &m : std::as_const(captured)) {
        const int values = int(m.lastIndexOf(QLatin1String(" QList(")));
        sql << (values > 0 ? m.left(values) : m);
    }
    return sql;
}

// ---------------------------------------------------------------------------------------------
// The data

const QString kRareWord = QStringLiteral("invoice"); // in 1% of the tasks, no other word starts with it

QList<Task> makeTasks(int count)
{
    static const QStringList verbs{QStringLiteral("Review"), QStringLiteral("Prepare"), QStringLiteral("Call"),
                                   QStringLiteral("Draft"),  QStringLiteral("Approve"), QStringLiteral("Plan"),
                                   QStringLiteral("Update"), QStringLiteral("Check")};
    static const QStringList nouns{QStringLiteral("budget"),
                                   QStringLiteral("roadmap"),
                                   QStringLiteral("hiring plan"),
                                   QStringLiteral("vendor contract"),
                                   QStringLiteral("quarterly report"),
                                   QStringLiteral("team offsite"),
                                   QStringLiteral("customer feedback"),
                                   QStringLiteral("release notes"),
                                   QStringLiteral("board deck")};
    static const QStringList words{
        QStringLiteral("meeting"),    QStringLiteral("numbers"),  QStringLiteral("summary"),  QStringLiteral("follow"),
        QStringLiteral("up"),         QStringLiteral("with"),     QStringLiteral("the"),      QStringLiteral("finance"),
        QStringLiteral("team"),       QStringLiteral("before"),   QStringLiteral("friday"),   QStringLiteral("draft"),
        QStringLiteral("send"),       QStringLiteral("notes"),    QStringLiteral("to"),       QStringLiteral("legal"),
        QStringLiteral("partner"),    QStringLiteral("schedule"), QStringLiteral("risk"),     QStringLiteral("metrics"),
        QStringLiteral("onboarding"), QStringLiteral("pipeline"), QStringLiteral("forecast"), QStringLiteral("travel")};
    static const QStringList tags{QStringLiteral("finance"), QStringLiteral("hiring"), QStringLiteral("ops"),
                                  QStringLiteral("q3"),      QStringLiteral("legal"),  QStringLiteral("board")};
    QRandomGenerator rng(20240601);
    QList<Task> tasks;
    tasks.reserve(count);
    const QDateTime due = QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
    for (int i = 0; i < count; ++i) {
        Task t;
        t.title = verbs.at(i % verbs.size()) + QLatin1Char(' ') + nouns.at((i / 8) % nouns.size()) + QStringLiteral(" #")
            + QString::number(i + 1);
        if (i % 4 == 1) // a card of two or three lines
            t.title += QStringLiteral(" for the finance team before the board meeting on friday, with the notes");
        QStringList description;
        const int n = 8 + int(rng.bounded(10));
        for (int w = 0; w < n; ++w)
            description << words.at(int(rng.bounded(int(words.size()))));
        if (i % 100 == 37)
            description.insert(int(rng.bounded(int(description.size()))), kRareWord);
        t.description = description.join(QLatin1Char(' '));
        t.status = static_cast<TaskStatus>(i % kTaskStatusCount);
        t.priority = static_cast<Priority>(rng.bounded(4));
        if (i % 3 == 0)
            t.tags << tags.at(int(rng.bounded(int(tags.size()))));
        if (i % 7 == 0)
            t.tags << tags.at(int(rng.bounded(int(tags.size()))));
        if (i % 4 == 0)
            t.dueDate = due.addDays(i % 120);
        tasks << t;
    }
    return tasks;
}

const QByteArray kRawCardColumns = QByteArrayLiteral("id, title, tags, position, due_date, priority, status, workflow_id");

size_t heapInUse()
{
    const struct mallinfo2 m = mallinfo2();
    return m.uordblks + m.hblkhd; // small blocks + blocks that malloc mmap()s (big arrays)
}

QString sizeLabel(int n)
{
    return n >= 1000 ? QString::number(n / 1000) + QStringLiteral("k") : QString::number(n);
}

// ---------------------------------------------------------------------------------------------
// One backend

void runBackend(const QString &backend)
{
    const bool pg = backend == QLatin1String("postgresql");
    const QString name = pg ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite");
    qint64 openSmall = 0;

    for (const int size : {1000, 100000}) {
        const QString tasksLabel = sizeLabel(size);
        QString skip, fail;
        auto t = TestDatabase::create(backend, true, &skip, &fail);
        if (!t)
            die(name + QStringLiteral(": ") + (fail.isEmpty() ? skip : fail));
        const User user = t->addUser(QStringLiteral("bench@example.com"), UserRole::Director);
        const UserContext ctx = UserContext::of(user);
        TaskRepository repo(t->db(), ctx);

        // The board.
        {
            QList<Task> tasks = makeTasks(size);
            Result<int> inserted = 0;
            const qint64 ns = timeNs([&] { inserted = repo.bulkInsert(tasks); });
            if (!inserted)
                die(QStringLiteral("bulkInsert: ") + inserted.error().text());
            addRow(name, tasksLabel, QStringLiteral("(setup) bulkInsert %1 tasks").arg(size), ms(ns));
        }
        if (pg) { // what autovacuum does a minute later on a real server; makes runs repeatable
            Query q(t->db());
            if (!q.exec(QStringLiteral("VACUUM ANALYZE")))
                die(q.error().text());
        }
        std::unique_ptr<RawConnection> raw;
        if (pg)
            raw = std::make_unique<RawPostgres>(t->urlString());
        else
            raw = std::make_unique<RawSqlite>(t->url().path);
        const QString rawLabel = QStringLiteral("(") + raw->label() + QStringLiteral(")");
        const QByteArray userId = user.id.toUtf8();

        // 1 + 2. Open the board vs the same first-page queries and counts through the C API.
        QList<qint64> openTimes;
        for (int run = 0; run < 9; ++run) {
            std::unique_ptr<TaskBoard> board;
            openTimes << timeNs([&] {
                board = std::make_unique<TaskBoard>(t->db(), ctx, nullptr);
                board->reload();
            });
        }
        const qint64 open = median(openTimes);
        {
            TaskBoard board(t->db(), ctx, nullptr);
            board.reload();
            int loaded = 0;
            for (int s = 0; s < kTaskStatusCount; ++s)
                loaded += board.column(static_cast<TaskStatus>(s))->rowCount();
            if (loaded != std::min(size, 5 * TaskColumnModel::kPageSize))
                die(QStringLiteral("the board loaded %1 cards").arg(loaded));
        }
        // The columns a card shows, as the board reads them (TaskRepository::listCards).
        const QByteArray pageSql = QByteArrayLiteral("SELECT ") + kRawCardColumns
            + QByteArrayLiteral(" FROM task WHERE user_id = ? AND status = ? ORDER BY position LIMIT 100");
        const QByteArray countSql = QByteArrayLiteral("SELECT count(*) FROM task WHERE user_id = ? AND status = ?");
        const qint64 rawOpen = medianOf(9, [&] {
            for (int s = 0; s < kTaskStatusCount; ++s) {
                const QList<Param> params{{userId, 0, false}, text(toString(static_cast<TaskStatus>(s)))};
                if (raw->select(pageSql, params) < 0 || raw->select(countSql, params) != 1)
                    die(QStringLiteral("raw first screen failed"));
            }
        });
        const qint64 rawCounts = medianOf(9, [&] {
            for (int s = 0; s < kTaskStatusCount; ++s)
                if (raw->select(countSql, {{userId, 0, false}, text(toString(static_cast<TaskStatus>(s)))}) != 1)
                    die(QStringLiteral("raw count failed"));
        });
        if (size == 1000) {
            openSmall = open;
            addRow(name, tasksLabel, QStringLiteral("1 open board: TaskBoard + reload()"), ms(open));
        } else {
            const double r = double(open) / double(openSmall);
            addRow(name, tasksLabel, QStringLiteral("1 open board: TaskBoard + reload()"), ms(open),
                   ms(openSmall) + QStringLiteral(" (1k)"), ratioText(r), QStringLiteral("<= 1.5x"), passMiss(r <= 1.5));
        }
        addRatioRow(name, tasksLabel, QStringLiteral("2 first screen (5 pages + counts) vs raw"), open, rawOpen, rawLabel, 3.0);
        addRow(name, tasksLabel, QStringLiteral("2 of which raw: the 5 counts alone (info)"), ms(rawCounts));

        // 3. Drop commit: TaskRepository::move vs one raw UPDATE in a transaction.
        {
            QRandomGenerator rng(7);
            std::array<int, kTaskStatusCount> columnSize{};
            QList<QPair<QString, TaskStatus>> oursSample, rawSample;
            for (int s = 0; s < kTaskStatusCount; ++s) {
                TaskFilter f;
                f.status = static_cast<TaskStatus>(s);
                columnSize[s] = *repo.count(f);
                f.limit = 120;
                const auto page = repo.list(f);
                for (int i = 0; i < page->size(); ++i)
                    (i % 2 == 0 ? oursSample : rawSample) << qMakePair(page->at(i).id, f.status.value());
            }
            // Moves between columns to indexes anywhere in the target column, then to the top 100
            // rows only (what a drop on the first screen does). Like the board, the move is given
            // the positions of the cards it lands between (the view has them loaded); finding
            // them is not timed.
            auto moves = [&](int count, bool anywhere) {
                QList<qint64> times;
                for (int i = 0; i < count; ++i) {
                    auto &entry = oursSample[(i * 7) % oursSample.size()];
                    const QString id = entry.first;
                    const TaskStatus from = entry.second;
                    const auto to = static_cast<TaskStatus>((int(from) + 1 + int(rng.bounded(4))) % kTaskStatusCount);
                    const int limit = anywhere ? columnSize[int(to)] + 1 : std::min(columnSize[int(to)] + 1, 100);
                    const int index = int(rng.bounded(limit));
                    TaskFilter around;
                    around.status = to;
                    around.limit = index > 0 ? 2 : 1;
                    around.offset = std::max(index - 1, 0);
                    const auto near = repo.list(around);
                    TaskRepository::Neighbours neighbours;
                    if (index > 0 && !near->isEmpty())
                        neighbours.before = near->first().position;
                    if (near->size() > (index > 0 ? 1 : 0))
                        neighbours.after = near->at(index > 0 ? 1 : 0).position;
                    // Finding the neighbours deep in a big column is a long scan (on PostgreSQL with
                    // parallel workers, which wind down after it); let it settle so that it does not
                    // weigh on the timed drop. The raw updates below get the same pause.
                    QThread::msleep(3);
                    Error failure;
                    times << timeNs([&] {
                        if (const auto moved = repo.move({id}, to, index, neighbours); !moved)
                            failure = moved.error();
                    });
                    if (failure.isError())
                        die(QStringLiteral("move: ") + failure.text());
                    --columnSize[int(from)];
                    ++columnSize[int(to)];
                    entry.second = to;
                }
                return median(times);
            };
            const qint64 moveAnywhere = moves(200, true);
            const qint64 moveTop = moves(200, false);

            QList<qint64> rawTimes;
            const QByteArray update = QByteArrayLiteral("UPDATE task SET position = ?, status = ? WHERE id = ?");
            for (int i = 0; i < 200; ++i) {
                auto &entry = rawSample[(i * 7) % rawSample.size()];
                const QString id = entry.first;
                const TaskStatus from = entry.second;
                const auto to = static_cast<TaskStatus>((int(from) + 1 + int(rng.bounded(4))) % kTaskStatusCount);
                // A free spot: odd, between two gap-1024 positions.
                const qint64 position = TaskRepository::kPositionGap * qint64(rng.bounded(size / 5 + 1)) + 1 + 2 * i;
                QThread::msleep(3);
                rawTimes << timeNs([&] {
                    if (!raw->exec(raw->beginWrite()) || !raw->exec(update, {integer(position), text(toString(to)), text(id)})
                        || !raw->exec(QByteArrayLiteral("COMMIT")))
                        die(QStringLiteral("raw update: ") + raw->lastError());
                });
                entry.second = to;
            }
            const qint64 rawMove = median(rawTimes);
            addRatioRow(name, tasksLabel, QStringLiteral("3 drop commit: move() vs raw UPDATE, any index"), moveAnywhere, rawMove,
                        rawLabel, 2.0);
            addRatioRow(name, tasksLabel, QStringLiteral("3 drop commit: move() vs raw UPDATE, top 100"), moveTop, rawMove,
                        rawLabel, 2.0);
        }

        // 3. The optimistic path: dropMimeData until the target model has the card; then the
        //    write that follows from the event loop (TaskBoard::finishMove).
        {
            QUndoStack undo;
            TaskBoard board(t->db(), ctx, &undo);
            board.reload();
            QRandomGenerator rng(11);
            QList<qint64> shownTimes, writeTimes;
            for (int i = 0; i < 50; ++i) {
                const auto from = static_cast<TaskStatus>(i % kTaskStatusCount);
                const auto to = static_cast<TaskStatus>((int(from) + 1 + int(rng.bounded(4))) % kTaskStatusCount);
                TaskColumnModel *source = board.column(from);
                TaskColumnModel *target = board.column(to);
                if (source->rowCount() == 0)
                    continue;
                const int sourceRow = int(rng.bounded(source->rowCount()));
                const QString id = source->idAt(sourceRow);
                std::unique_ptr<QMimeData> mime(source->mimeData({source->index(sourceRow)}));
                const int row = int(rng.bounded(target->rowCount() + 1));
                qint64 shown = -1;
                QElapsedTimer timer;
                const auto connection = QObject::connect(target, &QAbstractItemModel::rowsInserted, target, [&] {
                    if (shown < 0 && target->rowOf(id) >= 0)
                        shown = timer.nsecsElapsed();
                });
                timer.start();
                target->dropMimeData(mime.get(), Qt::MoveAction, row, 0, QModelIndex());
                QObject::disconnect(connection);
                if (shown < 0)
                    die(QStringLiteral("the dropped card did not appear"));
                shownTimes << shown;
                writeTimes << timeNs([] { QCoreApplication::processEvents(); });
                const auto placed = repo.placements({id});
                if (!placed || placed->first().status != to)
                    die(QStringLiteral("the drop was not written"));
            }
            const qint64 shown = median(shownTimes);
            addRow(name, tasksLabel, QStringLiteral("3 drop -> card shown (optimistic)"), ms(shown), {}, {},
                   QStringLiteral("< 1 ms"), passMiss(shown < 1000000));
            addRow(name, tasksLabel, QStringLiteral("3 drop -> written (finishMove, info)"), ms(median(writeTimes)));
        }

        // 4. Search.
        {
            TaskFilter f;
            f.text = kRareWord;
            int hits = 0;
            const qint64 ours = medianOf(21, [&] {
                const auto found = repo.list(f);
                if (!found)
                    die(QStringLiteral("search: ") + found.error().text());
                hits = int(found->size());
            });
            const QString ftsQuery = t->db().ftsQuery(kRareWord);
            // The baseline runs the very statement TaskRepository::list sends (scope, full-text
            // condition, board order) through the C API / libpq, so the ratio is our overhead.
            const QStringList ourSql = captureSql([&] { (void)repo.list(f); });
            if (ourSql.size() != 1)
                die(QStringLiteral("search: expected one statement, captured %1").arg(ourSql.size()));
            const QByteArray rawSearch = ourSql.first().toUtf8();
            int rawHits = 0;
            const qint64 rawNs = medianOf(21, [&] { rawHits = raw->select(rawSearch, {{userId, 0, false}, text(ftsQuery)}); });
            if (rawHits != hits || hits != size / 100)
                die(QStringLiteral("search found %1 tasks, the raw query %2, expected %3")
                        .arg(hits)
                        .arg(rawHits)
                        .arg(size / 100));
            addRatioRow(name, tasksLabel, QStringLiteral("4 search \"%1\" (%2 hits) vs raw FTS").arg(kRareWord).arg(hits), ours,
                        rawNs, rawLabel, 2.0);

            // The plan matters on the big board (a small table is rightly scanned).
            if (size == 100000) {
                const QStringList sql = captureSql([&] { (void)repo.list(f); });
                if (sql.size() != 1 || sql.first().count(QLatin1Char('?')) != 2) {
                    addRow(name, tasksLabel, QStringLiteral("4 search plan uses the FTS index"), QStringLiteral("?"), {}, {},
                           QStringLiteral("no full scan"), QStringLiteral("MISS"));
                    g_notes
                        << QStringLiteral("%1: could not capture the search statement (%2 statements)").arg(name).arg(sql.size());
                } else {
                    const QStringList plan = raw->plan(sql.first().toUtf8(), {{userId, 0, false}, text(ftsQuery)});
                    const QString joined = plan.join(QLatin1Char('\n'));
                    bool usesIndex = false;
                    if (pg) {
                        usesIndex = joined.contains(QLatin1String("task_search_idx"))
                            && !joined.contains(QLatin1String("Seq Scan on task"));
                    } else {
                        usesIndex = joined.contains(QLatin1String("VIRTUAL TABLE INDEX"))
                            && joined.contains(QLatin1String("INTEGER PRIMARY KEY (rowid=?)"))
                            && !joined.contains(QLatin1String("SCAN t "));
                    }
                    addRow(name, tasksLabel, QStringLiteral("4 search plan uses the FTS index"),
                           usesIndex ? QStringLiteral("yes") : QStringLiteral("no"), {}, {}, QStringLiteral("no full scan"),
                           passMiss(usesIndex));
                    QString note = QStringLiteral("%1, %2 tasks, search statement of TaskRepository::list:\n    %3\n  %4:\n")
                                       .arg(name, tasksLabel, sql.first(),
                                            pg ? QStringLiteral("EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF)")
                                               : QStringLiteral("EXPLAIN QUERY PLAN"));
                    for (const QString &line : plan)
                        note += QStringLiteral("    ") + line + QLatin1Char('\n');
                    g_notes << note;
                }
            }
        }

        if (size != 100000)
            continue;

        // 5. Painting a column of ~20,000 loaded cards.
        {
            TaskBoard board(t->db(), ctx, nullptr);
            board.reload();
            TaskColumnModel *column = board.column(TaskStatus::Todo);
            while (column->canFetchMore(QModelIndex()))
                column->fetchMore(QModelIndex());
            TaskCardDelegate delegate;
            { // Fonts, style and the paint engine start up once per program; not part of a view's paint.
                QStringListModel warm(QStringList(40, QStringLiteral("warm up")));
                QListView view;
                view.setItemDelegate(&delegate);
                view.setModel(&warm);
                view.resize(360, 800);
                (void)view.grab();
            }
            // The first grab of a new view lays out every row, then paints one screen.
            auto firstGrab = [&](bool uniform) {
                QListView view;
                view.setUniformItemSizes(uniform);
                view.setItemDelegate(&delegate);
                view.setModel(column);
                view.resize(360, 800);
                QPixmap pixmap;
                const qint64 ns = timeNs([&] { pixmap = view.grab(); });
                if (pixmap.isNull())
                    die(QStringLiteral("grab() returned nothing"));
                return ns;
            };
            QList<qint64> uniformTimes, varyingTimes;
            for (int run = 0; run < 5; ++run) {
                uniformTimes << firstGrab(true);
                varyingTimes << firstGrab(false);
            }
            const qint64 uniform = median(uniformTimes);
            const qint64 varying = median(varyingTimes);
            const QString cards = QString::number(column->rowCount());
            addRow(name, tasksLabel, QStringLiteral("5 first grab 360x800, %1 cards, uniform sizes").arg(cards), ms(uniform), {},
                   {}, QStringLiteral("< 16 ms (1 frame)"), passMiss(uniform < 16000000));
            addRow(name, tasksLabel, QStringLiteral("5 first grab 360x800, %1 cards, varying sizes").arg(cards), ms(varying), {},
                   {}, QStringLiteral("(contrast)"));

            // The board's own column: cards of one to three lines. A new view measures every
            // loaded title once (cold); afterwards a layout asks only its cache (warm).
            QList<qint64> coldTimes, warmTimes;
            for (int run = 0; run < 5; ++run) {
                BoardColumnView view;
                view.setModel(column);
                view.resize(360, 800);
                QPixmap pixmap;
                coldTimes << timeNs([&] { pixmap = view.grab(); });
                warmTimes << timeNs([&] {
                    view.doItemsLayout();
                    pixmap = view.grab();
                });
            }
            const qint64 cold = median(coldTimes);
            const qint64 warm = median(warmTimes);
            addRow(name, tasksLabel,
                   QStringLiteral("5 board column, first grab, %1 multi-line cards (titles measured)").arg(cards), ms(cold),
                   ms(uniform) + QStringLiteral(" uniform"), ratioText(double(cold) / double(uniform)),
                   QStringLiteral("(info: 20,000 loaded at once)"));
            addRatioRow(name, tasksLabel, QStringLiteral("5 board column, layout + grab again, %1 cards (cached)").arg(cards),
                        warm, uniform, QStringLiteral("uniform"), 3.0);
        }

        // 5b. The usual case: a column showing its first page, then scrolled to the next one.
        {
            TaskBoard board(t->db(), ctx, nullptr);
            board.reload();
            TaskColumnModel *column = board.column(TaskStatus::Todo);
            QList<qint64> firstTimes, nextTimes;
            for (int run = 0; run < 5; ++run) {
                board.reload();
                BoardColumnView view;
                view.setModel(column);
                view.resize(360, 800);
                QPixmap pixmap;
                firstTimes << timeNs([&] { pixmap = view.grab(); });
                nextTimes << timeNs([&] {
                    view.verticalScrollBar()->setValue(view.verticalScrollBar()->value() + 100 * 60);
                    pixmap = view.grab();
                });
            }
            addRow(name, tasksLabel,
                   QStringLiteral("5 board column, first page (%1 cards) shown").arg(TaskColumnModel::kPageSize),
                   ms(median(firstTimes)), {}, {}, QStringLiteral("< 16 ms (1 frame)"), passMiss(median(firstTimes) < 16000000));
            addRow(name, tasksLabel, QStringLiteral("5 board column, scrolled a page down (loads and lays out the next)"),
                   ms(median(nextTimes)), {}, {}, QStringLiteral("< 16 ms (1 frame)"), passMiss(median(nextTimes) < 16000000));
        }

        // 6. Memory per loaded card: every task into one column, then load it all.
        {
            Query q(t->db());
            if (!q.exec(QStringLiteral("UPDATE task SET position = position * 5 + CASE status WHEN 'TODO' THEN 0 "
                                       "WHEN 'IN_PROGRESS' THEN 1 WHEN 'REVIEW' THEN 2 WHEN 'COMPLETED' THEN 3 ELSE 4 END, "
                                       "status = 'TODO'")))
                die(q.error().text());
            TaskBoard board(t->db(), ctx, nullptr);
            board.reload();
            TaskColumnModel *column = board.column(TaskStatus::Todo);
            const int before = column->rowCount();
            const size_t heapBefore = heapInUse();
            const qint64 ns = timeNs([&] {
                while (column->canFetchMore(QModelIndex()))
                    column->fetchMore(QModelIndex());
            });
            const size_t heapAfter = heapInUse();
            const int loaded = column->rowCount();
            if (loaded != size)
                die(QStringLiteral("loaded %1 of %2 cards").arg(loaded).arg(size));
            const double perCard = double(qint64(heapAfter) - qint64(heapBefore)) / double(loaded - before);
            addRow(name, tasksLabel, QStringLiteral("6 memory per loaded card (%1 cards)").arg(loaded),
                   QString::number(perCard, 'f', 0) + QStringLiteral(" B"), {}, {}, QStringLiteral("< 400 B"),
                   passMiss(perCard < 400));
            addRow(name, tasksLabel, QStringLiteral("6 load %1 cards by fetchMore (info)").arg(loaded), ms(ns));
        }
    }
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);

    QElapsedTimer total;
    total.start();
    QStringList backends{QStringLiteral("sqlite")};
    if (!qEnvironmentVariable("DOO_TEST_PG_URL").isEmpty())
        backends << QStringLiteral("postgresql");
    else
        progress(QStringLiteral("DOO_TEST_PG_URL is not set: SQLite only (run through tests/with-postgres.sh for PostgreSQL)"));
    for (const QString &b : std::as_const(backends))
        runBackend(b);

    out() << Qt::endl
          << QStringLiteral("Board benchmark: Qt %1, SQLite %2, libpq %3; medians (open: 9 runs, moves: 200, drops: 50, search: "
                            "21, grabs: 5 new views)")
                 .arg(QLatin1String(qVersion()), QLatin1String(sqlite3_libversion()))
                 .arg(PQlibVersion())
          << Qt::endl
          << Qt::endl;
    printTable();
    for (const QString &note : std::as_const(g_notes))
        out() << Qt::endl << note.trimmed() << Qt::endl;
    out() << Qt::endl << QStringLiteral("Total time: %1 s").arg(double(total.elapsed()) / 1000.0, 0, 'f', 1) << Qt::endl;
    return 0;
}
