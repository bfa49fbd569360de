#include "Checks.h"
#include "ConnectionTestHelpers.h"
#include "DatabaseTestCase.h"

#include "BoardWidget.h"
#include "ConnectionDialog.h"
#include "MainWindow.h"
#include "RecentConnections.h"
#include "StartupScreen.h"
#include "WindowHost.h"
#include "db/ConnectionProblem.h"
#include "repositories/TaskRepository.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/MemorySecretStore.h"
#include "workflow/SchedulerThread.h"

#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace doo;
using namespace doo::test;

// The connection dialog, the start-up screen and switching databases, offscreen: every connection
// error against the private PostgreSQL server, recent connections without passwords, the board
// reloaded on the database switched to (both backends).
class TestConnectionDialog : public DatabaseTestCase
{
    Q_OBJECT

private:
    bool onPostgres() { return database().db().type() == DbType::PostgreSQL; }
    // Fills the PostgreSQL page from `url` (password included) and runs Test connection.
    static ConnectionReport test(ConnectionDialog &dialog, const DatabaseUrl &url)
    {
        dialog.setUrl(url);
        QSignalSpy finished(&dialog, &ConnectionDialog::checkFinished);
        dialog.findChild<QPushButton *>(QStringLiteral("testConnection"))->click();
        if (!finished.wait(20000))
            qFatal("Test connection did not finish");
        return dialog.lastReport();
    }
    static QString label(QWidget *parent, const char *name)
    {
        return parent->findChild<QLabel *>(QString::fromLatin1(name))->text();
    }
    static bool boardShows(MainWindow *window, const QString &title)
    {
        auto *board = window->findChild<BoardWidget *>();
        const QListView *todo = board->columnView(TaskStatus::Todo);
        for (int row = 0; row < todo->model()->rowCount(); ++row)
            if (todo->model()->index(row, 0).data().toString().contains(title))
                return true;
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("DirectorOfOneTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_connectiondialog"));
        qRegisterMetaType<MainWindow *>();
        qRegisterMetaType<SchedulerThread *>();
    }
    void init()
    {
        QSettings().clear();
        DatabaseTestCase::init();
    }
    void cleanupTestCase() { QSettings().clear(); }

    void classify_data();
    void classify();
    void serverAnswers_data();
    void serverAnswers();
    void connectSavesPasswordNotInSettings();
    void withoutKeychainPasswordStaysInMemory();
    void switchReloadsBoardAndScheduler();
    void failedSwitchKeepsWindow();
    void failedStartShowsStartupScreen();
    void teamServerChoiceHasNeutralHeading();
};

void TestConnectionDialog::classify_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<ConnectionProblem>("problem");
    const auto row = [](const char *name, const char *text, ConnectionProblem problem) {
        QTest::newRow(name) << QString::fromUtf8(text) << problem;
    };
    // libpq 15's own words, as QPSQL passes them on.
    row("wrong password",
        "connection to server at \"127.0.0.1\", port 5432 failed: FATAL:  password authentication failed for user "
        "\"bob\"\nQPSQL: Unable to connect",
        ConnectionProblem::WrongPassword);
    row("no password", "connection to server at \"h\", port 5432 failed: fe_sendauth: no password supplied",
        ConnectionProblem::PasswordMissing);
    row("no database", "FATAL:  database \"nodb\" does not exist", ConnectionProblem::NoSuchDatabase);
    row("no login (trust, peer)", "FATAL:  role \"nobody\" does not exist", ConnectionProblem::NoSuchLogin);
    row("refused",
        "connection to server at \"127.0.0.1\", port 1 failed: Connection refused\n\tIs the server running on that host and "
        "accepting TCP/IP connections?",
        ConnectionProblem::ServerUnreachable);
    row("no socket", "connection to server on socket \"/run/postgresql/.s.PGSQL.5432\" failed: No such file or directory",
        ConnectionProblem::ServerUnreachable);
    row("unknown host", "could not translate host name \"nohost.invalid\" to address: Name or service not known",
        ConnectionProblem::ServerUnreachable);
    row("starting up", "FATAL:  the database system is starting up", ConnectionProblem::ServerUnreachable);
    row("not yet accepting (57P03)",
        "FATAL:  the database system is not yet accepting connections\nDETAIL:  Consistent "
        "recovery state has not been yet reached.",
        ConnectionProblem::ServerUnreachable);
    row("closed while connecting",
        "connection to server at \"127.0.0.1\", port 55432 failed: server closed the connection unexpectedly\n\tThis "
        "probably means the server terminated abnormally\n\tbefore or while processing the request.\nQPSQL: Unable to connect",
        ConnectionProblem::ServerUnreachable);
    row("TLS not offered",
        "connection to server at \"127.0.0.1\", port 5432 failed: server does not support SSL, but SSL was required",
        ConnectionProblem::TlsNotSupported);
    row("TLS required by the server",
        "FATAL:  no pg_hba.conf entry for host \"10.0.0.2\", user \"bob\", database \"team\", no encryption",
        ConnectionProblem::TlsRequired);
    row("timeout", "connection to server at \"10.255.0.1\", port 5432 failed: timeout expired", ConnectionProblem::Timeout);
    row("other", "FATAL:  sorry, too many clients already", ConnectionProblem::Other);
    row("empty", "", ConnectionProblem::Other);
}

void TestConnectionDialog::classify()
{
    QFETCH(QString, text);
    QFETCH(ConnectionProblem, problem);
    QCOMPARE(ConnectionCheck::classify(text), problem);
    DatabaseUrl url;
    url.type = DbType::PostgreSQL;
    url.user = QStringLiteral("bob");
    url.password = QStringLiteral("Canary-3");
    url.database = QStringLiteral("team");
    const ConnectionReport report = ConnectionCheck::report(text + QStringLiteral(" Canary-3"), url);
    QCOMPARE(report.problem, problem);
    QVERIFY(!report.message.isEmpty());
    QVERIFY(!report.details.contains(QLatin1String("Canary-3")));
}

void TestConnectionDialog::serverAnswers_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<ConnectionProblem>("problem");
    QTest::addColumn<QString>("words"); // in the dialog's sentence
    QTest::addColumn<QString>("serverWords"); // in its Details
    QTest::newRow("wrong password") << QStringLiteral("password") << ConnectionProblem::WrongPassword
                                    << QStringLiteral("Wrong password") << QStringLiteral("password authentication failed");
    QTest::newRow("no such database") << QStringLiteral("database") << ConnectionProblem::NoSuchDatabase
                                      << QStringLiteral("no database named") << QStringLiteral("does not exist");
    // With password sign-in the server answers a login it does not know like a wrong password.
    QTest::newRow("no such login") << QStringLiteral("login") << ConnectionProblem::WrongPassword
                                   << QStringLiteral("no such login") << QStringLiteral("password authentication failed");
    QTest::newRow("server not running") << QStringLiteral("port") << ConnectionProblem::ServerUnreachable
                                        << QStringLiteral("No PostgreSQL server answers") << QStringLiteral("Connection refused");
    QTest::newRow("TLS required, not offered")
        << QStringLiteral("tls") << ConnectionProblem::TlsNotSupported << QStringLiteral("does not offer an encrypted connection")
        << QStringLiteral("server does not support SSL");
    QTest::newRow("no password") << QStringLiteral("nopassword") << ConnectionProblem::PasswordMissing
                                 << QStringLiteral("asks for the password") << QStringLiteral("no password supplied");
    QTest::newRow("works") << QStringLiteral("ok") << ConnectionProblem::None << QStringLiteral("Connected to") << QString();
}

void TestConnectionDialog::serverAnswers()
{
    QFETCH(QString, kind);
    QFETCH(ConnectionProblem, problem);
    QFETCH(QString, words);
    QFETCH(QString, serverWords);
    if (!onPostgres())
        QSKIP("the server's answers need the PostgreSQL server");
    TestLogin login(database().db());
    DatabaseUrl url = login.url(database().url());
    url.password = login.password();
    if (kind == QLatin1String("password"))
        url.password = QStringLiteral("not-") + login.password();
    else if (kind == QLatin1String("database"))
        url.database = QStringLiteral("no_such_database");
    else if (kind == QLatin1String("login"))
        url.user = login.name() + QStringLiteral("_nobody");
    else if (kind == QLatin1String("port"))
        url.port = 1; // nothing listens there
    else if (kind == QLatin1String("tls"))
        url.options = QStringLiteral("sslmode=require"); // the private server has no TLS
    else if (kind == QLatin1String("nopassword"))
        url.password.clear();

    MemorySecretStore keychain;
    MemorySecretStore session;
    ConnectionDialog dialog(&keychain, &session);
    const ConnectionReport report = test(dialog, url);
    QCOMPARE(report.problem, problem);
    QVERIFY2(label(&dialog, "testResult").contains(words), qPrintable(label(&dialog, "testResult")));
    QCOMPARE(label(&dialog, "testResult"), report.message);
    auto *details = dialog.findChild<QLabel *>(QStringLiteral("testDetails"));
    if (problem == ConnectionProblem::None) {
        QVERIFY(details->isHidden());
    } else {
        QVERIFY(!details->isHidden());
        QVERIFY2(details->text().contains(serverWords), qPrintable(details->text()));
        QVERIFY(!details->text().contains(login.password()));
        QVERIFY(!report.message.contains(login.password()));
    }
    QVERIFY(dialog.result() != QDialog::Accepted); // Test connection never closes the dialog
}

void TestConnectionDialog::connectSavesPasswordNotInSettings()
{
    if (!onPostgres())
        QSKIP("passwords are for PostgreSQL logins");
    TestLogin login(database().db());
    DatabaseUrl url = login.url(database().url());
    url.options = QStringLiteral("sslmode=disable");
    url.password = login.password();
    MemorySecretStore keychain; // the fake keychain
    MemorySecretStore session;
    {
        ConnectionDialog dialog(&keychain, &session);
        dialog.setUrl(url);
        QVERIFY(dialog.findChild<QCheckBox *>(QStringLiteral("rememberPassword"))->isChecked());
        dialog.findChild<QPushButton *>(QStringLiteral("connectButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 20000);
        QCOMPARE(dialog.url().password, login.password());
        RecentConnections::remember(dialog.url());
    }
    QCOMPARE(keychain.value(SecretKey::of(url)), login.password());
    QCOMPARE(session.value(SecretKey::of(url)), login.password());
    // The recent connection is there, its password is not: not in QSettings' file either.
    const QList<DatabaseUrl> recent = RecentConnections::load();
    QCOMPARE(recent.size(), 1);
    QCOMPARE(recent.first().user, login.name());
    QVERIFY(recent.first().password.isEmpty());
    QSettings().sync();
    QFile file(QSettings().fileName());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QByteArray stored = file.readAll();
    QVERIFY(stored.contains(login.name().toUtf8()));
    QVERIFY(!stored.contains(login.password().toUtf8()));

    // The next dialog on that login finds the password (from the fake keychain, asynchronously).
    MemorySecretStore emptySession;
    ConnectionDialog again(&keychain, &emptySession);
    again.setUrl(login.url(url));
    auto *password = again.findChild<QLineEdit *>(QStringLiteral("pgPassword"));
    QTRY_COMPARE(password->text(), login.password());
    QVERIFY(label(&again, "keychainStatus").contains(QLatin1String("keychain")));
}

// DBUS_SESSION_BUS_ADDRESS=disabled: (set for every test): the real keychain store is unavailable,
// the dialog says so and the password lives in the session's memory.
void TestConnectionDialog::withoutKeychainPasswordStaysInMemory()
{
    if (!onPostgres())
        QSKIP("passwords are for PostgreSQL logins");
    QVERIFY(!KeychainSecretStore::sessionBusPresent());
    TestLogin login(database().db());
    DatabaseUrl url = login.url(database().url());
    KeychainSecretStore keychain;
    MemorySecretStore session;
    ConnectionDialog dialog(&keychain, &session);
    dialog.setUrl(url);
    QTRY_VERIFY(!dialog.keychainUsable());
    QVERIFY2(label(&dialog, "keychainStatus").contains(QLatin1String("not available")),
             qPrintable(label(&dialog, "keychainStatus")));
    QVERIFY(label(&dialog, "keychainStatus").contains(QLatin1String("memory")));
    auto *remember = dialog.findChild<QCheckBox *>(QStringLiteral("rememberPassword"));
    QVERIFY(!remember->isEnabled());
    QVERIFY(!remember->isChecked());
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("pgPassword"));
    QVERIFY(password->text().isEmpty());
    QTest::keyClicks(password, login.password());
    dialog.findChild<QPushButton *>(QStringLiteral("connectButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 20000);
    QCOMPARE(session.value(SecretKey::of(url)), login.password());

    // Asked once per session: the next dialog fills it from memory.
    ConnectionDialog again(&keychain, &session);
    again.setUrl(url);
    QCOMPARE(again.findChild<QLineEdit *>(QStringLiteral("pgPassword"))->text(), login.password());
}

void TestConnectionDialog::switchReloadsBoardAndScheduler()
{
    QString skip;
    QString fail;
    const QString backend = onPostgres() ? QStringLiteral("postgresql") : QStringLiteral("sqlite");
    auto second = TestDatabase::create(backend, true, &skip, &fail);
    QVERIFY2(second, qPrintable(fail));
    auto secondUser = UserRepository::ensureLocalProfile(second->db());
    CHECK_OK(secondUser);
    TaskRepository tasks(second->db(), UserContext::of(*secondUser));
    Task task;
    task.title = QStringLiteral("Only in the second database");
    CHECK_OK(tasks.create(task));

    MemorySecretStore keychain;
    WindowHost host(testOpener(), &keychain);
    QSignalSpy shown(&host, &WindowHost::windowShown);
    host.start(database().url());
    QTRY_COMPARE(shown.count(), 1);
    QPointer<MainWindow> first = host.window();
    QVERIFY(first);
    QPointer<SchedulerThread> firstScheduler = host.scheduler();
    QVERIFY(firstScheduler);
    QCOMPARE(host.database()->url().text(), database().url().text());
    QVERIFY(!boardShows(first, task.title));

    // File → Connect…, the second database, Connect.
    first->findChild<QAction *>(QStringLiteral("actionConnect"))->trigger();
    auto *dialog = first->findChild<ConnectionDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->setUrl(second->url());
    dialog->findChild<QPushButton *>(QStringLiteral("connectButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 2, 20000);
    QVERIFY(host.window() != first);
    QCOMPARE(host.database()->url().text(), second->url().text());
    QVERIFY(boardShows(host.window(), task.title));
    QVERIFY(host.window()->isVisible());
    QVERIFY(host.scheduler());
    QTRY_VERIFY(!first); // the old window is gone, its scheduler with it
    QVERIFY(!firstScheduler);
    QCOMPARE(RecentConnections::load().first().text(), second->url().text());
    QCOMPARE(RecentConnections::load().value(1).text(), database().url().text());
}

void TestConnectionDialog::failedSwitchKeepsWindow()
{
    MemorySecretStore keychain;
    WindowHost host(testOpener(), &keychain);
    host.setSchedulerEnabled(false);
    host.start(database().url());
    QTRY_VERIFY(host.window());
    MainWindow *window = host.window();
    DatabaseUrl bad = database().url();
    if (onPostgres())
        bad.port = 1;
    else
        bad.path = QStringLiteral("/proc/no-such-folder/x.sqlite");
    ConnectionReport report;
    QVERIFY(!host.switchTo(bad, &report));
    QVERIFY(!report.ok());
    QVERIFY(!report.message.isEmpty());
    QCOMPARE(host.window(), window);
    QCOMPARE(host.database()->url().text(), database().url().text());
    QVERIFY(host.database()->isConnected());
}

void TestConnectionDialog::failedStartShowsStartupScreen()
{
    DatabaseUrl down = database().url();
    if (onPostgres())
        down.port = 1; // the server "is down"
    else
        down.path = QStringLiteral("/proc/no-such-folder/x.sqlite");
    MemorySecretStore keychain;
    WindowHost host(testOpener(), &keychain);
    host.setSchedulerEnabled(false);
    QSignalSpy failed(&host, &WindowHost::startFailed);
    QSignalSpy quit(&host, &WindowHost::quitRequested);
    host.start(down);
    QTRY_COMPARE(failed.count(), 1);
    StartupScreen *screen = host.startupScreen();
    QVERIFY(screen && screen->isVisible());
    QVERIFY(!host.window());
    if (onPostgres())
        QVERIFY2(label(screen, "startupMessage").contains(QLatin1String("No PostgreSQL server answers")),
                 qPrintable(label(screen, "startupMessage")));
    QVERIFY(!label(screen, "startupMessage").isEmpty());

    // Retry: still down, still the screen, the app still running.
    screen->findChild<QPushButton *>(QStringLiteral("startupRetry"))->click();
    QTRY_COMPARE(failed.count(), 2);
    QVERIFY(screen->isVisible());
    QCOMPARE(quit.count(), 0);

    // Change connection…: the dialog over the screen, on the failing connection; Connect on the
    // test database opens the window.
    screen->findChild<QPushButton *>(QStringLiteral("startupChange"))->click();
    auto *dialog = screen->findChild<ConnectionDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->url().text(), down.text());
    dialog->setUrl(database().url());
    dialog->findChild<QPushButton *>(QStringLiteral("connectButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(host.window(), 20000);
    QCOMPARE(host.database()->url().text(), database().url().text());
    QTRY_VERIFY(!host.startupScreen());

    // Open the local database, from a second failed start.
    WindowHost local(testOpener(), &keychain);
    local.setSchedulerEnabled(false);
    local.start(down);
    QTRY_VERIFY(local.startupScreen());
    local.startupScreen()->findChild<QPushButton *>(QStringLiteral("startupLocal"))->click();
    QTRY_VERIFY(local.window());
    QCOMPARE(local.database()->url().text(), DatabaseUrl::defaultLocal().text());
    QFile::remove(DatabaseUrl::defaultLocal().path);
}

// The first start's "A team server": the opener says so and refuses; the start-up screen then
// has a neutral heading (nothing failed) with the connection dialog over it. A real failure
// afterwards has the failure's heading again.
void TestConnectionDialog::teamServerChoiceHasNeutralHeading()
{
    MemorySecretStore keychain;
    WindowHost *hostOfOpener = nullptr;
    bool chooseServer = true;
    WindowHost host(
        [&](const DatabaseUrl &url, const QString &name) -> Result<WindowHost::Session> {
            if (!chooseServer)
                return testOpener()(url, name);
            hostOfOpener->chooseTeamServer();
            return Error::make(Error::Kind::Validation, QStringLiteral("You chose a team server."));
        },
        &keychain);
    hostOfOpener = &host;
    host.setSchedulerEnabled(false);
    QSignalSpy failed(&host, &WindowHost::startFailed);
    host.start(database().url());
    QTRY_COMPARE(failed.count(), 1);
    StartupScreen *screen = host.startupScreen();
    QVERIFY(screen && screen->isVisible());
    QCOMPARE(label(screen, "startupTitle"), QStringLiteral("<h2>Connect to your team's server</h2>"));
    QCOMPARE(label(screen, "startupMessage"), QStringLiteral("You chose a team server."));
    QVERIFY(screen->findChild<QLabel *>(QStringLiteral("startupWhere"))->isHidden());
    QTRY_VERIFY(screen->findChild<ConnectionDialog *>());
    auto *dialog = screen->findChild<ConnectionDialog *>();
    dialog->reject();

    // Retry on a database that cannot be opened: the failure's heading.
    chooseServer = false;
    DatabaseUrl down = database().url();
    if (onPostgres())
        down.port = 1;
    else
        down.path = QStringLiteral("/proc/no-such-folder/x.sqlite");
    host.start(down);
    QTRY_COMPARE(failed.count(), 2);
    QCOMPARE(label(screen, "startupTitle"), QStringLiteral("<h2>The database cannot be opened</h2>"));
    QVERIFY(!screen->findChild<QLabel *>(QStringLiteral("startupWhere"))->isHidden());
}

QTEST_MAIN(TestConnectionDialog)
#include "tst_connectiondialog.moc"
