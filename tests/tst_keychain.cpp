#include "ConnectionTestHelpers.h"

#include "ConnectionDialog.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/MemorySecretStore.h"

#include <QCheckBox>
#include <QDirIterator>
#include <QLoggingCategory>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <mutex>

using namespace doo;
using namespace doo::test;

namespace {
QStringList g_log;
std::mutex g_logMutex;
void keepMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    const std::lock_guard<std::mutex> lock(g_logMutex);
    g_log << QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') + message;
}

// Files under `root` holding `needle`: regular files up to 64 MiB, unreadable ones passed over.
QStringList filesContaining(const QString &root, const QByteArray &needle)
{
    QStringList found;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info = it.fileInfo();
        if (!info.isFile() || info.size() > 64 * 1024 * 1024)
            continue;
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            found << path;
    }
    return found;
}
} // namespace

// The system keychain for real: run by tests/with-keyring.sh (a private D-Bus session with an
// unlocked GNOME Keyring, a temporary HOME and XDG folders) and tests/with-postgres.sh.
class TestKeychain : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Database> m_admin;
    DatabaseUrl m_server;

    static SecretStore::Answer wait(const std::function<void(SecretStore::Callback)> &call)
    {
        SecretStore::Answer result;
        bool done = false;
        call([&](const SecretStore::Answer &answer) {
            result = answer;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            qFatal("the keychain did not answer");
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("DirectorOfOneTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_keychain"));
        if (qEnvironmentVariableIsEmpty("DOO_TEST_KEYRING_BASE"))
            QSKIP("run through tests/with-keyring.sh");
        QVERIFY(KeychainSecretStore::sessionBusPresent());
        const QString admin = qEnvironmentVariable("DOO_TEST_PG_URL");
        if (admin.isEmpty()) {
            if (qEnvironmentVariableIntValue("DOO_TEST_REQUIRE_PG"))
                QFAIL("no PostgreSQL server");
            QSKIP("no PostgreSQL server: run through tests/with-postgres.sh");
        }
        auto url = DatabaseUrl::parse(admin);
        QVERIFY(url.ok());
        m_server = *url;
        auto db = Database::open(m_server, QStringLiteral("keychain-admin"));
        QVERIFY2(db.ok(), qPrintable(db.error().text()));
        m_admin = db.takeValue();
    }
    void cleanupTestCase() { m_admin.reset(); }

    void storeReadRemove();
    void canarySavedThroughDialogOnlyInKeyring();
    void commandLineUsesKeychainEntry();
};

void TestKeychain::storeReadRemove()
{
    KeychainSecretStore store;
    SecretKey key;
    key.host = QStringLiteral("db.example");
    key.port = 6543;
    key.database = QStringLiteral("team");
    key.login = QStringLiteral("bob");
    const QString secret = QStringLiteral("s3cret-") + QUuid::createUuid().toString(QUuid::Id128);
    QCOMPARE(wait([&](auto done) { store.read(key, this, done); }).outcome, SecretStore::Outcome::NotFound);
    QCOMPARE(wait([&](auto done) { store.write(key, secret, this, done); }).outcome, SecretStore::Outcome::Ok);
    const auto read = wait([&](auto done) { store.read(key, this, done); });
    QCOMPARE(read.outcome, SecretStore::Outcome::Ok);
    QCOMPARE(read.secret, secret);
    SecretKey other = key;
    other.port = 5432; // another server port is another entry
    QCOMPARE(wait([&](auto done) { store.read(other, this, done); }).outcome, SecretStore::Outcome::NotFound);
    QCOMPARE(wait([&](auto done) { store.remove(key, this, done); }).outcome, SecretStore::Outcome::Ok);
    QCOMPARE(wait([&](auto done) { store.read(key, this, done); }).outcome, SecretStore::Outcome::NotFound);
}

// A canary password saved through the dialog: in the keyring (read back through QtKeychain and
// through secret-tool), in no file under HOME, the XDG folders and /tmp, in no log line.
void TestKeychain::canarySavedThroughDialogOnlyInKeyring()
{
    TestLogin login(*m_admin);
    const QByteArray canary = login.password().toUtf8();
    DatabaseUrl url = login.url(m_server);
    url.password = login.password();

    QLoggingCategory::setFilterRules(QStringLiteral("doo.*=true"));
    g_log.clear();
    const QtMessageHandler previous = qInstallMessageHandler(keepMessage);
    KeychainSecretStore keychain;
    MemorySecretStore session;
    {
        ConnectionDialog dialog(&keychain, &session);
        dialog.setUrl(url);
        QTRY_VERIFY(dialog.keychainUsable());
        QVERIFY(dialog.findChild<QCheckBox *>(QStringLiteral("rememberPassword"))->isChecked());
        dialog.findChild<QPushButton *>(QStringLiteral("connectButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 20000);
        QVERIFY2(dialog.keychainMessage().isEmpty(), qPrintable(dialog.keychainMessage()));
    }
    // A dialog opened afterwards fills the password from the keychain.
    MemorySecretStore freshSession;
    ConnectionDialog again(&keychain, &freshSession);
    again.setUrl(login.url(url));
    QTRY_COMPARE(again.url().password, login.password());
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());

    KeychainSecretStore reader;
    const auto read = wait([&](auto done) { reader.read(SecretKey::of(url), this, done); });
    QCOMPARE(read.outcome, SecretStore::Outcome::Ok);
    QCOMPARE(read.secret, login.password());

    // secret-tool, another client of the Secret Service, finds it by QtKeychain's attributes.
    if (!QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty()) {
        QProcess tool;
        tool.start(QStringLiteral("secret-tool"),
                   {QStringLiteral("lookup"), QStringLiteral("user"), SecretKey::of(url).id(), QStringLiteral("server"),
                    KeychainSecretStore::serviceName()});
        QVERIFY(tool.waitForFinished(20000));
        QCOMPARE(tool.readAllStandardOutput().trimmed(), canary);
    }

    QVERIFY(!g_log.isEmpty()); // the connection and the keychain did log
    for (const QString &line : std::as_const(g_log))
        QVERIFY2(!line.toUtf8().contains(canary), qPrintable(line));
    const QString base = qEnvironmentVariable("DOO_TEST_KEYRING_BASE");
    QVERIFY(QDir::homePath().startsWith(base));
    QVERIFY(QFileInfo::exists(base + QStringLiteral("/data/keyrings"))); // the keyring is on disk, encrypted
    for (const QString &root : {base, QDir::homePath(), QStringLiteral("/tmp")}) {
        const QStringList found = filesContaining(root, canary);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char(' '))));
    }
}

// The command line signs in with the window's keychain entry when a session bus is there, and
// without one (or without an entry) leaves the password to libpq.
void TestKeychain::commandLineUsesKeychainEntry()
{
    const QString cli = qEnvironmentVariable("DOO_CLI");
    if (cli.isEmpty())
        QSKIP("DOO_CLI names the program (set by CTest)");
    TestLogin login(*m_admin);
    DatabaseUrl url = login.url(m_server);
    url.database = QStringLiteral("postgres");
    const auto run = [&](const QProcessEnvironment &env, QByteArray *output) {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(cli, {QStringLiteral("--database"), url.text(), QStringLiteral("db"), QStringLiteral("status")});
        if (!process.waitForFinished(30000))
            qFatal("the program did not finish");
        *output = process.readAllStandardOutput() + process.readAllStandardError();
        return process.exitCode();
    };
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("PGPASSWORD"));
    env.remove(QStringLiteral("PGPASSFILE"));
    QByteArray output;
    QCOMPARE(run(env, &output), 1); // nothing stored yet, no ~/.pgpass in this HOME
    QVERIFY2(output.contains("password"), output.constData());

    KeychainSecretStore store;
    QCOMPARE(wait([&](auto done) { store.write(SecretKey::of(url), login.password(), this, done); }).outcome,
             SecretStore::Outcome::Ok);
    QCOMPARE(run(env, &output), 0);
    QVERIFY2(output.contains("Schema version"), output.constData());
    QVERIFY(!output.contains(login.password().toUtf8()));

    QProcessEnvironment noBus = env;
    noBus.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("disabled:"));
    QCOMPARE(run(noBus, &output), 1); // no session bus: libpq's ways only
    noBus.insert(QStringLiteral("PGPASSWORD"), login.password());
    QCOMPARE(run(noBus, &output), 0);
    QCOMPARE(wait([&](auto done) { store.remove(SecretKey::of(url), this, done); }).outcome, SecretStore::Outcome::Ok);
}

QTEST_MAIN(TestKeychain)
#include "tst_keychain.moc"
