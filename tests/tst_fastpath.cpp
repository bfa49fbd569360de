#include "TestDatabase.h"

#include "db/Query.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace doo;
using namespace doo::test;

namespace {

// The command line's fast path (app/fast: `task add` and `task list --json` on SQLite without
// Qt) against the module that runs every other command: the real binary on real databases. On
// SQLite, the fast path must write the same rows and print the same bytes as the module does on
// a twin database; whatever it cannot see is valid it must leave to the module untouched.
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

enum class Mode { Default, Require, Off };

Run run(const QString &url, const QStringList &arguments, Mode mode, const QMap<QString, QString> &extraEnv = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("USER"), QStringLiteral("jane"));
    env.insert(QStringLiteral("TZ"), QStringLiteral("Europe/Berlin")); // daylight saving: due dates on change days
    env.remove(QStringLiteral("DIRECTOR_DATABASE"));
    env.remove(QStringLiteral("DOO_FAST_PATH"));
    if (mode == Mode::Require)
        env.insert(QStringLiteral("DOO_FAST_PATH"), QStringLiteral("require"));
    if (mode == Mode::Off)
        env.insert(QStringLiteral("DOO_FAST_PATH"), QStringLiteral("off"));
    for (auto it = extraEnv.cbegin(); it != extraEnv.cend(); ++it)
        env.insert(it.key(), it.value());
    p.setProcessEnvironment(env);
    QStringList all = arguments;
    if (!url.isEmpty())
        all = QStringList{QStringLiteral("--database"), url} + all;
    p.start(qEnvironmentVariable("DOO_CLI"), all);
    if (!p.waitForFinished(120000))
        qFatal("director-of-one did not finish");
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

QStringList addArgs(const QStringList &rest)
{
    return QStringList{QStringLiteral("task"), QStringLiteral("add")} + rest;
}

QStringList listArgs(const QStringList &rest)
{
    return QStringList{QStringLiteral("task"), QStringLiteral("list"), QStringLiteral("--json")} + rest;
}

// Output with what differs between two databases (random ids, also as the 8 characters a table
// shows, and the times of writing) replaced, for comparing them.
QByteArray withoutIds(QByteArray text)
{
    static const QRegularExpression id(QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"));
    static const QRegularExpression shortId(QStringLiteral("^[0-9a-f]{8}(?= )"), QRegularExpression::MultilineOption);
    static const QRegularExpression written(QStringLiteral("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z"));
    return QString::fromUtf8(text)
        .replace(id, QStringLiteral("<id>"))
        .replace(shortId, QStringLiteral("<id>"))
        .replace(written, QStringLiteral("<time>"))
        .toUtf8();
}

// Everything `task add` wrote, newest task last, without ids and times (checked for shape and
// agreement instead).
QStringList tasksOf(Database &db)
{
    QStringList rows;
    Query q(db);
    if (!q.exec(QStringLiteral(
            "SELECT t.title, t.description, t.priority, t.status, t.position, t.due_date, t.tags, t.version, "
            "t.workflow_id IS NULL, t.execution_id IS NULL, t.completed_at IS NULL, "
            "t.created_at = t.updated_at AND length(t.created_at) = 24 AND t.created_at LIKE '____-__-__T__:__:__.___Z', "
            "(SELECT group_concat(x, ' ') FROM (SELECT tag || '=' || tag_key AS x FROM task_tag WHERE task_id = t.id "
            " ORDER BY rowid)), "
            "(SELECT group_concat(coalesce(from_status, '-') || '>' || to_status || (changed_at = t.created_at), ' ') "
            " FROM task_history WHERE task_id = t.id), length(t.id) "
            "FROM task t ORDER BY t.rowid")))
        qFatal("cannot read tasks: %s", qPrintable(q.error().text()));
    while (q.next()) {
        QStringList row;
        for (int c = 0; c < 15; ++c)
            row << (q.value(c).isNull() ? QStringLiteral("NULL") : q.value(c).toString());
        rows << row.join(QLatin1Char('|'));
    }
    return rows;
}

// What the triggers keep beside the tasks: column counts and the change counter open boards poll.
QStringList countsOf(Database &db)
{
    QStringList rows;
    Query q(db);
    if (!q.exec(QStringLiteral("SELECT status || '=' || n FROM task_count UNION ALL "
                               "SELECT name || '=' || value FROM app_counter WHERE name = 'task_changes'")))
        qFatal("cannot read counts: %s", qPrintable(q.error().text()));
    while (q.next())
        rows << q.value(0).toString();
    return rows;
}

int scalarInt(Database &db, const QString &sql)
{
    Query q(db);
    if (!q.exec(sql) || !q.next())
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.error().text()));
    return q.value(0).toInt();
}

void exec(Database &db, const QString &sql, const QVariantList &values = {})
{
    Query q(db);
    if (!q.exec(sql, values))
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.error().text()));
}

QStringList manyTags(int n)
{
    QStringList args;
    for (int i = 0; i < n; ++i)
        args << QStringLiteral("--tag") << QStringLiteral("t%1").arg(i);
    return args;
}

} // namespace

class TestFastPath : public QObject
{
    Q_OBJECT

private:
    // The twin of an SQLite test database: the same commands run on it through the module.
    static std::unique_ptr<TestDatabase> twin()
    {
        QString skip, fail;
        auto db = TestDatabase::create(QStringLiteral("sqlite"), true, &skip, &fail);
        if (!db)
            qFatal("no twin database: %s", qPrintable(fail));
        return db;
    }

private Q_SLOTS:
    // Valid input: the fast path handles it (never leaves it) and writes what the module writes.
    void addWritesWhatTheModuleWrites_data() { TestDatabase::addBackendRows(); }
    void addWritesWhatTheModuleWrites()
    {
        DOO_OPEN_TEST_DB(t, true);
        const QList<QStringList> inputs = {
            {QStringLiteral("Plain title")},
            {QStringLiteral(" \u3000Spaced\u3000inside\u00a0 "), QStringLiteral("--priority"), QStringLiteral(" high ")},
            {QStringLiteral("Quote \" back \\ tab\tend"), QStringLiteral("--description"), QStringLiteral("line 1\nline 2 \"q\" \u00e9")},
            {QStringLiteral("Emoji \U0001F642 title"), QStringLiteral("--tag"), QStringLiteral("Work"), QStringLiteral("--tag"),
             QStringLiteral(" work "), QStringLiteral("--tag"), QStringLiteral(" "), QStringLiteral("--tag"), QStringLiteral("Home"),
             QStringLiteral("--due"), QStringLiteral("2026-03-29")},
            {QString(198, QLatin1Char('x')) + QStringLiteral("\U0001F642")}, // 200 UTF-16 units: the limit
            {QStringLiteral("Leap day"), QStringLiteral("--due"), QStringLiteral(" 2028-02-29 "), QStringLiteral("--priority"),
             QStringLiteral("Urgent")},
            {QStringLiteral("-5 degrees outside"), QStringLiteral("--due"), QStringLiteral("2026-10-25")},
            QStringList{QStringLiteral("Twenty tags")} + manyTags(20),
            {QStringLiteral("Long description"), QStringLiteral("--description"), QString(10000, QLatin1Char('d'))},
        };
        if (backend == QLatin1String("postgresql")) {
            // A shared PostgreSQL database is the module's: the fast path leaves every command to it.
            const Run fast = run(t->urlString(), addArgs({QStringLiteral("Plain title")}), Mode::Require);
            QCOMPARE(fast.exitCode, 3);
            QVERIFY2(fast.err.contains("not an SQLite database"), fast.err.constData());
            const Run module = run(t->urlString(), addArgs({QStringLiteral("Plain title")}), Mode::Default);
            QCOMPARE(module.exitCode, 0);
            QVERIFY(module.out.startsWith("Created task "));
            QCOMPARE(t->rowCount(QStringLiteral("task")), 1);
            QCOMPARE(run(t->urlString(), listArgs({}), Mode::Require).exitCode, 3);
            return;
        }
        auto other = twin();
        // The first command creates the local profile (the module's work) on both.
        QCOMPARE(run(t->urlString(), listArgs({}), Mode::Default).exitCode, 0);
        QCOMPARE(run(other->urlString(), listArgs({}), Mode::Off).exitCode, 0);
        for (const QStringList &input : inputs) {
            const Run fast = run(t->urlString(), addArgs(input), Mode::Require);
            const Run module = run(other->urlString(), addArgs(input), Mode::Off);
            QVERIFY2(fast.exitCode == 0, fast.err.constData());
            QCOMPARE(module.exitCode, 0);
            QCOMPARE(withoutIds(fast.out), withoutIds(module.out));
            QCOMPARE(fast.err, QByteArray());
        }
        const QStringList written = tasksOf(t->db());
        QCOMPARE(written.size(), inputs.size());
        QCOMPARE(written, tasksOf(other->db()));
        QCOMPARE(countsOf(t->db()), QStringList({QStringLiteral("TODO=9"), QStringLiteral("task_changes=9")}));
        QCOMPARE(countsOf(t->db()), countsOf(other->db()));
        // Spot checks by hand: trimmed title, end of day in Berlin (summer time from that night),
        // tags without duplicates or blanks, positions at the end of the column.
        QCOMPARE(written.at(1).section(QLatin1Char('|'), 0, 2), QStringLiteral("Spaced\u3000inside||HIGH"));
        QCOMPARE(written.at(3).section(QLatin1Char('|'), 5, 6), QStringLiteral("2026-03-29T21:59:59.000Z|[\"Work\",\"Home\"]"));
        QCOMPARE(written.at(3).section(QLatin1Char('|'), 12, 13), QStringLiteral("Work=work Home=home|->TODO1"));
        QCOMPARE(written.at(6).section(QLatin1Char('|'), 4, 5), QStringLiteral("7168|2026-10-25T22:59:59.000Z"));
        // And both lists read the same.
        const Run fastList = run(t->urlString(), listArgs({}), Mode::Require);
        QCOMPARE(fastList.exitCode, 0);
        QCOMPARE(withoutIds(fastList.out), withoutIds(run(other->urlString(), listArgs({}), Mode::Off).out));
    }

    // Input the fast path cannot see is valid, other commands and options: left to the module,
    // untouched, with the module's message and exit code.
    void leavesTheRestToTheModule_data() { TestDatabase::addBackendRows(); }
    void leavesTheRestToTheModule()
    {
        DOO_OPEN_TEST_DB(t, true);
        if (backend == QLatin1String("postgresql"))
            QSKIP("SQLite only: on PostgreSQL every command is the module's (addWritesWhatTheModuleWrites)");
        auto other = twin();
        QCOMPARE(run(t->urlString(), listArgs({}), Mode::Default).exitCode, 0);
        QCOMPARE(run(other->urlString(), listArgs({}), Mode::Off).exitCode, 0);
        const QList<QPair<QStringList, int>> cases = {
            {addArgs({QStringLiteral("   ")}), 1},                                         // title required
            {addArgs({QString(199, QLatin1Char('x')) + QStringLiteral("\U0001F642")}), 1}, // 201 UTF-16 units
            {addArgs({QStringLiteral("t"), QStringLiteral("--tag"), QStringLiteral("a,b")}), 1},
            {addArgs(QStringList{QStringLiteral("t")} + manyTags(21)), 1},
            {addArgs({QStringLiteral("t"), QStringLiteral("--tag"), QString(51, QLatin1Char('g'))}), 1},
            {addArgs({QStringLiteral("t"), QStringLiteral("--priority"), QStringLiteral("extreme")}), 1},
            {addArgs({QStringLiteral("t"), QStringLiteral("--due"), QStringLiteral("2026-02-30")}), 1},
            {addArgs({QStringLiteral("t"), QStringLiteral("--due"), QStringLiteral("tomorrow")}), 1},
            {addArgs({QStringLiteral("t"), QStringLiteral("--description"), QString(10001, QLatin1Char('d'))}), 1},
            {addArgs({QStringLiteral("t"), QStringLiteral("--user"), QStringLiteral("nobody@example.com")}), 1},
            {addArgs({QStringLiteral("t"), QStringLiteral("--bogus"), QStringLiteral("x")}), 2},
            {addArgs({QStringLiteral("t"), QStringLiteral("--priority"), QStringLiteral("low"), QStringLiteral("--priority"),
                      QStringLiteral("high")}), 2},
            {addArgs({QStringLiteral("Caf\u00e9 tags"), QStringLiteral("--tag"), QStringLiteral("caf\u00e9")}), 0}, // case folding is Qt's
            {addArgs({QStringLiteral("\ufeffStarts with a byte order mark")}), 0},
            {addArgs({QStringLiteral("As JSON"), QStringLiteral("--json")}), 0},
            {listArgs({QStringLiteral("--search"), QStringLiteral("caf")}), 0},
            {listArgs({QStringLiteral("--status"), QStringLiteral("done")}), 1},
            {listArgs({QStringLiteral("--tag"), QStringLiteral("CAF\u00c9")}), 0},
            {QStringList{QStringLiteral("task"), QStringLiteral("list")}, 0},
        };
        for (const auto &c : cases) {
            const int before = t->rowCount(QStringLiteral("task"));
            const Run fast = run(t->urlString(), c.first, Mode::Require);
            QCOMPARE(fast.exitCode, 3);
            QVERIFY(fast.out.isEmpty());
            QCOMPARE(t->rowCount(QStringLiteral("task")), before);
            const Run viaModule = run(t->urlString(), c.first, Mode::Default);
            const Run module = run(other->urlString(), c.first, Mode::Off);
            QCOMPARE(viaModule.exitCode, c.second);
            QCOMPARE(module.exitCode, c.second);
            QCOMPARE(withoutIds(viaModule.out), withoutIds(module.out));
            QCOMPARE(viaModule.err, module.err);
        }
        QCOMPARE(tasksOf(t->db()), tasksOf(other->db()));
    }

    // Lists: every filter the fast path takes, rows out of board order, another user's tasks for
    // an ADMIN; stored text it would have to convert as Qt does is left to the module.
    void listPrintsWhatTheModulePrints_data() { TestDatabase::addBackendRows(); }
    void listPrintsWhatTheModulePrints()
    {
        DOO_OPEN_TEST_DB(t, true);
        if (backend == QLatin1String("postgresql"))
            QSKIP("SQLite only: on PostgreSQL every command is the module's (addWritesWhatTheModuleWrites)");
        const QString url = t->urlString();
        QCOMPARE(run(url, addArgs({QStringLiteral("First"), QStringLiteral("--tag"), QStringLiteral("Work")}), Mode::Default).exitCode, 0);
        QCOMPARE(run(url, addArgs({QStringLiteral("Second"), QStringLiteral("--priority"), QStringLiteral("high")}), Mode::Default).exitCode, 0);
        QCOMPARE(run(url, addArgs({QStringLiteral("Third"), QStringLiteral("--tag"), QStringLiteral("work"), QStringLiteral("--due"),
                                   QStringLiteral("2026-12-24")}), Mode::Default).exitCode, 0);
        QCOMPARE(run(url, addArgs({QStringLiteral("Fourth")}), Mode::Default).exitCode, 0);
        // Out of table order: the third to the top of TODO, the second done, the first in progress.
        Query ids(t->db());
        QVERIFY(ids.exec(QStringLiteral("SELECT id FROM task ORDER BY rowid")));
        QStringList id;
        while (ids.next())
            id << ids.value(0).toString();
        QCOMPARE(id.size(), 4);
        QCOMPARE(run(url, {QStringLiteral("task"), QStringLiteral("move"), id[2], QStringLiteral("TODO"), QStringLiteral("--position"),
                           QStringLiteral("1")}, Mode::Default).exitCode, 0);
        QCOMPARE(run(url, {QStringLiteral("task"), QStringLiteral("done"), id[1]}, Mode::Default).exitCode, 0);
        QCOMPARE(run(url, {QStringLiteral("task"), QStringLiteral("move"), id[0], QStringLiteral("in_progress")}, Mode::Default).exitCode, 0);

        const QList<QStringList> filters = {
            {},
            {QStringLiteral("--status"), QStringLiteral(" todo ")},
            {QStringLiteral("--priority"), QStringLiteral("HIGH")},
            {QStringLiteral("--tag"), QStringLiteral(" WORK ")},
            {QStringLiteral("--tag"), QStringLiteral("work"), QStringLiteral("--status"), QStringLiteral("TODO")},
            {QStringLiteral("--tag"), QStringLiteral("none")},
        };
        auto same = [&](const QStringList &filter) {
            const Run fast = run(url, listArgs(filter), Mode::Require);
            const Run module = run(url, listArgs(filter), Mode::Off);
            QVERIFY2(fast.exitCode == 0, fast.err.constData());
            QCOMPARE(module.exitCode, 0);
            QCOMPARE(fast.out, module.out);
        };
        for (const QStringList &filter : filters)
            same(filter);
        // The board order, by hand: Third (moved to the top), Fourth, then First, then Second.
        const QByteArray all = run(url, listArgs({}), Mode::Require).out;
        QVERIFY(all.indexOf("\"Third\"") < all.indexOf("\"Fourth\"") && all.indexOf("\"Fourth\"") < all.indexOf("\"First\"")
                && all.indexOf("\"First\"") < all.indexOf("\"Second\""));

        // An ADMIN's list holds every user's tasks.
        const User someone = t->addUser(QStringLiteral("someone@example.com"), UserRole::User);
        exec(t->db(), QStringLiteral("INSERT INTO task (id, user_id, title, description, priority, status, position, tags, "
                                     "created_at, updated_at, version) VALUES (?, ?, 'Theirs', '', 'LOW', 'REVIEW', 1024, '[]', "
                                     "'2026-01-01T12:00:00.000Z', '2026-01-01T12:00:00.000Z', 1)"),
             {QStringLiteral("00000000-0000-4000-8000-000000000001"), someone.id});
        same({});
        QVERIFY(!run(url, listArgs({}), Mode::Require).out.contains("Theirs"));
        exec(t->db(), QStringLiteral("UPDATE app_user SET role = 'ADMIN' WHERE id = (SELECT value FROM app_setting WHERE key = 'local_profile_user_id')"));
        same({});
        QVERIFY(run(url, listArgs({}), Mode::Require).out.contains("\"Theirs\""));

        // Stored text the module reads through Qt (a byte order mark it drops, tags with spaces
        // it parses, a time in another form, bytes that are not UTF-8): left to the module.
        const QStringList odd = {
            QStringLiteral("UPDATE task SET title = char(65279) || 'Marked' WHERE title = 'Fourth'"),
            QStringLiteral("UPDATE task SET tags = '[ \"spaced\" ]' WHERE title = 'First'"),
            QStringLiteral("UPDATE task SET due_date = '2026-12-24 12:00:00' WHERE title = 'Third'"),
            QStringLiteral("UPDATE task SET description = CAST(X'41C328' AS TEXT) WHERE title = 'Theirs'"),
        };
        for (const QString &sql : odd) {
            const QByteArray before = run(url, listArgs({}), Mode::Off).out;
            exec(t->db(), sql);
            const Run fast = run(url, listArgs({}), Mode::Require);
            QCOMPARE(fast.exitCode, 3);
            QVERIFY(fast.out.isEmpty());
            const Run viaModule = run(url, listArgs({}), Mode::Default);
            QCOMPARE(viaModule.exitCode, 0);
            QCOMPARE(viaModule.out, run(url, listArgs({}), Mode::Off).out);
            QVERIFY(viaModule.out != before);
        }
    }

    // Several fast `task add` at once: each waits for the write lock (BEGIN IMMEDIATE and the busy
    // timeout), none is lost or refused, every card gets its own place at the end of the column.
    void concurrentAdds_data() { TestDatabase::addBackendRows(); }
    void concurrentAdds()
    {
        DOO_OPEN_TEST_DB(t, true);
        if (backend == QLatin1String("postgresql"))
            QSKIP("SQLite only: on PostgreSQL every command is the module's (addWritesWhatTheModuleWrites)");
        QCOMPARE(run(t->urlString(), listArgs({}), Mode::Default).exitCode, 0);
        constexpr int kProcesses = 8, kRounds = 3;
        for (int round = 0; round < kRounds; ++round) {
            std::vector<std::unique_ptr<QProcess>> all;
            for (int i = 0; i < kProcesses; ++i) {
                auto p = std::make_unique<QProcess>();
                QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
                env.insert(QStringLiteral("DOO_FAST_PATH"), QStringLiteral("require"));
                p->setProcessEnvironment(env);
                p->start(qEnvironmentVariable("DOO_CLI"),
                         {QStringLiteral("--database"), t->urlString(), QStringLiteral("task"), QStringLiteral("add"),
                          QStringLiteral("Parallel %1.%2").arg(round).arg(i)});
                all.push_back(std::move(p));
            }
            for (auto &p : all) {
                QVERIFY(p->waitForFinished(60000));
                QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
            }
        }
        QCOMPARE(t->rowCount(QStringLiteral("task")), kProcesses * kRounds);
        QCOMPARE(scalarInt(t->db(), QStringLiteral("SELECT count(DISTINCT position) FROM task")), kProcesses * kRounds);
        QCOMPARE(scalarInt(t->db(), QStringLiteral("SELECT max(position) FROM task")), 1024 * kProcesses * kRounds);
        QCOMPARE(scalarInt(t->db(), QStringLiteral("SELECT count(*) FROM task_history")), kProcesses * kRounds);
    }

    // The database itself: the default location, a newer schema, no local profile.
    void databaseConditions_data() { TestDatabase::addBackendRows(); }
    void databaseConditions()
    {
        DOO_OPEN_TEST_DB(t, true);
        if (backend == QLatin1String("postgresql"))
            QSKIP("SQLite only: the default location and the file's schema are SQLite's");
        // No --database, no DIRECTOR_DATABASE: the file under XDG_DATA_HOME, as the module finds it.
        QTemporaryDir home;
        const QMap<QString, QString> env = {{QStringLiteral("HOME"), home.path()},
                                            {QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data"))}};
        QCOMPARE(run({}, addArgs({QStringLiteral("Before the file")}), Mode::Require, env).exitCode, 3);
        QCOMPARE(run({}, addArgs({QStringLiteral("Before the file")}), Mode::Default, env).exitCode, 0); // the module creates it
        QVERIFY(QFileInfo::exists(home.filePath(QStringLiteral("data/DirectorOfOne/director-of-one/director-of-one.sqlite"))));
        QCOMPARE(run({}, addArgs({QStringLiteral("In the file")}), Mode::Require, env).exitCode, 0);
        const Run list = run({}, listArgs({}), Mode::Require, env);
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.contains("\"Before the file\"") && list.out.contains("\"In the file\""));

        // A path with "..": QDir::cleanPath reads it by name, the system through links, so the
        // module's reading decides; "." and doubled slashes name the same file either way.
        const QFileInfo file(t->url().path);
        const QString viaParent = QStringLiteral("sqlite:%1/../%2/%3").arg(file.absolutePath(), file.dir().dirName(), file.fileName());
        const QString viaDot = QStringLiteral("sqlite:%1//./%2").arg(file.absolutePath(), file.fileName());
        QCOMPARE(run(t->urlString(), listArgs({}), Mode::Default).exitCode, 0); // the local profile
        const Run parent = run(viaParent, listArgs({}), Mode::Require);
        QCOMPARE(parent.exitCode, 3);
        QVERIFY2(parent.err.contains(".."), parent.err.constData());
        QCOMPARE(run(viaParent, listArgs({}), Mode::Default).exitCode, 0);
        QCOMPARE(run(viaDot, listArgs({}), Mode::Require).exitCode, 0);

        // A schema from a newer program: the module refuses it, and so the command does.
        const QString url = t->urlString();
        QCOMPARE(run(url, listArgs({}), Mode::Default).exitCode, 0);
        QCOMPARE(run(url, addArgs({QStringLiteral("x")}), Mode::Require).exitCode, 0);
        exec(t->db(), QStringLiteral("INSERT INTO schema_version (version, name, applied_at) VALUES (999, 'future', '2030-01-01')"));
        const Run newer = run(url, addArgs({QStringLiteral("y")}), Mode::Require);
        QCOMPARE(newer.exitCode, 3);
        QVERIFY2(newer.err.contains("schema"), newer.err.constData());
        const Run refused = run(url, addArgs({QStringLiteral("y")}), Mode::Default);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("newer version"), refused.err.constData());
        exec(t->db(), QStringLiteral("DELETE FROM schema_version WHERE version = 999"));

        // Users but no local profile: the module asks for --user.
        exec(t->db(), QStringLiteral("DELETE FROM app_setting WHERE key = 'local_profile_user_id'"));
        QCOMPARE(run(url, listArgs({}), Mode::Require).exitCode, 3);
        const Run noProfile = run(url, listArgs({}), Mode::Default);
        QCOMPARE(noProfile.exitCode, 1);
        QVERIFY2(noProfile.err.contains("--user"), noProfile.err.constData());
        QCOMPARE(t->rowCount(QStringLiteral("task")), 1);
    }
};

QTEST_GUILESS_MAIN(TestFastPath)
#include "tst_fastpath.moc"
