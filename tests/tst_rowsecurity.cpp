#include "Checks.h"
#include "TeamDatabase.h"
#include "TestDatabase.h"

#include "db/Query.h"
#include "repositories/ConsultationRepository.h"
#include "repositories/NotificationRepository.h"
#include "repositories/TaskRepository.h"
#include "repositories/UserRepository.h"
#include "repositories/WorkflowRepository.h"

#include <QSet>
#include <QTest>

using namespace doo;
using namespace doo::test;

namespace {

// One protected table: how a member adds a row of their own by plain SQL ({u}: the user's id,
// {p}: a prefix of the member's ids, {o}: the prefix whose parent rows are used), the condition
// that picks the rows of the member with prefix {p}, and the change of owner a member must not
// make ({x}: the other member's prefix, {v}: their user id).
struct Protected
{
    const char *table;
    const char *insert;
    const char *mine;
    const char *changeOwner;
};

const Protected kTables[] = {
    {"task",
     "INSERT INTO task (id, user_id, title, position, created_at, updated_at) VALUES ('{p}task{n}', '{u}', 't', {n}, now(), "
     "now())",
     "id LIKE '{p}task%'", "UPDATE task SET user_id = '{v}' WHERE id = '{p}task1'"},
    {"task_tag", "INSERT INTO task_tag (task_id, tag, tag_key) VALUES ('{o}task1', 'x{n}', 'x{n}')", "task_id = '{p}task1'",
     "UPDATE task_tag SET task_id = '{x}task1' WHERE task_id = '{p}task1'"},
    {"task_history",
     "INSERT INTO task_history (id, task_id, to_status, changed_at) VALUES ('{p}th{n}', '{o}task1', 'TODO', now())",
     "task_id = '{p}task1'", "UPDATE task_history SET task_id = '{x}task1' WHERE task_id = '{p}task1'"},
    {"task_count", "INSERT INTO task_count (user_id, status, n) VALUES ('{u}', 'REVIEW', {n})", "user_id = '{u}'",
     "UPDATE task_count SET user_id = '{v}' WHERE user_id = '{u}'"},
    {"workflow",
     "INSERT INTO workflow (id, user_id, name, type, trigger_config, actions, created_at, updated_at) "
     "VALUES ('{p}wf{n}', '{u}', 'w', 'REPORTING', '{}', '[]', now(), now())",
     "id LIKE '{p}wf%'", "UPDATE workflow SET user_id = '{v}' WHERE id = '{p}wf1'"},
    {"workflow_version",
     "INSERT INTO workflow_version (workflow_id, version, name, type, trigger_config, actions, is_active, saved_at) "
     "VALUES ('{o}wf1', {n}, 'w', 'REPORTING', '{}', '[]', true, now())",
     "workflow_id = '{p}wf1'", "UPDATE workflow_version SET workflow_id = '{x}wf1' WHERE workflow_id = '{p}wf1'"},
    {"workflow_execution",
     "INSERT INTO workflow_execution (id, workflow_id, scheduled_for, started_at, trigger_key) "
     "VALUES ('{p}ex{n}', '{o}wf1', now(), now(), 'k{p}{n}')",
     "workflow_id = '{p}wf1'", "UPDATE workflow_execution SET workflow_id = '{x}wf1' WHERE workflow_id = '{p}wf1'"},
    {"execution_change", "INSERT INTO execution_change (execution_id, task_id, change) VALUES ('{o}ex1', 'any{n}', 'created')",
     "execution_id = '{p}ex1'", "UPDATE execution_change SET execution_id = '{x}ex1' WHERE execution_id = '{p}ex1'"},
    {"event_origin", "INSERT INTO event_origin (execution_id) VALUES ('{o}ex{n}')", "execution_id LIKE '{p}ex%'",
     "UPDATE event_origin SET execution_id = '{x}ex1' WHERE execution_id = '{p}ex1'"},
    {"workflow_event", "INSERT INTO workflow_event (user_id, kind, created_at) VALUES ('{u}', 'task.created', now())",
     "user_id = '{u}'", "UPDATE workflow_event SET user_id = '{v}' WHERE user_id = '{u}'"},
    {"consultation",
     "INSERT INTO consultation (id, user_id, booking_id, name, email, created_at, updated_at) "
     "VALUES ('{p}co{n}', '{u}', 'BK-{p}{n}', 'n', 'n@example.org', now(), now())",
     "id LIKE '{p}co%'", "UPDATE consultation SET user_id = '{v}' WHERE id = '{p}co1'"},
    {"consultation_history",
     "INSERT INTO consultation_history (id, consultation_id, to_status, changed_at) VALUES ('{p}ch{n}', '{o}co1', 'PENDING', "
     "now())",
     "consultation_id = '{p}co1'", "UPDATE consultation_history SET consultation_id = '{x}co1' WHERE consultation_id = '{p}co1'"},
    {"analytics", "INSERT INTO analytics (id, user_id, date) VALUES ('{p}an{n}', '{u}', current_date + {n})", "user_id = '{u}'",
     "UPDATE analytics SET user_id = '{v}' WHERE user_id = '{u}'"},
    {"notification",
     "INSERT INTO notification (id, user_id, type, title, created_at) VALUES ('{p}no{n}', '{u}', 'INFO', 'n', now())",
     "user_id = '{u}'", "UPDATE notification SET user_id = '{v}' WHERE user_id = '{u}'"},
    {"task_due_notice", "INSERT INTO task_due_notice (task_id, user_id, notified_at) VALUES ('{o}task{n}', '{u}', now())",
     "user_id = '{u}'", "UPDATE task_due_notice SET user_id = '{v}' WHERE user_id = '{u}'"},
    {"user_preference", "INSERT INTO user_preference (user_id, name, value, updated_at) VALUES ('{u}', 'n{n}', 'v', now())",
     "user_id = '{u}'", "UPDATE user_preference SET user_id = '{v}' WHERE user_id = '{u}'"},
    {"workflow_execution_archive",
     "INSERT INTO workflow_execution_archive (id, workflow_id, status, trigger_key, scheduled_for, started_at, archived_at) "
     "VALUES ('{p}xa{n}', '{o}wf1', 'SUCCESS', 'k{p}{n}', now(), now(), now())",
     "workflow_id = '{p}wf1'", "UPDATE workflow_execution_archive SET workflow_id = '{x}wf1' WHERE workflow_id = '{p}wf1'"},
    {"execution_change_archive",
     "INSERT INTO execution_change_archive (id, execution_id, task_id, change) VALUES ((random() * 1e15)::bigint, '{o}xa1', "
     "'any{n}', 'created')",
     "execution_id = '{p}xa1'", "UPDATE execution_change_archive SET execution_id = '{x}xa1' WHERE execution_id = '{p}xa1'"},
    {"task_history_archive",
     "INSERT INTO task_history_archive (id, task_id, to_status, changed_at) VALUES ('{p}ta{n}', '{o}task1', 'TODO', now())",
     "task_id = '{p}task1'", "UPDATE task_history_archive SET task_id = '{x}task1' WHERE task_id = '{p}task1'"},
    {"consultation_history_archive",
     "INSERT INTO consultation_history_archive (id, consultation_id, to_status, changed_at) VALUES ('{p}ca{n}', '{o}co1', "
     "'PENDING', now())",
     "consultation_id = '{p}co1'",
     "UPDATE consultation_history_archive SET consultation_id = '{x}co1' WHERE consultation_id = '{p}co1'"},
    {"app_user",
     "INSERT INTO app_user (id, email, name, created_at, updated_at) VALUES ('{p}us{n}', '{p}{n}@example.org', 'n', now(), "
     "now())",
     "id = '{u}'", "UPDATE app_user SET id = '{p}moved' WHERE id = '{u}'"},
};

} // namespace

// Row-level security on a team's PostgreSQL database (migration 009): through each member's own
// login, by plain SQL and through the program's repositories. PostgreSQL only: an SQLite file
// has one user and no logins.
class TestRowSecurity : public QObject
{
    Q_OBJECT

private:
    struct Member
    {
        QString name; // also the prefix of the member's row ids
        QString id; // app user id
        std::unique_ptr<Database> db;
    };
    std::unique_ptr<TeamDatabase> m_team;
    Member m_alice, m_bob, m_boss;

    static QString fill(const char *sql, const Member &me, const Member &other, const Member &parents, int n)
    {
        return QString::fromLatin1(sql)
            .replace(QLatin1String("{u}"), me.id)
            .replace(QLatin1String("{p}"), me.name + QLatin1Char('-'))
            .replace(QLatin1String("{o}"), parents.name + QLatin1Char('-'))
            .replace(QLatin1String("{x}"), other.name + QLatin1Char('-'))
            .replace(QLatin1String("{v}"), other.id)
            .replace(QLatin1String("{n}"), QString::number(n));
    }
    static int count(Database &db, const QString &table, const QString &where)
    {
        Query q(db);
        if (!q.exec(QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(table, where)) || !q.next())
            return -1;
        return q.value(0).toInt();
    }
    // rowsAffected of a statement, -1 when the server refused it.
    static int change(Database &db, const QString &sql)
    {
        Query q(db);
        return q.exec(sql) ? q.rowsAffected() : -1;
    }

private Q_SLOTS:
    void initTestCase_data() { TestDatabase::addBackendRows(); }

    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        if (backend == QLatin1String("sqlite"))
            QSKIP("row-level security is PostgreSQL's: an SQLite file has one user and no logins");
        if (!CliRunner::available())
            QSKIP("DOO_CLI is not set (run through ctest)");
        if (m_team)
            return;
        QString why;
        m_team = TeamDatabase::create(&why);
        if (!m_team) {
            if (qEnvironmentVariable("DOO_TEST_PG_URL").isEmpty() && !qEnvironmentVariableIntValue("DOO_TEST_REQUIRE_PG"))
                QSKIP(qPrintable(why));
            QFAIL(qPrintable(why));
        }
        for (auto [member, name, role] :
             {std::tuple{&m_alice, "alice", UserRole::Director}, std::tuple{&m_bob, "bob", UserRole::Manager},
              std::tuple{&m_boss, "boss", UserRole::Admin}}) {
            member->name = QString::fromLatin1(name);
            member->id = m_team->addUser(member->name, role, &why);
            QVERIFY2(!member->id.isEmpty(), qPrintable(why));
            member->db = m_team->open(m_team->login(member->name));
            QVERIFY(member->db);
        }
        // Each member adds rows of their own to every table, through their own login.
        for (Member *me : {&m_alice, &m_bob}) {
            for (const Protected &t : kTables) {
                if (qstrcmp(t.table, "app_user") == 0 || qstrcmp(t.table, "task_count") == 0)
                    continue; // users come from team add-user; the counts from the task triggers
                for (int n = 1; n <= 2; ++n) {
                    const QString sql = fill(t.insert, *me, *me, *me, n);
                    QVERIFY2(change(*me->db, sql) == 1, qPrintable(sql));
                }
            }
        }
    }

    // Every table of the schema but schema_version has row-level security enabled and forced,
    // and is in this test's matrix (or is one of the two shared tables tested on their own).
    void everyTableIsProtectedAndTested()
    {
        Query q(m_team->superuser());
        QVERIFY(q.exec(QStringLiteral("SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity FROM pg_class c "
                                      "WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p') "
                                      "ORDER BY 1")));
        QSet<QString> tested{QStringLiteral("app_setting"), QStringLiteral("app_counter")};
        for (const Protected &t : kTables)
            tested.insert(QString::fromLatin1(t.table));
        QSet<QString> seen;
        while (q.next()) {
            const QString table = q.value(0).toString();
            if (table == QLatin1String("schema_version"))
                continue;
            seen.insert(table);
            QVERIFY2(q.value(1).toBool() && q.value(2).toBool(), qPrintable(table + QStringLiteral(" has no forced RLS")));
            QVERIFY2(tested.contains(table), qPrintable(table + QStringLiteral(" is not in the RLS matrix")));
        }
        QCOMPARE(seen, tested);
    }

    // SELECT, UPDATE, DELETE of another member's rows and INSERT with their id or parent rows: 0 rows or
    // refused; the owner change refused; the admin sees both members' rows.
    void planSqlMatrix()
    {
        for (const Protected &t : kTables) {
            const QString table = QString::fromLatin1(t.table);
            for (auto [me, other] : {std::pair{&m_alice, &m_bob}, std::pair{&m_bob, &m_alice}}) {
                const QString theirs = fill(t.mine, *other, *me, *other, 0);
                const QString mine = fill(t.mine, *me, *other, *me, 0);
                QVERIFY2(count(*me->db, table, mine) >= 1, qPrintable(table + QStringLiteral(": own rows not visible")));
                QVERIFY2(count(*me->db, table, theirs) == 0, qPrintable(table + QStringLiteral(": another's rows visible")));
                QVERIFY2(count(m_team->superuser(), table, theirs) >= 1, qPrintable(table));
                const QString column = QString::fromLatin1(t.mine).section(QLatin1Char(' '), 0, 0);
                // 0 rows, or refused outright where members have no such right (deleting users).
                QVERIFY(change(*me->db, QStringLiteral("UPDATE %1 SET %2 = %2 WHERE %3").arg(table, column, theirs)) <= 0);
                QVERIFY(change(*me->db, QStringLiteral("DELETE FROM %1 WHERE %2").arg(table, theirs)) <= 0);
                QVERIFY2(count(m_team->superuser(), table, theirs) >= 1, qPrintable(table + QStringLiteral(": deleted")));
                // Another's id (or another's parent row) in a new row.
                const QString foreign = fill(t.insert, *other, *me, *other, 7);
                QVERIFY2(change(*me->db, foreign) == -1, qPrintable(table + QStringLiteral(": inserted ") + foreign));
                // Handing one's own row to the other member.
                const QString handOver = fill(t.changeOwner, *me, *other, *me, 0);
                QVERIFY2(change(*me->db, handOver) <= 0, qPrintable(table + QStringLiteral(": ") + handOver));
                QVERIFY2(count(m_team->superuser(), table, mine) >= 1, qPrintable(table + QStringLiteral(": handed over")));
                // The administrator sees and changes both.
                QVERIFY2(count(*m_boss.db, table, theirs) >= 1, qPrintable(table + QStringLiteral(": admin blind")));
                QCOMPARE(change(*m_boss.db, QStringLiteral("UPDATE %1 SET %2 = %2 WHERE %3").arg(table, column, theirs)),
                         count(m_team->superuser(), table, theirs));
            }
        }
    }

    void sharedTables()
    {
        QVERIFY(count(*m_alice.db, QStringLiteral("app_setting"), QStringLiteral("true")) >= 0);
        QCOMPARE(change(*m_alice.db, QStringLiteral("INSERT INTO app_setting (key, value) VALUES ('x', 'y')")), -1);
        QCOMPARE(change(*m_alice.db, QStringLiteral("UPDATE app_setting SET value = value")), -1);
        QCOMPARE(change(*m_boss.db, QStringLiteral("INSERT INTO app_setting (key, value) VALUES ('x', 'y')")), 1);
        // The shared change counter: every writer bumps it (the task triggers did), nobody deletes it.
        QVERIFY(count(*m_bob.db, QStringLiteral("app_counter"), QStringLiteral("name = 'task_changes'")) == 1);
        QCOMPARE(change(*m_bob.db, QStringLiteral("DELETE FROM app_counter")), -1);
    }

    void memberCannotChangeRolesOrRunDdl()
    {
        for (const char *sql :
             {"UPDATE app_user SET role = 'ADMIN' WHERE id = '{u}'", "UPDATE app_user SET is_active = false WHERE id = '{u}'",
              "UPDATE app_user SET login = 'someone' WHERE id = '{u}'"})
            QCOMPARE(change(*m_alice.db, fill(sql, m_alice, m_bob, m_alice, 0)), -1);
        QCOMPARE(change(*m_alice.db, QStringLiteral("UPDATE app_user SET name = 'Alice A.' WHERE id = '%1'").arg(m_alice.id)), 1);
        QCOMPARE(change(*m_alice.db, QStringLiteral("UPDATE app_user SET name = 'B' WHERE id = '%1'").arg(m_bob.id)), 0);
        Query role(m_team->superuser());
        QVERIFY(role.exec(QStringLiteral("SELECT role FROM app_user WHERE id = ?"), {m_alice.id}) && role.next());
        QCOMPARE(role.value(0).toString(), QStringLiteral("DIRECTOR"));
        QCOMPARE(change(*m_alice.db, QStringLiteral("CREATE TABLE mine (a INTEGER)")), -1);
        QCOMPARE(change(*m_alice.db, QStringLiteral("DROP TABLE task")), -1);
        QCOMPARE(change(*m_alice.db, QStringLiteral("TRUNCATE task")), -1);
        QCOMPARE(change(*m_alice.db, QStringLiteral("ALTER TABLE task DISABLE ROW LEVEL SECURITY")), -1);
        // The program's checks say the same.
        const CliRun reset = m_team->runner(m_team->login(QStringLiteral("alice")))
                                 .run({QStringLiteral("db"), QStringLiteral("reset"), QStringLiteral("--yes")});
        QCOMPARE(reset.exitCode, 1);
        QVERIFY2(reset.err.contains(QLatin1String("owner")), qPrintable(reset.err));
        QVERIFY(count(m_team->superuser(), QStringLiteral("task"), QStringLiteral("true")) > 0);
    }

    // The repositories on a member's connection, even with an ADMIN's context (no scoping by the
    // program), see and change only the member's rows: the server decides.
    void repositoriesOnAMembersLogin()
    {
        const UserContext unscoped{QString(), UserRole::Admin};
        TaskRepository tasks(*m_alice.db, unscoped);
        const auto listed = tasks.list();
        CHECK_OK(listed);
        QVERIFY(!listed->isEmpty());
        for (const Task &t : *listed)
            QCOMPARE(t.userId, m_alice.id);
        QCOMPARE(tasks.findById(QStringLiteral("bob-task1")).error().kind, Error::Kind::NotFound);
        QVERIFY(!tasks.remove(QStringLiteral("bob-task1")));
        Task forged;
        forged.title = QStringLiteral("planted");
        forged.userId = m_bob.id;
        QVERIFY(!tasks.create(forged));
        QCOMPARE(count(m_team->superuser(), QStringLiteral("task"), QStringLiteral("title = 'planted'")), 0);

        WorkflowRepository workflows(*m_alice.db, unscoped);
        const auto own = workflows.findByUserId(m_alice.id);
        CHECK_OK(own);
        QVERIFY(!own->isEmpty());
        const auto others = workflows.findByUserId(m_bob.id);
        CHECK_OK(others);
        QVERIFY(others->isEmpty());
        QCOMPARE(WorkflowRepository(*m_alice.db, unscoped).findById(QStringLiteral("bob-wf1")).error().kind,
                 Error::Kind::NotFound);
        const auto consultation = ConsultationRepository(*m_alice.db, unscoped).findById(QStringLiteral("bob-co1"));
        QCOMPARE(consultation.error().kind, Error::Kind::NotFound);
        const auto notifications = NotificationRepository(*m_alice.db, unscoped).list();
        CHECK_OK(notifications);
        for (const Notification &n : *notifications)
            QCOMPARE(n.userId, m_alice.id);
        const auto users = UserRepository(*m_alice.db, unscoped).list();
        CHECK_OK(users);
        QCOMPARE(users->size(), 1);
        QCOMPARE(users->first().id, m_alice.id);
        // The administrator's connection sees the whole team.
        const auto all = UserRepository(*m_boss.db, unscoped).list();
        CHECK_OK(all);
        QCOMPARE(all->size(), count(m_team->superuser(), QStringLiteral("app_user"), QStringLiteral("true")));
    }

    void cleanupTestCase()
    {
        m_alice.db.reset();
        m_bob.db.reset();
        m_boss.db.reset();
        m_team.reset();
    }
};

QTEST_GUILESS_MAIN(TestRowSecurity)
#include "tst_rowsecurity.moc"
