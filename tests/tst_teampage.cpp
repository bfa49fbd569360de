#include "Checks.h"
#include "TeamDatabase.h"
#include "TestDatabase.h"

#include "AddPersonDialog.h"
#include "MainWindow.h"
#include "TeamPage.h"
#include "db/Query.h"
#include "itemmodels/TeamIntents.h"
#include "itemmodels/TeamTableModel.h"
#include "repositories/UserRepository.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace doo;
using namespace doo::test;

// The administrator's Team page in the window, on a team's PostgreSQL database as in
// tst_teamcli (an owner with CREATEROLE, logins with passwords): what it lists, and that what it
// does reaches the server — a login that signs in with the password typed in the dialog, a group
// role switched, a login that can no longer sign in. On SQLite (one user, no logins) an ADMIN's
// window has no Team page.
class TestTeamPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TeamDatabase> m_team;
    std::unique_ptr<Database> m_boss; // the ADMIN's connection (their own login)
    std::unique_ptr<Database> m_alice; // a member's
    QStringList m_created; // logins the tests created through the page, dropped at the end
    QString m_backend;

    int count(const QString &sql, const QVariantList &values = {})
    {
        Query q(m_team->superuser());
        if (!q.exec(sql, values) || !q.next())
            return -1;
        return q.value(0).toInt();
    }
    bool inGroup(const QString &login, const char *group)
    {
        return count(QStringLiteral("SELECT count(*) FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                                    "JOIN pg_roles r ON r.oid = m.member WHERE g.rolname = ? AND r.rolname = ?"),
                     {QString::fromLatin1(group), login})
            == 1;
    }
    static User userOf(Database &db, const QString &email)
    {
        auto user = UserRepository::findByEmail(db, email);
        if (!user)
            qFatal("%s", qPrintable(user.error().text()));
        return *user;
    }
    // Signs in with a plain QSqlDatabase, as any PostgreSQL client would; the app user linked to
    // the login, or an empty string with `why` set.
    QString signIn(const QString &login, const QString &password, QString *why)
    {
        const auto url = DatabaseUrl::parse(m_team->url(login));
        if (!url) {
            *why = url.error().text();
            return {};
        }
        QString linked;
        const QString name = QStringLiteral("signin-") + login;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(url->host);
            db.setPort(url->port);
            db.setDatabaseName(url->database);
            db.setUserName(login);
            db.setPassword(password);
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(QStringLiteral("SELECT doo_user_id()")) && q.next())
                    linked = q.value(0).toString();
                else
                    *why = q.lastError().text();
            } else {
                *why = db.lastError().text();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return linked;
    }
    // Runs the Add person dialog with these fields; returns the dialog's message.
    static QString fillAndAdd(AddPersonDialog &dialog, const QStringList &fields, std::optional<UserRole> role)
    {
        const char *names[] = {"emailEdit", "nameEdit", "loginEdit", "passwordEdit", "repeatPasswordEdit"};
        for (int i = 0; i < 5; ++i)
            dialog.findChild<QLineEdit *>(QString::fromLatin1(names[i]))->setText(fields.value(i));
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("roleCombo"));
        combo->setCurrentIndex(role ? combo->findData(int(*role)) : -1);
        dialog.accept();
        return dialog.findChild<QLabel *>(QStringLiteral("validationLabel"))->text();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("DirectorOfOneTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_teampage"));
        QSettings().clear();
    }
    void initTestCase_data() { TestDatabase::addBackendRows(); }
    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        m_backend = backend;
        if (backend == QLatin1String("sqlite") || m_team)
            return;
        if (!CliRunner::available())
            QSKIP("DOO_CLI is not set (run through ctest)");
        QString why;
        m_team = TeamDatabase::create(&why);
        if (!m_team) {
            if (!qEnvironmentVariableIntValue("DOO_TEST_REQUIRE_PG"))
                QSKIP(qPrintable(why));
            QFAIL(qPrintable(why));
        }
        for (auto [name, role] : {std::pair{"alice", UserRole::Director}, std::pair{"boss", UserRole::Admin}})
            QVERIFY2(!m_team->addUser(QString::fromLatin1(name), role, &why).isEmpty(), qPrintable(why));
        m_boss = m_team->open(m_team->login(QStringLiteral("boss")));
        m_alice = m_team->open(m_team->login(QStringLiteral("alice")));
        QVERIFY(m_boss && m_alice);
    }
    void cleanupTestCase()
    {
        QSettings().clear();
        m_boss.reset();
        m_alice.reset();
        if (!m_team)
            return;
        for (const QString &login : std::as_const(m_created)) {
            Query drop(m_team->superuser());
            if (!drop.exec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(login)))
                qWarning("cannot drop %s", qPrintable(login));
        }
        m_team.reset();
    }

    void adminSeesTheTeam();
    void addPersonCreatesALogin();
    void mismatchedPasswordsCreateNothing();
    void changeRoleSwitchesTheGroup();
    void disableStopsTheLogin();
    void memberHasNoTeamPage();
};

void TestTeamPage::adminSeesTheTeam()
{
    if (m_backend == QLatin1String("sqlite")) {
        QString skip, fail;
        auto t = TestDatabase::create(m_backend, true, &skip, &fail);
        QVERIFY2(t, qPrintable(fail));
        MainWindow w(t->db(), t->addUser(QStringLiteral("admin@example.com"), UserRole::Admin));
        QVERIFY(w.views().contains(QStringLiteral("data")));
        QVERIFY(!w.views().contains(QStringLiteral("team")));
        QVERIFY(!w.showView(QStringLiteral("team")));
        QVERIFY(!w.findChild<TeamPage *>());
        return;
    }
    MainWindow w(*m_boss, userOf(*m_boss, QStringLiteral("boss@team.example")));
    QVERIFY(w.views().contains(QStringLiteral("data")));
    QVERIFY(w.showView(QStringLiteral("team")));
    auto *page = w.findChild<TeamPage *>(QStringLiteral("teamPage"));
    QVERIFY(page);
    QAbstractItemModelTester tester(page->table()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QAbstractItemModel *model = page->table()->model();
    QCOMPARE(model->rowCount(), count(QStringLiteral("SELECT count(*) FROM app_user")));
    QCOMPARE(model->columnCount(), 5);
    const int alice = page->intents()->model()->rowOf(QStringLiteral("alice@team.example"));
    QVERIFY(alice >= 0);
    auto cell = [&](int row, int column) { return model->index(row, column).data().toString(); };
    QCOMPARE(cell(alice, TeamTableModel::NameColumn), QStringLiteral("alice"));
    QCOMPARE(cell(alice, TeamTableModel::RoleColumn), QStringLiteral("Director"));
    QCOMPARE(cell(alice, TeamTableModel::LoginColumn), m_team->login(QStringLiteral("alice")));
    QCOMPARE(cell(alice, TeamTableModel::ActiveColumn), QStringLiteral("Active"));
    const int boss = page->intents()->model()->rowOf(QStringLiteral("boss@team.example"));
    QCOMPARE(cell(boss, TeamTableModel::RoleColumn), QStringLiteral("Administrator"));
    // Nothing selected: nothing to change.
    QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("changeRoleButton"))->isEnabled());
    QVERIFY(page->selectPerson(QStringLiteral("alice@team.example")));
    QVERIFY(page->findChild<QPushButton *>(QStringLiteral("changeRoleButton"))->isEnabled());
    QVERIFY(page->findChild<QPushButton *>(QStringLiteral("disableButton"))->isEnabled());
}

void TestTeamPage::addPersonCreatesALogin()
{
    if (m_backend == QLatin1String("sqlite"))
        QSKIP("no Team page on SQLite (adminSeesTheTeam)");
    TeamPage page(*m_boss, userOf(*m_boss, QStringLiteral("boss@team.example")));
    const QString login = m_team->login(QStringLiteral("eve"));
    const QString password = QStringLiteral("it's Eve's – 9 \"pw\"");
    QString shown;
    bool accepted = false;
    page.setDialogRunner([&](QDialog &d) {
        auto *dialog = qobject_cast<AddPersonDialog *>(&d);
        if (!dialog)
            return false;
        shown =
            fillAndAdd(*dialog, {QStringLiteral(" Eve@Team.example "), QStringLiteral("Eve Example"), login, password, password},
                       UserRole::Manager);
        accepted = dialog->result() == QDialog::Accepted;
        return accepted;
    });

    // The ADMIN's login was not given CREATEROLE: the server would refuse; the dialog says who can.
    page.addPerson();
    QVERIFY(!accepted);
    QVERIFY2(shown.contains(QLatin1String("CREATEROLE")) && shown.contains(QLatin1String("owner")), qPrintable(shown));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"), {login}), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM app_user WHERE email = 'eve@team.example'")), 0);

    Query grant(m_team->superuser());
    QVERIFY(grant.exec(QStringLiteral("ALTER ROLE \"%1\" CREATEROLE").arg(m_team->login(QStringLiteral("boss")))));
    m_created << login;
    page.addPerson();
    QVERIFY2(accepted, qPrintable(shown));
    QVERIFY2(page.message().contains(QLatin1String("eve@team.example")), qPrintable(page.message()));
    QCOMPARE(page.selectedEmail(), QStringLiteral("eve@team.example"));
    const int row = page.intents()->model()->rowOf(QStringLiteral("eve@team.example"));
    QVERIFY(row >= 0);
    QCOMPARE(page.table()->model()->index(row, TeamTableModel::RoleColumn).data().toString(), QStringLiteral("Manager"));
    QCOMPARE(page.table()->model()->index(row, TeamTableModel::LoginColumn).data().toString(), login);

    // The login signs in with exactly that password and is linked to the new app user.
    QVERIFY(inGroup(login, "doo_member"));
    QVERIFY(!inGroup(login, "doo_admin"));
    const User eve = userOf(m_team->superuser(), QStringLiteral("eve@team.example"));
    QCOMPARE(eve.name, QStringLiteral("Eve Example"));
    QCOMPARE(eve.role, UserRole::Manager);
    QString why;
    QCOMPARE(signIn(login, password, &why), eve.id);
    QVERIFY(signIn(login, QStringLiteral("it's Eve's"), &why).isEmpty());
    // The server keeps only its hash.
    QCOMPARE(
        count(QStringLiteral("SELECT count(*) FROM pg_authid WHERE rolname = ? AND rolpassword LIKE 'SCRAM-SHA-256$%'"), {login}),
        1);
    // The same login again is refused and creates nothing more.
    page.addPerson();
    QVERIFY(!accepted);
    QVERIFY2(shown.contains(login), qPrintable(shown));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM app_user WHERE login = ?"), {login}), 1);
}

void TestTeamPage::mismatchedPasswordsCreateNothing()
{
    if (m_backend == QLatin1String("sqlite"))
        QSKIP("no Team page on SQLite (adminSeesTheTeam)");
    TeamPage page(*m_boss, userOf(*m_boss, QStringLiteral("boss@team.example")));
    const QString login = m_team->login(QStringLiteral("mallory"));
    AddPersonDialog dialog([&](const TeamIntents::NewPerson &p) { return page.intents()->addPerson(p); });
    auto *add = dialog.findChild<QPushButton *>(QStringLiteral("addButton"));
    const QString email = QStringLiteral("mallory@team.example");
    const QString name = QStringLiteral("Mallory");
    const struct
    {
        QStringList fields;
        std::optional<UserRole> role;
        const char *field;
    } cases[] = {
        {{email, name, login, QStringLiteral("one-Secret"), QStringLiteral("two-Secret")}, UserRole::User, "password:"},
        {{email, name, login, QString(), QString()}, UserRole::User, "password:"},
        {{QStringLiteral("not an email"), name, login, QStringLiteral("pw"), QStringLiteral("pw")}, UserRole::User, "email:"},
        {{email, name, QStringLiteral("Mallory Smith"), QStringLiteral("pw"), QStringLiteral("pw")}, UserRole::User, "login:"},
        {{email, name, login, QStringLiteral("pw"), QStringLiteral("pw")}, std::nullopt, "role:"},
        {{email, QString(), login, QStringLiteral("pw"), QStringLiteral("pw")}, UserRole::User, "name:"},
    };
    for (const auto &c : cases) {
        const QString shown = fillAndAdd(dialog, c.fields, c.role);
        QVERIFY2(shown.startsWith(QLatin1String(c.field)), qPrintable(shown));
        QVERIFY(!add->isEnabled());
        QVERIFY(dialog.result() != QDialog::Accepted);
    }
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"), {login}), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM app_user WHERE email = ?"), {email}), 0);
    // The intents check the same without the dialog.
    TeamIntents::NewPerson differ{email, name, UserRole::User, login, QStringLiteral("a-Secret"), QStringLiteral("b-Secret")};
    const auto refused = page.intents()->addPerson(differ);
    QVERIFY(!refused);
    QCOMPARE(refused.error().field, QStringLiteral("password"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"), {login}), 0);
}

void TestTeamPage::changeRoleSwitchesTheGroup()
{
    if (m_backend == QLatin1String("sqlite"))
        QSKIP("no Team page on SQLite (adminSeesTheTeam)");
    QString why;
    QVERIFY2(!m_team->addUser(QStringLiteral("carol"), UserRole::User, &why).isEmpty(), qPrintable(why));
    const QString carol = m_team->login(QStringLiteral("carol"));
    Query grant(m_team->superuser());
    QVERIFY(grant.exec(QStringLiteral("ALTER ROLE \"%1\" CREATEROLE").arg(m_team->login(QStringLiteral("boss")))));
    TeamPage page(*m_boss, userOf(*m_boss, QStringLiteral("boss@team.example")));
    UserRole chosen = UserRole::Admin;
    page.setDialogRunner([&](QDialog &d) {
        auto *combo = d.findChild<QComboBox *>(QStringLiteral("roleCombo"));
        if (d.objectName() != QLatin1String("changeRoleDialog") || !combo)
            return false;
        combo->setCurrentIndex(combo->findData(int(chosen)));
        return true;
    });
    QVERIFY(page.selectPerson(QStringLiteral("carol@team.example")));
    page.changeRole();
    QVERIFY2(inGroup(carol, "doo_admin"), qPrintable(page.message()));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM app_user WHERE login = ? AND role = 'ADMIN'"), {carol}), 1);
    QCOMPARE(
        count(QStringLiteral("SELECT count(*) FROM (SELECT pg_has_role(?, 'doo_admin', 'MEMBER') AS yes) r WHERE yes"), {carol}),
        1);
    const int row = page.intents()->model()->rowOf(QStringLiteral("carol@team.example"));
    QCOMPARE(page.table()->model()->index(row, TeamTableModel::RoleColumn).data().toString(), QStringLiteral("Administrator"));
    // Carol's own connection now sees every user.
    auto asCarol = m_team->open(carol);
    QVERIFY(asCarol);
    Query seen(*asCarol);
    QVERIFY(seen.exec(QStringLiteral("SELECT count(*) FROM app_user")) && seen.next());
    QCOMPARE(seen.value(0).toInt(), count(QStringLiteral("SELECT count(*) FROM app_user")));
    asCarol.reset();

    chosen = UserRole::User;
    page.changeRole();
    QVERIFY(!inGroup(carol, "doo_admin"));
    QVERIFY(inGroup(carol, "doo_member"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM app_user WHERE login = ? AND role = 'USER'"), {carol}), 1);

    // The ADMIN cannot take away their own role here.
    QVERIFY(page.selectPerson(QStringLiteral("boss@team.example")));
    page.changeRole();
    QVERIFY2(page.message().contains(QLatin1String("own administrator role")), qPrintable(page.message()));
    QVERIFY(inGroup(m_team->login(QStringLiteral("boss")), "doo_admin"));
}

void TestTeamPage::disableStopsTheLogin()
{
    if (m_backend == QLatin1String("sqlite"))
        QSKIP("no Team page on SQLite (adminSeesTheTeam)");
    QString why;
    QVERIFY2(!m_team->addUser(QStringLiteral("dave"), UserRole::Director, &why).isEmpty(), qPrintable(why));
    const QString dave = m_team->login(QStringLiteral("dave"));
    QVERIFY(!signIn(dave, TeamDatabase::password(dave), &why).isEmpty());
    Query grant(m_team->superuser());
    QVERIFY(grant.exec(QStringLiteral("ALTER ROLE \"%1\" CREATEROLE").arg(m_team->login(QStringLiteral("boss")))));
    TeamPage page(*m_boss, userOf(*m_boss, QStringLiteral("boss@team.example")));
    QStringList asked;
    bool answer = false;
    page.setConfirm([&](const QString &question) {
        asked << question;
        return answer;
    });
    QVERIFY(page.selectPerson(QStringLiteral("dave@team.example")));
    page.disablePerson(); // answered No
    QCOMPARE(asked.size(), 1);
    QVERIFY(asked.first().contains(QLatin1String("dave@team.example")));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ? AND rolcanlogin"), {dave}), 1);
    answer = true;
    page.disablePerson();
    QVERIFY2(page.message().contains(QLatin1String("disabled")), qPrintable(page.message()));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM app_user WHERE login = ? AND NOT is_active"), {dave}), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ? AND NOT rolcanlogin"), {dave}), 1);
    why.clear();
    QVERIFY(signIn(dave, TeamDatabase::password(dave), &why).isEmpty());
    QVERIFY2(why.contains(QLatin1String("not permitted to log in")), qPrintable(why));
    const int row = page.intents()->model()->rowOf(QStringLiteral("dave@team.example"));
    QCOMPARE(page.table()->model()->index(row, TeamTableModel::ActiveColumn).data().toString(), QStringLiteral("Disabled"));
    QCOMPARE(page.selectedEmail(), QStringLiteral("dave@team.example"));
    QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("disableButton"))->isEnabled());

    // The ADMIN does not disable themself here.
    QVERIFY(page.selectPerson(QStringLiteral("boss@team.example")));
    page.disablePerson();
    QVERIFY2(page.message().contains(QLatin1String("cannot disable yourself")), qPrintable(page.message()));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM app_user WHERE login = ? AND is_active"),
                   {m_team->login(QStringLiteral("boss"))}),
             1);
}

void TestTeamPage::memberHasNoTeamPage()
{
    if (m_backend == QLatin1String("sqlite")) {
        QString skip, fail;
        auto t = TestDatabase::create(m_backend, true, &skip, &fail);
        QVERIFY2(t, qPrintable(fail));
        MainWindow w(t->db(), t->addUser(QStringLiteral("director@example.com"), UserRole::Director));
        QVERIFY(!w.views().contains(QStringLiteral("team")));
        QVERIFY(!w.findChild<TeamPage *>());
        return;
    }
    const User alice = userOf(*m_alice, QStringLiteral("alice@team.example"));
    {
        MainWindow w(*m_alice, alice);
        QVERIFY(!w.views().contains(QStringLiteral("team")));
        QVERIFY(!w.views().contains(QStringLiteral("data")));
        QVERIFY(!w.findChild<TeamPage *>());
    }
    // The server refuses anyway, also when her connection asks directly.
    Query grant(m_team->superuser());
    QVERIFY(grant.exec(QStringLiteral("ALTER ROLE \"%1\" CREATEROLE").arg(m_team->login(QStringLiteral("alice")))));
    TeamIntents intents(*m_alice, alice);
    const Status listed = intents.reload();
    QVERIFY(!listed);
    QCOMPARE(listed.error().kind, Error::Kind::Forbidden);
    const QString login = m_team->login(QStringLiteral("trudy"));
    const auto added = intents.addPerson({QStringLiteral("trudy@team.example"), QStringLiteral("Trudy"), UserRole::Admin, login,
                                          QStringLiteral("t-Secret"), QStringLiteral("t-Secret")});
    QVERIFY(!added);
    QCOMPARE(added.error().kind, Error::Kind::Forbidden);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"), {login}), 0);
    const auto promoted = intents.changeRole(QStringLiteral("alice@team.example"), UserRole::Admin);
    QVERIFY(!promoted);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM app_user WHERE email = 'alice@team.example' AND role = 'DIRECTOR'")), 1);
    QVERIFY(!inGroup(m_team->login(QStringLiteral("alice")), "doo_admin"));
    // Plain SQL on her own connection fares no better.
    Query create(*m_alice);
    QVERIFY(!create.exec(QStringLiteral("SELECT doo_create_login(?, ?, 'doo_admin')"), {login, QStringLiteral("t-Secret")}));
    Query promote(*m_alice);
    QVERIFY(!promote.exec(QStringLiteral("UPDATE app_user SET role = 'ADMIN' WHERE email = 'alice@team.example'")));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"), {login}), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM app_user WHERE email = 'alice@team.example' AND role = 'DIRECTOR'")), 1);
}

QTEST_MAIN(TestTeamPage)
#include "tst_teampage.moc"
