#include "CliRunner.h"
#include "DatabaseTestCase.h"

#include "db/Query.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

using namespace doo;
using namespace doo::test;

namespace {

// The time zone the binary runs in: west of UTC, so "the end of the day" is the next day in UTC.
const QByteArray kZone = QByteArrayLiteral("America/Los_Angeles");

// "task add" -> {"task", "add"}: words without spaces; texts with spaces are appended separately.
QStringList cmd(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QStringList titlesOf(const QJsonArray &tasks)
{
    QStringList titles;
    for (const QJsonValue &v : tasks)
        titles << v.toObject().value(QStringLiteral("title")).toString();
    return titles;
}

} // namespace

// The `task` commands of the real director-of-one binary against a real database on each backend.
class TestTaskCli : public DatabaseTestCase
{
    Q_OBJECT

private:
    using Run = CliRun;
    static Run run(const TestDatabase &t, const QStringList &arguments)
    {
        return CliRunner(t)
            .setEnv(QStringLiteral("USER"), QStringLiteral("Jane.Doe"))
            .setEnv(QStringLiteral("TZ"), QString::fromLatin1(kZone))
            .run(arguments);
    }

    // Adds a task and returns its id (empty when the command failed).
    static QString add(const TestDatabase &t, const QString &title, const QStringList &options = {})
    {
        const Run r = run(t, cmd("task add --json") << title << options);
        if (r.exitCode != 0)
            qWarning("task add failed: %s", qPrintable(r.err));
        return r.exitCode == 0 ? r.object().value(QStringLiteral("id")).toString() : QString();
    }

    static QStringList column(const TestDatabase &t, const char *status)
    {
        return titlesOf(run(t, cmd("task list --json --status") << QString::fromLatin1(status)).array());
    }

    // Every task row and history entry, to prove that a refused command changed nothing.
    static QString snapshot(TestDatabase &t)
    {
        Query q(t.db());
        if (!q.exec(QStringLiteral("SELECT id, status, position, version, title, tags, completed_at FROM task ORDER BY id")))
            qFatal("%s", qPrintable(q.error().text()));
        QStringList rows;
        while (q.next())
            rows << QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                                q.value(4).toString(), q.value(5).toString(), q.value(6).toString()}
                        .join(QLatin1Char('|'));
        return rows.join(QLatin1Char('\n')) + QStringLiteral("\nhistory ")
            + QString::number(t.rowCount(QStringLiteral("task_history")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!CliRunner::available())
            QSKIP("DOO_CLI is not set; run through ctest");
        QVERIFY2(QTimeZone(kZone).isValid(), "the time zone database (tzdata) is missing");
    }

    void addWithEveryOption();
    void listFilters();
    void moveWithPosition();
    void doneAndDelete();
    void idPrefixes();
    void badInputWritesNothing();
    void controlCharactersShownEscaped();
};

void TestTaskCli::addWithEveryOption()
{
    auto &t = database();
    QCOMPARE(t.rowCount(QStringLiteral("app_user")), 0);

    const Run added = run(t,
                          cmd("task add --priority high --due 2026-03-10 --tag Finance --tag q4 --tag finance --json")
                              << QStringLiteral("  Quarterly budget review ") << QStringLiteral("--description")
                              << QStringLiteral("Check the numbers"));
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    QCOMPARE(t.rowCount(QStringLiteral("app_user")), 1); // the first command created the local profile
    QCOMPARE(t.rowCount(QStringLiteral("task")), 1);
    const QJsonObject created = added.object();
    const QString id = created.value(QStringLiteral("id")).toString();
    QCOMPARE(id.size(), 36);

    const Run listed = run(t, cmd("task list --json"));
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
    const QJsonArray tasks = listed.array();
    QCOMPARE(tasks.size(), 1);
    const QJsonObject task = tasks.first().toObject();
    QCOMPARE(task, created);
    QCOMPARE(task.value(QStringLiteral("id")).toString(), id);
    QCOMPARE(task.value(QStringLiteral("title")).toString(), QStringLiteral("Quarterly budget review"));
    QCOMPARE(task.value(QStringLiteral("description")).toString(), QStringLiteral("Check the numbers"));
    QCOMPARE(task.value(QStringLiteral("priority")).toString(), QStringLiteral("HIGH"));
    QCOMPARE(task.value(QStringLiteral("status")).toString(), QStringLiteral("TODO"));
    QCOMPARE(task.value(QStringLiteral("tags")).toArray(), QJsonArray({QStringLiteral("Finance"), QStringLiteral("q4")}));
    QVERIFY(task.value(QStringLiteral("completedAt")).isNull());
    // Due by the end of that day in the user's time zone, stored in UTC.
    const QDateTime due = QDateTime::fromString(task.value(QStringLiteral("dueDate")).toString(), Qt::ISODateWithMs);
    QCOMPARE(due, QDateTime(QDate(2026, 3, 10), QTime(23, 59, 59), QTimeZone(kZone)));
    QCOMPARE(due.toTimeZone(QTimeZone(kZone)).date(), QDate(2026, 3, 10));
    QCOMPARE(due.toUTC().date(), QDate(2026, 3, 11));

    // Text: the new id and title; the table shows the short id, the local due date and the tags.
    const Run plain = run(t, cmd("task add") << QStringLiteral("Call the bank"));
    QVERIFY2(plain.exitCode == 0, qPrintable(plain.err));
    QVERIFY2(plain.out.contains(QLatin1String("Call the bank")), qPrintable(plain.out));
    QVERIFY2(plain.out.contains(QRegularExpression(QStringLiteral("[0-9a-f]{8}-[0-9a-f-]{27}"))), qPrintable(plain.out));
    const Run table = run(t, cmd("task list"));
    QVERIFY2(table.exitCode == 0, qPrintable(table.err));
    const QStringList lines = table.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4); // header, two tasks, count
    QVERIFY2(lines.at(1).startsWith(id.left(8) + QStringLiteral("  To do")), qPrintable(lines.at(1)));
    for (const char *part : {"High", "2026-03-10", "Quarterly budget review", "Finance, q4"})
        QVERIFY2(lines.at(1).contains(QLatin1String(part)), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).contains(QLatin1String("Medium")) && !lines.at(2).contains(QLatin1String("2026-")),
             qPrintable(lines.at(2)));

    const Run help = run(t, cmd("--help"));
    QVERIFY(help.out.contains(QLatin1String("task move ID STATUS [--position N]")));
}

void TestTaskCli::listFilters()
{
    auto &t = database();
    QVERIFY(!add(t, QStringLiteral("Budget review"), cmd("--tag finance --priority high")).isEmpty());
    const QString hire = add(t, QStringLiteral("Hire a designer"), cmd("--tag hiring --priority low"));
    QVERIFY(!hire.isEmpty());
    QVERIFY(!add(t, QStringLiteral("Budgeting workshop"), cmd("--tag Finance")).isEmpty());
    QVERIFY(!add(t, QStringLiteral("Plan the offsite"),
                 QStringList{QStringLiteral("--description"), QStringLiteral("Ask about the budget")})
                 .isEmpty());
    QCOMPARE(run(t, cmd("task move") << hire << QStringLiteral("IN_PROGRESS")).exitCode, 0);

    auto titles = [&](const QStringList &options) {
        const Run r = run(t, cmd("task list --json") << options);
        return r.exitCode == 0 ? titlesOf(r.array()) : QStringList{QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.err)};
    };
    QCOMPARE(titles({}),
             QStringList({QStringLiteral("Budget review"), QStringLiteral("Budgeting workshop"),
                          QStringLiteral("Plan the offsite"), QStringLiteral("Hire a designer")}));
    QCOMPARE(titles(cmd("--status IN_PROGRESS")), QStringList{QStringLiteral("Hire a designer")});
    QCOMPARE(titles(cmd("--status in_progress")), QStringList{QStringLiteral("Hire a designer")});
    QCOMPARE(titles(cmd("--status REVIEW")), QStringList{});
    // The display name is accepted too, in any case.
    QCOMPARE(titles(QStringList{QStringLiteral("--status"), QStringLiteral("in Progress")}),
             QStringList{QStringLiteral("Hire a designer")});
    QCOMPARE(titles(cmd("--priority Urgent")), QStringList{});
    const Run unknown = run(t, cmd("task list --status someday"));
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains(QLatin1String("TODO, IN_PROGRESS, REVIEW, COMPLETED, CANCELLED")), qPrintable(unknown.err));

    // Text shows the human names, padded so the columns stay aligned; --json keeps the stored ones.
    const Run text = run(t, cmd("task list --status IN_PROGRESS"));
    QCOMPARE(text.exitCode, 0);
    const QStringList rows = text.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), 3); // header, the task, the count
    QVERIFY2(rows.at(1).contains(QLatin1String("  In progress  Low ")) && !rows.at(1).contains(QLatin1String("IN_PROGRESS")),
             qPrintable(rows.at(1)));
    QCOMPARE(rows.at(0).indexOf(QLatin1String("PRIORITY")), rows.at(1).indexOf(QLatin1String("Low ")));
    QCOMPARE(rows.at(0).indexOf(QLatin1String("TITLE")), rows.at(1).indexOf(QLatin1String("Hire a designer")));
    const Run json = run(t, cmd("task list --json --status IN_PROGRESS"));
    QCOMPARE(json.array().at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("IN_PROGRESS"));
    QCOMPARE(json.array().at(0).toObject().value(QStringLiteral("priority")).toString(), QStringLiteral("LOW"));
    QCOMPARE(titles(cmd("--tag FINANCE")), QStringList({QStringLiteral("Budget review"), QStringLiteral("Budgeting workshop")}));
    QCOMPARE(titles(cmd("--priority high")), QStringList{QStringLiteral("Budget review")});
    QCOMPARE(titles(cmd("--priority LOW --tag hiring")), QStringList{QStringLiteral("Hire a designer")});
    // Search: every word as a prefix, in the title or the description.
    QCOMPARE(
        titles(cmd("--search budg")),
        QStringList({QStringLiteral("Budget review"), QStringLiteral("Budgeting workshop"), QStringLiteral("Plan the offsite")}));
    QCOMPARE(titles(QStringList{QStringLiteral("--search"), QStringLiteral("BUDG rev")}),
             QStringList{QStringLiteral("Budget review")});
    QCOMPARE(titles(cmd("--search budg --tag finance --priority medium")), QStringList{QStringLiteral("Budgeting workshop")});
    QCOMPARE(titles(cmd("--search nothing")), QStringList{});

    const Run none = run(t, cmd("task list --status CANCELLED"));
    QCOMPARE(none.exitCode, 0);
    QVERIFY2(none.out.contains(QLatin1String("0 task")), qPrintable(none.out));
}

void TestTaskCli::moveWithPosition()
{
    auto &t = database();
    QStringList ids;
    for (const char *title : {"T1", "T2", "T3", "T4"}) {
        ids << add(t, QString::fromLatin1(title));
        QVERIFY(!ids.last().isEmpty());
    }
    auto move = [&](int task, const char *to) {
        const Run r = run(t, QStringList{QStringLiteral("task"), QStringLiteral("move"), ids.at(task)} << cmd(to));
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.err));
        return r;
    };
    const Run top = move(3, "TODO --position 1");
    QCOMPARE(top.exitCode, 0);
    QVERIFY2(top.out.contains(QLatin1String("to To do:")) && top.out.contains(QLatin1String("T4")), qPrintable(top.out));
    QCOMPARE(column(t, "TODO"),
             QStringList({QStringLiteral("T4"), QStringLiteral("T1"), QStringLiteral("T2"), QStringLiteral("T3")}));
    QCOMPARE(move(0, "TODO --position 3").exitCode, 0); // the moved task ends up N-th
    QCOMPARE(column(t, "TODO"),
             QStringList({QStringLiteral("T4"), QStringLiteral("T2"), QStringLiteral("T1"), QStringLiteral("T3")}));

    QCOMPARE(move(0, "review").exitCode, 0); // without --position: the end (an empty column here)
    QCOMPARE(move(1, "REVIEW --position 1").exitCode, 0);
    QCOMPARE(move(2, "REVIEW --position=2").exitCode, 0);
    const Run json = move(3, "REVIEW --json");
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(json.object().value(QStringLiteral("status")).toString(), QStringLiteral("REVIEW"));
    QCOMPARE(json.object().value(QStringLiteral("id")).toString(), ids.at(3));
    QCOMPARE(column(t, "REVIEW"),
             QStringList({QStringLiteral("T2"), QStringLiteral("T3"), QStringLiteral("T1"), QStringLiteral("T4")}));
    QCOMPARE(move(1, "REVIEW --position 99").exitCode, 0); // past the end: the end
    QCOMPARE(column(t, "REVIEW"),
             QStringList({QStringLiteral("T3"), QStringLiteral("T1"), QStringLiteral("T4"), QStringLiteral("T2")}));
    QCOMPARE(move(2, "REVIEW").exitCode, 0); // inside its own column to the end
    QCOMPARE(column(t, "REVIEW"),
             QStringList({QStringLiteral("T1"), QStringLiteral("T4"), QStringLiteral("T2"), QStringLiteral("T3")}));
    QCOMPARE(column(t, "TODO"), QStringList{});
    QCOMPARE(t.rowCount(QStringLiteral("task_history")), 4 + 4); // created + one column change each
}

void TestTaskCli::doneAndDelete()
{
    auto &t = database();
    const QString keep = add(t, QStringLiteral("Keep me"));
    const QString id = add(t, QStringLiteral("Send the report"));
    QVERIFY(!keep.isEmpty() && !id.isEmpty());
    QCOMPARE(run(t, cmd("task done") << keep).exitCode, 0);

    const Run done = run(t, cmd("task done") << id);
    QVERIFY2(done.exitCode == 0, qPrintable(done.err));
    QVERIFY2(done.out.contains(QLatin1String("to Completed:")), qPrintable(done.out));
    const QJsonArray completed = run(t, cmd("task list --json --status COMPLETED")).array();
    QCOMPARE(titlesOf(completed), QStringList({QStringLiteral("Keep me"), QStringLiteral("Send the report")}));
    const QString completedAt = completed.at(1).toObject().value(QStringLiteral("completedAt")).toString();
    QVERIFY(QDateTime::fromString(completedAt, Qt::ISODateWithMs).isValid());

    // Done again: nothing changes.
    const QString before = snapshot(t);
    const Run again = run(t, cmd("task done --json") << id);
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.object().value(QStringLiteral("completedAt")).toString(), completedAt);
    QCOMPARE(snapshot(t), before);

    const Run deleted = run(t, cmd("task delete") << id);
    QVERIFY2(deleted.exitCode == 0, qPrintable(deleted.err));
    QVERIFY2(deleted.out.contains(QLatin1String("Send the report")), qPrintable(deleted.out));
    QCOMPARE(t.rowCount(QStringLiteral("task")), 1);
    QCOMPARE(titlesOf(run(t, cmd("task list --json")).array()), QStringList{QStringLiteral("Keep me")});
    QCOMPARE(run(t, cmd("task delete") << id).exitCode, 1); // gone
    QCOMPARE(t.rowCount(QStringLiteral("task")), 1);
}

void TestTaskCli::idPrefixes()
{
    auto &t = database();
    const QString first = add(t, QStringLiteral("First"));
    const QString second = add(t, QStringLiteral("Second"));
    QVERIFY(!first.isEmpty() && !second.isEmpty());

    // A unique prefix of 8 characters, any case; the full id, upper-case.
    const Run byPrefix = run(t, cmd("task move") << first.left(8).toUpper() << QStringLiteral("REVIEW"));
    QVERIFY2(byPrefix.exitCode == 0, qPrintable(byPrefix.err));
    const Run byLongerPrefix = run(t, cmd("task done") << second.left(20));
    QVERIFY2(byLongerPrefix.exitCode == 0, qPrintable(byLongerPrefix.err));
    QCOMPARE(column(t, "REVIEW"), QStringList{QStringLiteral("First")});
    QCOMPARE(run(t, cmd("task move") << first.toUpper() << QStringLiteral("TODO")).exitCode, 0);
    QCOMPARE(column(t, "TODO"), QStringList{QStringLiteral("First")});

    // Two tasks sharing a prefix (ids chosen here, inserted directly).
    {
        Query q(t.db());
        for (const char *id : {"abcdef01-0000-4000-8000-000000000001", "abcdef01-0000-4000-8000-000000000002"}) {
            const bool inserted = q.exec(QStringLiteral("INSERT INTO task (id, user_id, title, description, priority, status, "
                                                        "position, tags, created_at, updated_at, version) SELECT '%1', id, "
                                                        "'Twin', '', 'LOW', 'CANCELLED', 1024, '[]', '2026-01-01T00:00:00.000Z', "
                                                        "'2026-01-01T00:00:00.000Z', 1 FROM app_user")
                                             .arg(QLatin1String(id)));
            QVERIFY2(inserted, qPrintable(q.error().text()));
        }
    }
    const QString before = snapshot(t);
    const Run ambiguous = run(t, cmd("task delete abcdef01"));
    QCOMPARE(ambiguous.exitCode, 1);
    QVERIFY2(ambiguous.err.contains(QLatin1String("id: \"abcdef01\" matches more than one task")), qPrintable(ambiguous.err));
    QCOMPARE(snapshot(t), before);
    const Run unique = run(t, cmd("task delete abcdef01-0000-4000-8000-000000000002"));
    QVERIFY2(unique.exitCode == 0, qPrintable(unique.err));
    QCOMPARE(run(t, cmd("task delete abcdef01-0000")).exitCode, 0); // unique again
    QCOMPARE(t.rowCount(QStringLiteral("task")), 2);

    // Unknown, too short, and another user's task.
    QString unknown = first.left(8);
    unknown[0] = unknown.at(0) == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
    if (second.startsWith(unknown))
        unknown[1] = unknown.at(1) == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
    const QString beforeErrors = snapshot(t);
    const Run notFound = run(t, cmd("task done") << unknown);
    QCOMPARE(notFound.exitCode, 1);
    QVERIFY2(notFound.err.contains(QStringLiteral("id: no task with an id starting with \"%1\"").arg(unknown)),
             qPrintable(notFound.err));
    const Run tooShort = run(t, cmd("task done") << first.left(7));
    QCOMPARE(tooShort.exitCode, 1);
    QVERIFY2(tooShort.err.contains(QLatin1String("at least its first 8 characters")), qPrintable(tooShort.err));
    t.addUser(QStringLiteral("other@example.com"), UserRole::Director);
    const Run otherUser = run(t, cmd("--user other@example.com task delete") << first);
    QCOMPARE(otherUser.exitCode, 1);
    QCOMPARE(titlesOf(run(t, cmd("--user other@example.com task list --json")).array()), QStringList{});
    QCOMPARE(snapshot(t), beforeErrors);
}

void TestTaskCli::badInputWritesNothing()
{
    auto &t = database();
    const QString id = add(t, QStringLiteral("Existing"));
    QVERIFY(!id.isEmpty());
    QString unknown = id.left(8);
    unknown[0] = unknown.at(0) == QLatin1Char('a') ? QLatin1Char('b') : QLatin1Char('a');

    struct Case
    {
        QStringList arguments;
        int exitCode;
        QString message; // part of stderr naming the problem
    };
    const QString s = QStringLiteral("x");
    const QList<Case> cases = {
        {cmd("task"), 2, QStringLiteral("task needs a command: use add, list, move, done, delete")},
        {cmd("task frobnicate"), 2, QStringLiteral("unknown task command \"frobnicate\"")},
        {cmd("task add"), 2, QStringLiteral("task add: missing TITLE")},
        {cmd("task add Buy milk"), 2, QStringLiteral("unexpected argument \"milk\"")},
        {cmd("task add T --colour red"), 2, QStringLiteral("unknown option --colour")},
        {cmd("task add T --yes"), 2, QStringLiteral("unknown option --yes")},
        {cmd("task add T --priority low --priority high"), 2, QStringLiteral("--priority is given more than once")},
        {cmd("task add T --due"), 2, QStringLiteral("--due needs a value")},
        {cmd("task add") << QString(), 1, QStringLiteral("title:")},
        {cmd("task add") << QStringLiteral("   "), 1, QStringLiteral("title:")},
        {cmd("task add") << s.repeated(201), 1, QStringLiteral("title: must be at most 200 characters")},
        {cmd("task add T --priority highest"), 1, QStringLiteral("priority: unknown value \"highest\"")},
        {cmd("task add T --priority") << QString(), 1, QStringLiteral("priority: unknown value")},
        {cmd("task add T --due 2026-02-30"), 1, QStringLiteral("due: \"2026-02-30\" is not a date")},
        {cmd("task add T --due 2026-3-1"), 1, QStringLiteral("due: \"2026-3-1\" is not a date")},
        {cmd("task add T --due tomorrow"), 1, QStringLiteral("due: \"tomorrow\" is not a date")},
        {cmd("task add T --tag") << s.repeated(51), 1, QStringLiteral("tags")},
        {cmd("task add T --description") << s.repeated(10001), 1, QStringLiteral("description")},
        {cmd("--user nobody@example.com task add T"), 1, QStringLiteral("nobody@example.com")},
        {cmd("task list --status DONE"), 1, QStringLiteral("status: unknown value \"DONE\"")},
        {cmd("task list --priority x"), 1, QStringLiteral("priority: unknown value \"x\"")},
        {cmd("task list everything"), 2, QStringLiteral("unexpected argument \"everything\"")},
        {cmd("task move"), 2, QStringLiteral("task move: missing ID")},
        {cmd("task move") << id, 2, QStringLiteral("task move: missing STATUS")},
        {cmd("task move") << id << cmd("REVIEW now"), 2, QStringLiteral("unexpected argument \"now\"")},
        {cmd("task move") << id << cmd("DONE"), 1, QStringLiteral("status: unknown value \"DONE\"")},
        {cmd("task move") << id << cmd("REVIEW --position 0"), 1, QStringLiteral("position: must be a whole number")},
        {cmd("task move") << id << cmd("REVIEW --position -1"), 1, QStringLiteral("position:")},
        {cmd("task move") << id << cmd("REVIEW --position two"), 1, QStringLiteral("position:")},
        {cmd("task move") << unknown << cmd("REVIEW"), 1, QStringLiteral("id: no task")},
        {cmd("task move abc REVIEW"), 1, QStringLiteral("id: \"abc\" is too short")},
        {cmd("task move zzzzzzzz REVIEW"), 1, QStringLiteral("id: no task")},
        {cmd("task done"), 2, QStringLiteral("task done: missing ID")},
        {cmd("task done") << id << cmd("now"), 2, QStringLiteral("unexpected argument \"now\"")},
        {cmd("task done --position 1") << id, 2, QStringLiteral("unknown option --position")},
        {cmd("task done") << unknown, 1, QStringLiteral("id: no task")},
        {cmd("task delete"), 2, QStringLiteral("task delete: missing ID")},
        {cmd("task delete --yes") << id, 2, QStringLiteral("unknown option --yes")},
        {cmd("task delete") << unknown, 1, QStringLiteral("id: no task")},
        {cmd("task delete ________"), 1, QStringLiteral("id: no task")},
        {cmd("task delete %%%%%%%%"), 1, QStringLiteral("id: no task")},
    };
    const QString before = snapshot(t);
    for (const Case &c : cases) {
        const QString what = c.arguments.join(QLatin1Char(' ')).left(60);
        const Run r = run(t, c.arguments);
        QVERIFY2(r.exitCode == c.exitCode,
                 qPrintable(QStringLiteral("%1: exit %2, expected %3; %4").arg(what).arg(r.exitCode).arg(c.exitCode).arg(r.err)));
        QVERIFY2(r.err.contains(c.message),
                 qPrintable(QStringLiteral("%1: stderr \"%2\" lacks \"%3\"").arg(what, r.err, c.message)));
        QVERIFY2(r.err.startsWith(QLatin1String("director-of-one: ")), qPrintable(what));
        QVERIFY2(r.out.isEmpty(), qPrintable(what));
        QCOMPARE(t.rowCount(QStringLiteral("task")), 1);
        QVERIFY2(snapshot(t) == before, qPrintable(what));
    }
    QCOMPARE(t.rowCount(QStringLiteral("app_user")), 1);
}

// Stored text reaches a terminal without its control characters: an escape sequence in a title
// (from an import or another client) is shown as \x1B…, not obeyed; JSON keeps the exact text.
void TestTaskCli::controlCharactersShownEscaped()
{
    auto &t = database();
    const QString id = add(t, QStringLiteral("Plain title"));
    QVERIFY(!id.isEmpty());
    const QString hostile = QStringLiteral("Red \x1b[31malert\x1b[0m\x07 bell\r over \u202Eevil \u0085end");
    Query q(t.db());
    QVERIFY2(q.exec(QStringLiteral("UPDATE task SET title = ? WHERE id = ?"), {hostile, id}), qPrintable(q.error().text()));

    const Run table = run(t, cmd("task list"));
    QVERIFY2(table.exitCode == 0, qPrintable(table.err));
    for (const QChar c : {QChar(0x1b), QChar(0x07), QChar(0x0d), QChar(0x202e), QChar(0x85)})
        QVERIFY2(!table.out.contains(c),
                 qPrintable(QStringLiteral("raw U+%1 in: ").arg(c.unicode(), 4, 16, QLatin1Char('0')) + table.out));
    QVERIFY2(table.out.contains(QLatin1String("Red \\x1B[31malert\\x1B[0m\\x07 bell\\x0D over \\u202Eevil \\u0085end")),
             qPrintable(table.out));

    const Run json = run(t, cmd("task list --json"));
    QVERIFY2(json.exitCode == 0, qPrintable(json.err));
    QCOMPARE(titlesOf(json.array()), QStringList{hostile});
}

QTEST_GUILESS_MAIN(TestTaskCli)
#include "tst_taskcli.moc"
