#include "Checks.h"
#include "TeamDatabase.h"
#include "TestDatabase.h"

#include "db/Query.h"
#include "repositories/WorkflowRepository.h"
#include "workflow/WorkflowScheduler.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace doo;
using namespace doo::test;

// `team` and `scheduler --team` on a team's PostgreSQL database (SQLite: the commands refuse),
// and who the program says you are: your login.
class TestTeamCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TeamDatabase> m_team;
    QString m_backend;
    QTemporaryDir m_dir;
    QHash<QString, QString> m_ids; // name -> app user id

    CliRun as(const QString &name, const QStringList &arguments, const QByteArray &input = {}) const
    {
        CliRunner r = m_team->runner(name == QLatin1String("owner") ? m_team->owner() : m_team->login(name));
        r.input = input;
        return r.run(arguments);
    }
    int count(const QString &sql)
    {
        Query q(m_team->superuser());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

private Q_SLOTS:
    void initTestCase_data() { TestDatabase::addBackendRows(); }

    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        m_backend = backend;
        if (!CliRunner::available())
            QSKIP("DOO_CLI is not set (run through ctest)");
        if (backend == QLatin1String("sqlite") || m_team)
            return;
        QString why;
        m_team = TeamDatabase::create(&why);
        if (!m_team) {
            if (!qEnvironmentVariableIntValue("DOO_TEST_REQUIRE_PG"))
                QSKIP(qPrintable(why));
            QFAIL(qPrintable(why));
        }
        for (auto [name, role] :
             {std::pair{"alice", UserRole::Director}, std::pair{"bob", UserRole::Manager}, std::pair{"boss", UserRole::Admin}}) {
            const QString id = m_team->addUser(QString::fromLatin1(name), role, &why);
            QVERIFY2(!id.isEmpty(), qPrintable(why));
            m_ids.insert(QString::fromLatin1(name), id);
        }
    }

    void teamCommands()
    {
        if (m_backend == QLatin1String("sqlite")) {
            CliRunner r;
            r.database = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("one.sqlite"));
            const CliRun listed = r.run({QStringLiteral("team"), QStringLiteral("list")});
            QCOMPARE(listed.exitCode, 1);
            QVERIFY2(listed.err.contains(QLatin1String("PostgreSQL")), qPrintable(listed.err));
            return;
        }
        const CliRun listed =
            as(QStringLiteral("owner"), {QStringLiteral("team"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(listed.exitCode, 0);
        QHash<QString, QJsonObject> byLogin;
        for (const QJsonValue &v : listed.array())
            byLogin.insert(v.toObject().value(QStringLiteral("login")).toString(), v.toObject());
        QCOMPARE(byLogin.value(m_team->login(QStringLiteral("boss"))).value(QStringLiteral("role")).toString(),
                 QStringLiteral("ADMIN"));
        QCOMPARE(byLogin.value(m_team->login(QStringLiteral("alice"))).value(QStringLiteral("email")).toString(),
                 QStringLiteral("alice@team.example"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                                      "JOIN pg_roles r ON r.oid = m.member WHERE g.rolname = 'doo_admin' AND r.rolname = '%1'")
                           .arg(m_team->login(QStringLiteral("boss")))),
                 1);
        // The administrator lists the team too; a member may not, nor add anyone (asked before any password).
        QCOMPARE(as(QStringLiteral("boss"), {QStringLiteral("team"), QStringLiteral("list")}).exitCode, 0);
        const CliRun refused =
            as(QStringLiteral("alice"),
               {QStringLiteral("team"), QStringLiteral("add-user"), QStringLiteral("eve@team.example"), QStringLiteral("--name"),
                QStringLiteral("Eve"), QStringLiteral("--login"), m_team->login(QStringLiteral("eve"))},
               "pw\n");
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(m_team->login(QStringLiteral("alice"))), qPrintable(refused.err));
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = '%1'").arg(m_team->login(QStringLiteral("eve")))),
            0);
        // No password on standard input: refused, nothing created.
        const CliRun empty =
            as(QStringLiteral("owner"),
               {QStringLiteral("team"), QStringLiteral("add-user"), QStringLiteral("eve@team.example"), QStringLiteral("--name"),
                QStringLiteral("Eve"), QStringLiteral("--login"), m_team->login(QStringLiteral("eve"))});
        QCOMPARE(empty.exitCode, 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM app_user WHERE email = 'eve@team.example'")), 0);
    }

    void setRoleAndDisable()
    {
        if (m_backend == QLatin1String("sqlite"))
            QSKIP("the team commands' refusal on SQLite is tested in teamCommands");
        QString why;
        const QString carol = m_team->addUser(QStringLiteral("carol"), UserRole::User, &why);
        QVERIFY2(!carol.isEmpty(), qPrintable(why));
        const CliRun promoted = as(
            QStringLiteral("owner"),
            {QStringLiteral("team"), QStringLiteral("set-role"), QStringLiteral("carol@team.example"), QStringLiteral("ADMIN")});
        QVERIFY2(promoted.exitCode == 0, qPrintable(promoted.err));
        const QString inAdmin =
            QStringLiteral("SELECT count(*) FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                           "JOIN pg_roles r ON r.oid = m.member WHERE g.rolname = 'doo_admin' AND r.rolname = '%1'")
                .arg(m_team->login(QStringLiteral("carol")));
        QCOMPARE(count(inAdmin), 1);
        const CliRun seesAll =
            as(QStringLiteral("carol"), {QStringLiteral("team"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(seesAll.array().size(), count(QStringLiteral("SELECT count(*) FROM app_user")));
        QCOMPARE(
            as(QStringLiteral("owner"),
               {QStringLiteral("team"), QStringLiteral("set-role"), QStringLiteral("carol@team.example"), QStringLiteral("USER")})
                .exitCode,
            0);
        QCOMPARE(count(inAdmin), 0);
        QCOMPARE(
            as(QStringLiteral("owner"), {QStringLiteral("team"), QStringLiteral("disable"), QStringLiteral("carol@team.example")})
                .exitCode,
            0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM app_user WHERE email = 'carol@team.example' AND NOT is_active")), 1);
        QVERIFY(!m_team->open(m_team->login(QStringLiteral("carol"))));
    }

    // On PostgreSQL you are your login; --user only lets an ADMIN view another user's data.
    void whoYouAre()
    {
        if (m_backend == QLatin1String("sqlite"))
            QSKIP("SQLite keeps the local profile (tst_cli)");
        const CliRun me = as(QStringLiteral("alice"), {QStringLiteral("user"), QStringLiteral("show"), QStringLiteral("--json")});
        QCOMPARE(me.object().value(QStringLiteral("email")).toString(), QStringLiteral("alice@team.example"));
        const CliRun other =
            as(QStringLiteral("alice"),
               {QStringLiteral("--user"), QStringLiteral("boss@team.example"), QStringLiteral("user"), QStringLiteral("show")});
        QCOMPARE(other.exitCode, 1);
        QVERIFY2(other.err.contains(QLatin1String("--user")), qPrintable(other.err));
        const CliRun viewed = as(QStringLiteral("boss"),
                                 {QStringLiteral("--user"), QStringLiteral("alice@team.example"), QStringLiteral("task"),
                                  QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(viewed.exitCode == 0, qPrintable(viewed.err));
        QString why;
        QVERIFY2(m_team->addSchedulerLogin(QStringLiteral("lonely"), &why), qPrintable(why));
        const CliRun unlinked = as(QStringLiteral("lonely"), {QStringLiteral("task"), QStringLiteral("list")});
        QCOMPARE(unlinked.exitCode, 1);
        QVERIFY2(unlinked.err.contains(m_team->login(QStringLiteral("lonely"))), qPrintable(unlinked.err));
    }

    // The window's scheduler of an ADMIN runs only the ADMIN's workflows; the team scheduler runs
    // everyone's, each run touching only its owner's tasks, and writes files only below --files.
    void schedulersRunAsTheirOwner()
    {
        if (m_backend == QLatin1String("sqlite"))
            QSKIP("team schedulers need PostgreSQL logins");
        auto alice = m_team->open(m_team->login(QStringLiteral("alice")));
        auto bob = m_team->open(m_team->login(QStringLiteral("bob")));
        auto boss = m_team->open(m_team->login(QStringLiteral("boss")));
        QVERIFY(alice && bob && boss);
        Workflow w;
        w.name = QStringLiteral("Escalate");
        w.type = WorkflowType::TaskAutomation;
        w.trigger = QStringLiteral("{\"type\": \"schedule\", \"at\": \"weekly on monday at 09:00\", \"catch_up\": true}");
        w.actions = QStringLiteral(
            "[{\"type\": \"update_tasks\", \"filter\": {\"status\": \"TODO\"}, \"set\": {\"priority\": \"URGENT\"}}]");
        w.isActive = true;
        CHECK_OK(WorkflowRepository(*alice, {m_ids.value(QStringLiteral("alice")), UserRole::Director}).create(w));
        w.name = QStringLiteral("Plan");
        w.actions = QStringLiteral("[{\"type\": \"create_task\", \"title\": \"Plan the week\"}]");
        CHECK_OK(WorkflowRepository(*bob, {m_ids.value(QStringLiteral("bob")), UserRole::Manager}).create(w));
        for (const char *owner : {"alice", "bob"}) {
            Query add(m_team->superuser());
            QVERIFY(add.exec(
                QStringLiteral("INSERT INTO task (id, user_id, title, position, created_at, updated_at) "
                               "VALUES (?, ?, 'todo', 1, now(), now())"),
                {QVariant(QString::fromLatin1(owner) + QStringLiteral("-sched")), m_ids.value(QString::fromLatin1(owner))}));
        }
        Query due(m_team->superuser());
        QVERIFY(due.exec(QStringLiteral("UPDATE workflow SET next_run_at = date_trunc('second', now()) - interval '1 hour'")));

        WorkflowScheduler window(*boss, UserContext{m_ids.value(QStringLiteral("boss")), UserRole::Admin}.ownScope());
        CHECK_OK(window.runPass());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM workflow_execution")), 0);

        const QString files = m_dir.filePath(QStringLiteral("reports"));
        QString why;
        QVERIFY2(m_team->addSchedulerLogin(QStringLiteral("sched"), &why), qPrintable(why));
        const CliRun ran = as(
            QStringLiteral("sched"),
            {QStringLiteral("scheduler"), QStringLiteral("--team"), QStringLiteral("--files"), files, QStringLiteral("--once")});
        QVERIFY2(ran.exitCode == 0, qPrintable(ran.err + ran.out));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM workflow_execution WHERE status = 'SUCCESS'")), 2);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM task WHERE id = 'alice-sched' AND priority = 'URGENT'")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM task WHERE id = 'bob-sched' AND priority = 'MEDIUM'")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM task WHERE title = 'Plan the week' AND user_id = '%1'")
                           .arg(m_ids.value(QStringLiteral("bob")))),
                 1);
        // Files only below --files: an export inside is written, one outside fails its run.
        w.name = QStringLiteral("Export inside");
        w.type = WorkflowType::DataSync;
        w.actions = QStringLiteral("[{\"type\": \"export_data\", \"kind\": \"tasks\", \"format\": \"csv\", \"folder\": \"%1\"}]")
                        .arg(files + QStringLiteral("/alice"));
        WorkflowRepository aliceFlows(*alice, {m_ids.value(QStringLiteral("alice")), UserRole::Director});
        CHECK_OK(aliceFlows.create(w));
        const QString outside = m_dir.filePath(QStringLiteral("outside"));
        w.name = QStringLiteral("Export outside");
        w.actions = QStringLiteral("[{\"type\": \"export_data\", \"kind\": \"tasks\", \"format\": \"csv\", \"folder\": \"%1\"}]")
                        .arg(outside);
        CHECK_OK(aliceFlows.create(w));
        QVERIFY(due.exec(QStringLiteral("UPDATE workflow SET next_run_at = date_trunc('second', now()) - interval '1 hour' "
                                        "WHERE name LIKE 'Export%'")));
        const CliRun exported = as(
            QStringLiteral("sched"),
            {QStringLiteral("scheduler"), QStringLiteral("--team"), QStringLiteral("--files"), files, QStringLiteral("--once")});
        QCOMPARE(exported.exitCode, 1); // the outside run failed
        QCOMPARE(QDir(files + QStringLiteral("/alice")).entryList(QDir::Files).size(), 1);
        QVERIFY(!QFileInfo::exists(outside));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM workflow_execution e JOIN workflow w ON w.id = e.workflow_id "
                                      "WHERE w.name = 'Export outside' AND e.status = 'FAILED' AND e.error LIKE '%only below%'")),
                 1);
        // --team under a member's login is refused.
        const CliRun member = as(
            QStringLiteral("alice"),
            {QStringLiteral("scheduler"), QStringLiteral("--team"), QStringLiteral("--files"), files, QStringLiteral("--once")});
        QCOMPARE(member.exitCode, 1);
        QVERIFY2(member.err.contains(QLatin1String("doo_scheduler")), qPrintable(member.err));
    }

    void cleanupTestCase() { m_team.reset(); }
};

QTEST_GUILESS_MAIN(TestTeamCli)
#include "tst_teamcli.moc"
